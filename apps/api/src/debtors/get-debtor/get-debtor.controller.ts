import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { ResourceNotFound } from '../../http/api-errors';
import { ApiRequest, callerOf } from '../../http/api-request';
import { debtorIdParam } from '../../http/decode-input';
import { etagOf } from '../../http/write-headers';
import { debtorView } from '../../streams/debtor-view';
import { loadDebtor } from '../../streams/stream-readers';

@Controller('debtors')
export class GetDebtorController {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  /** The debtor from its own stream (strongly consistent; ETag = version). */
  @Get(':id')
  async getDebtor(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('id') id: string,
  ) {
    const debtorId = debtorIdParam(id);
    const { state, version } = await loadDebtor(
      this.options.stores.events,
      callerOf(request).tenantId,
      debtorId,
    );
    if (state.status === 'unregistered') throw new ResourceNotFound('debtor', debtorId);
    response.setHeader('ETag', etagOf(version));
    return debtorView(state, version);
  }
}
