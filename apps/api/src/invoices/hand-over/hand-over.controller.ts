import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { HandOverBody, HandOverCommand } from './hand-over.command';

@Controller('invoices')
export class HandOverController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Hands the invoice over to a collection agency (costs and interest per the debtor's kind). */
  @Post(':id/hand-over')
  handOver(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new HandOverCommand(meta, invoiceIdParam(id), decodeBody(HandOverBody, request.body)),
    );
  }
}
