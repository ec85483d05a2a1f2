import { Controller, Inject, Param, Put, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { debtorIdParam, decodeBody } from '../../http/decode-input';
import { WriteGateway } from '../../http/write-gateway';
import { SaveDebtorBody, SaveDebtorCommand } from './save-debtor.command';

@Controller('debtors')
export class SaveDebtorController {
  constructor(@Inject(WriteGateway) private readonly writes: WriteGateway) {}

  /** Creates (201) or updates (200) the debtor. */
  @Put(':id')
  saveDebtor(
    @Req() request: ApiRequest,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    return this.writes.run(
      request,
      response,
      (meta) =>
        new SaveDebtorCommand(meta, debtorIdParam(id), decodeBody(SaveDebtorBody, request.body)),
    );
  }
}
