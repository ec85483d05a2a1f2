import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { AdjustTermsBody, AdjustTermsCommand } from './adjust-terms.command';

@Controller('invoices')
export class AdjustTermsController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Moves the due date (story 5): a new due date or a payment term in days from the issue date, with the reason. */
  @Post(':id/terms')
  adjustTerms(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new AdjustTermsCommand(meta, invoiceIdParam(id), decodeBody(AdjustTermsBody, request.body)),
    );
  }
}
