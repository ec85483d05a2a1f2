import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { SendReminderBody, SendReminderCommand } from './send-reminder.command';

@Controller('invoices')
export class SendReminderController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Sends reminder `level` by hand (kind and channel from the ladder). */
  @Post(':id/reminders')
  sendReminder(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new SendReminderCommand(
          meta,
          invoiceIdParam(id),
          decodeBody(SendReminderBody, request.body),
        ),
    );
  }
}
