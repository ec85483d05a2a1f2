import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { LogContactBody, LogContactCommand } from './log-contact.command';

@Controller('invoices')
export class LogContactController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Logs a call or e-mail with the debtor and its outcome. */
  @Post(':id/contacts')
  logContact(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new LogContactCommand(meta, invoiceIdParam(id), decodeBody(LogContactBody, request.body)),
    );
  }
}
