import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { RecordPaymentBody, RecordPaymentCommand } from './record-payment.command';

@Controller('invoices')
export class RecordPaymentController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Records money received; partial payments are several payments. */
  @Post(':id/payments')
  recordPayment(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new RecordPaymentCommand(
          meta,
          invoiceIdParam(id),
          decodeBody(RecordPaymentBody, request.body),
        ),
    );
  }
}
