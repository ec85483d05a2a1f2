import { invoicePrescriptionDate } from '@debiteur/core';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { ResourceNotFound } from '../../http/api-errors';
import { ApiRequest, callerOf } from '../../http/api-request';
import { invoiceIdParam } from '../../http/decode-input';
import { etagOf } from '../../http/write-headers';
import { invoiceView } from '../../streams/invoice-view';
import { loadDebtor, loadInvoice } from '../../streams/stream-readers';

@Controller('invoices')
export class GetInvoiceController {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  /**
   * The invoice as it stands, folded from its own stream: strongly consistent, ETag =
   * version. Another tenant's invoice is 404, as is one never issued. With the balance by
   * costs, interest and principal (art. 6:44 BW) and the date its claim prescribes (read
   * with the debtor's kind: a consumer's invoice prescribes after two years).
   */
  @Get(':id')
  async getInvoice(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('id') id: string,
  ) {
    const invoiceId = invoiceIdParam(id);
    const { tenantId } = callerOf(request);
    const { state, version } = await loadInvoice(this.options.stores.events, tenantId, invoiceId);
    if (state.status === 'unissued') throw new ResourceNotFound('invoice', invoiceId);
    const debtor = await loadDebtor(this.options.stores.events, tenantId, state.debtorId);
    const kind = debtor.state.status === 'registered' ? debtor.state.kind : null;
    response.setHeader('ETag', etagOf(version));
    return invoiceView(state, version, {
      prescriptionDate: invoicePrescriptionDate(state, kind),
    });
  }
}
