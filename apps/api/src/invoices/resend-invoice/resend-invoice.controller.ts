import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { ResendInvoiceBody, ResendInvoiceCommand } from './resend-invoice.command';

@Controller('invoices')
export class ResendInvoiceController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Sends the invoice again (story 1), with the payment link. */
  @Post(':id/resend')
  resendInvoice(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new ResendInvoiceCommand(
          meta,
          invoiceIdParam(id),
          decodeBody(ResendInvoiceBody, request.body),
        ),
    );
  }
}
