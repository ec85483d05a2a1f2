import { Controller, Inject, Put, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { SetPolicyBody, SetPolicyCommand } from './set-policy.command';

@Controller('policy')
export class SetPolicyController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Replaces the tenant's reminder policy; the same policy again records nothing. */
  @Put()
  setPolicy(@Req() request: ApiRequest, @Res() response: Response): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) => new SetPolicyCommand(meta, decodeBody(SetPolicyBody, request.body)),
    );
  }
}
