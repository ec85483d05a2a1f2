import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { PromisePaymentBody, PromisePaymentCommand } from './promise-payment.command';

@Controller('invoices')
export class PromisePaymentController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Records a payment promise (story 7): reminders pause until the promised date plus grace. */
  @Post(':id/promises')
  promisePayment(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new PromisePaymentCommand(
          meta,
          invoiceIdParam(id),
          decodeBody(PromisePaymentBody, request.body),
        ),
    );
  }
}
