import { DEFAULT_PRESCRIPTION_WITHIN_DAYS, prescriptionReport } from '@debiteur/core';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import * as t from 'io-ts';
import { ApiRequest } from '../../http/api-request';
import { decodeQuery } from '../../http/decode-input';
import { ReportQuery } from '../../read-models/report-query';

/** `?within=`: a whole number of days, 0 to 3650, as written in a query string. */
export const WithinDays = t.refinement(
  t.string,
  (s) => /^\d{1,4}$/.test(s) && Number(s) <= 3650,
  'WithinDays (0-3650)',
);

@Controller('reports')
export class GetPrescriptionController {
  constructor(@Inject(ReportQuery) private readonly reports: ReportQuery) {}

  /**
   * The open cases whose claim prescribes within `within` days (default 180) of the report
   * date, or already has: soonest first, so an old case is never lost to time.
   */
  @Get('prescription')
  async getPrescription(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query('asOf') asOf: unknown,
    @Query('within') within: unknown,
  ) {
    const today = this.reports.dateOf(asOf);
    const days =
      within === undefined
        ? DEFAULT_PRESCRIPTION_WITHIN_DAYS
        : Number(decodeQuery('within', WithinDays, within));
    return this.reports.answer(request, response, ({ state, tenantId }) =>
      prescriptionReport(state, tenantId, today, days),
    );
  }
}
