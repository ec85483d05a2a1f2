import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { AgreeArrangementBody, AgreeArrangementCommand } from './agree-arrangement.command';

@Controller('invoices')
export class AgreeArrangementController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Agrees an installment plan (story 9): regular reminders stop, installments are tracked. */
  @Post(':id/arrangements')
  agreeArrangement(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new AgreeArrangementCommand(
          meta,
          invoiceIdParam(id),
          decodeBody(AgreeArrangementBody, request.body),
        ),
    );
  }
}
