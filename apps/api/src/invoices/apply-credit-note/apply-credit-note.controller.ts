import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { ApplyCreditNoteBody, ApplyCreditNoteCommand } from './apply-credit-note.command';

@Controller('invoices')
export class ApplyCreditNoteController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Applies a credit note (story 3); it releases a hold awaiting it. */
  @Post(':id/credit-notes')
  applyCreditNote(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new ApplyCreditNoteCommand(
          meta,
          invoiceIdParam(id),
          decodeBody(ApplyCreditNoteBody, request.body),
        ),
    );
  }
}
