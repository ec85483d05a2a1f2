import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { PutOnHoldBody, PutOnHoldCommand } from './put-on-hold.command';

@Controller('invoices')
export class PutOnHoldController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Puts the invoice on hold (stories 3 and 6): no reminders go out until it is released. */
  @Post(':id/hold')
  putOnHold(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new PutOnHoldCommand(meta, invoiceIdParam(id), decodeBody(PutOnHoldBody, request.body)),
    );
  }
}
