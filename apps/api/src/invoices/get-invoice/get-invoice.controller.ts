import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { ResourceNotFound } from '../../http/api-errors';
import { ApiRequest, callerOf } from '../../http/api-request';
import { invoiceIdParam } from '../../http/decode-input';
import { etagOf } from '../../http/write-headers';
import { invoiceView } from '../../streams/invoice-view';
import { loadInvoice } from '../../streams/stream-readers';

@Controller('invoices')
export class GetInvoiceController {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  /**
   * The invoice as it stands, folded from its own stream: strongly consistent, ETag =
   * version. Another tenant's invoice is 404, as is one never issued.
   */
  @Get(':id')
  async getInvoice(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('id') id: string,
  ) {
    const invoiceId = invoiceIdParam(id);
    const { state, version } = await loadInvoice(
      this.options.stores.events,
      callerOf(request).tenantId,
      invoiceId,
    );
    if (state.status === 'unissued') throw new ResourceNotFound('invoice', invoiceId);
    response.setHeader('ETag', etagOf(version));
    return invoiceView(state, version);
  }
}
