import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { ApiRequest, callerOf } from '../../http/api-request';
import { etagOf } from '../../http/write-headers';
import { policyView } from '../../streams/policy-view';
import { loadPolicy } from '../../streams/stream-readers';

@Controller('policy')
export class GetPolicyController {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  /** The policy in force: the Dutch default until the tenant sets one (version 0). */
  @Get()
  async getPolicy(@Req() request: ApiRequest, @Res({ passthrough: true }) response: Response) {
    const { state, version } = await loadPolicy(
      this.options.stores.events,
      callerOf(request).tenantId,
    );
    response.setHeader('ETag', etagOf(version));
    return policyView(state, version);
  }
}
