import {
  CalendarDate,
  DebtorId,
  debtorContact,
  debtorEntries,
  ReportsState,
  TenantId,
} from '@debiteur/core';
import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { API_OPTIONS, ResolvedApiOptions } from '../app/api-options';
import { ResourceNotFound } from '../http/api-errors';
import { ApiRequest, callerOf } from '../http/api-request';
import { reportDateOf } from './report-date';
import { ReportsReadModel } from './reports-read-model';
import { setStalenessHeaders } from './staleness-headers';

/** What a report is drawn from: the caller's tenant and the read model's state for it. */
export interface ReportSnapshot {
  readonly tenantId: TenantId;
  readonly state: ReportsState;
}

/** A debtor is known to a tenant once registered or invoiced; any other id is a 404. */
const isKnownDebtor = ({ tenantId, state }: ReportSnapshot, debtorId: DebtorId): boolean =>
  debtorContact(state.debtors, tenantId, debtorId) !== null ||
  debtorEntries(state.ledger, tenantId, debtorId).length > 0;

/**
 * The steps every read of the reports read model shares: the report date, the caller's
 * tenant, a snapshot that includes the caller's own writes, a 404 for a debtor the tenant
 * does not know, and the staleness headers on the answer. Each report controller keeps its
 * route, its business rule and what it draws from the snapshot.
 */
@Injectable()
export class ReportQuery {
  constructor(
    @Inject(API_OPTIONS) private readonly options: ResolvedApiOptions,
    @Inject(ReportsReadModel) private readonly readModel: ReportsReadModel,
  ) {}

  /** The business date to report for: `?asOf=YYYY-MM-DD`, or today by the API's clock. */
  dateOf(asOf: unknown): CalendarDate {
    return reportDateOf(this.options.clock, asOf);
  }

  /** Draws the report from the caller's snapshot, then states how stale it is. */
  async answer<Report>(
    request: ApiRequest,
    response: Response,
    draw: (snapshot: ReportSnapshot) => Report,
  ): Promise<Report> {
    const { tenantId } = callerOf(request);
    const { state } = await this.readModel.snapshotFor(tenantId);
    const report = draw({ tenantId, state });
    await setStalenessHeaders(response, this.readModel);
    return report;
  }

  /** As `answer`, about one debtor: one the tenant neither registered nor invoiced is a 404. */
  answerForDebtor<Report>(
    request: ApiRequest,
    response: Response,
    debtorId: DebtorId,
    draw: (snapshot: ReportSnapshot) => Report,
  ): Promise<Report> {
    return this.answer(request, response, (snapshot) => {
      if (!isKnownDebtor(snapshot, debtorId)) throw new ResourceNotFound('debtor', debtorId);
      return draw(snapshot);
    });
  }
}
