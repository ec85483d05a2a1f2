import { Instant, invoiceStreamId } from '@debiteur/core';
import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { ResourceNotFound } from '../../http/api-errors';
import { ApiRequest, callerOf } from '../../http/api-request';
import { decodeQuery, invoiceIdParam } from '../../http/decode-input';
import { historyEventOf, recordedBy } from './invoice-history';

@Controller('invoices')
export class GetHistoryController {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  /**
   * The whole case, in order (story 2): every event with who did it, when and why. With
   * `?asOf=<instant>` only what was recorded by then (recordedAt ≤ asOf).
   */
  @Get(':id/history')
  async getHistory(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Query('asOf') asOfQuery: unknown,
  ) {
    const invoiceId = invoiceIdParam(id);
    const asOf = asOfQuery === undefined ? null : decodeQuery('asOf', Instant, asOfQuery);
    const streamId = invoiceStreamId(callerOf(request).tenantId, invoiceId);
    const recorded = await this.options.stores.events.readStream(streamId);
    if (recorded.length === 0) throw new ResourceNotFound('invoice', invoiceId);
    const visible = recordedBy(recorded, asOf);
    return {
      invoiceId,
      asOf,
      version: visible.at(-1)?.streamVersion ?? 0,
      currentVersion: recorded.at(-1)?.streamVersion ?? 0,
      events: visible.map(historyEventOf),
    };
  }
}
