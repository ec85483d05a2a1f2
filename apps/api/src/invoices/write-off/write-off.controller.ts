import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { decodeBody, invoiceIdParam } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { WriteOffBody, WriteOffCommand } from './write-off.command';

@Controller('invoices')
export class WriteOffController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Writes off what the invoice still owes, with the reason why. */
  @Post(':id/write-off')
  writeOff(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new WriteOffCommand(meta, invoiceIdParam(id), decodeBody(WriteOffBody, request.body)),
    );
  }
}
