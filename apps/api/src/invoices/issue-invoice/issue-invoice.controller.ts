import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { IssueInvoiceBody, IssueInvoiceCommand } from './issue-invoice.command';

@Controller('invoices')
export class IssueInvoiceController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Issues an invoice: 201 `{ invoiceId, version }` with the invoice and a Location. */
  @Post()
  issueInvoice(@Req() request: ApiRequest, @Res() response: Response): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) => new IssueInvoiceCommand(meta, decodeBody(IssueInvoiceBody, request.body)),
    );
  }
}
