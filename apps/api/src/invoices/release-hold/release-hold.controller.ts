import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { ReleaseHoldBody, ReleaseHoldCommand } from './release-hold.command';

@Controller('invoices')
export class ReleaseHoldController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Releases the hold; the reminder workflow resumes where it was. */
  @Post(':id/release')
  releaseHold(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new ReleaseHoldCommand(meta, invoiceIdParam(id), decodeBody(ReleaseHoldBody, request.body)),
    );
  }
}
