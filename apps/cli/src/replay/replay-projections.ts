import {
  agingReport,
  AgingReport,
  CalendarDate,
  CallSheet,
  directoryTenants,
  dsoReport,
  DsoReport,
  ledgerTenants,
  Money,
  PaymentBehaviour,
  paymentBehaviours,
  ReportsState,
  TenantId,
} from '@debiteur/core';
import { CsvValue, moneyAmount } from '../analyst/csv';
import { callSheets } from './call-sheets';

/** The projections `debiteur replay` writes. */
export const PROJECTION_NAMES = ['behaviour', 'aging', 'dso', 'call-sheet', 'timeline'] as const;
export type ProjectionName = (typeof PROJECTION_NAMES)[number];
/** The projections computed from the folded reports state (all but the timeline). */
export type ReportProjection = Exclude<ProjectionName, 'timeline'>;

/** The reports, computed from the folded state for one tenant and business day. */
export type ReportRecord =
  | ({
      readonly projection: 'behaviour';
      readonly tenantId: string;
      readonly asOf: CalendarDate;
    } & PaymentBehaviour)
  | ({ readonly projection: 'aging' } & AgingReport)
  | ({ readonly projection: 'dso' } & DsoReport)
  | ({ readonly projection: 'call-sheet' } & CallSheet);

/** The tenants the state knows, in id order; only `tenant` when one is asked for. */
export const tenantsOf = (state: ReportsState, tenant: string | undefined): readonly TenantId[] =>
  [...new Set([...ledgerTenants(state.ledger), ...directoryTenants(state.debtors)])]
    .filter((t) => tenant === undefined || t === tenant)
    .sort() as TenantId[];

/**
 * The records of one report projection for every tenant, as of `today`: behaviour, one per
 * debtor with invoices; aging and dso, one per tenant; call-sheet, one per debtor with
 * something open (see `callSheets`).
 */
export function* reportRecords(
  projection: ReportProjection,
  state: ReportsState,
  tenants: readonly TenantId[],
  today: CalendarDate,
): Generator<ReportRecord> {
  for (const tenantId of tenants) {
    switch (projection) {
      case 'behaviour':
        for (const b of paymentBehaviours(state.ledger, tenantId, today))
          yield { projection, tenantId, asOf: today, ...b };
        break;
      case 'aging':
        yield { projection, ...agingReport(state.ledger, tenantId, today) };
        break;
      case 'dso':
        yield { projection, ...dsoReport(state.ledger, tenantId, today) };
        break;
      case 'call-sheet':
        for (const sheet of callSheets(state, tenantId, today)) yield { projection, ...sheet };
        break;
    }
  }
}

/** The CSV columns of each projection (money as major units with a point, plus currency). */
export const CSV_HEADERS: Readonly<Record<ProjectionName, readonly string[]>> = {
  behaviour: [
    'tenantId',
    'asOf',
    'debtorId',
    'invoices',
    'paidInvoices',
    'meanDaysToPay',
    'weightedMeanDaysToPay',
    'medianDaysToPay',
    'p10DaysToPay',
    'p90DaysToPay',
    'meanDaysLate',
    'onTimeRatio',
    'remindersPerPaidInvoice',
    'paidAfterDemand',
    'promisesKept',
    'promisesBroken',
    'outstanding',
    'currency',
    'oldestOpenInvoiceId',
    'oldestOpenDueDate',
    'rating',
  ],
  aging: ['tenantId', 'asOf', 'currency', 'bucket', 'amount', 'count'],
  dso: [
    'tenantId',
    'asOf',
    'periodDays',
    'periodStart',
    'currency',
    'receivables',
    'currentReceivables',
    'creditSales',
    'dso',
    'countBackDso',
    'bestPossibleDso',
    'averageDaysDelinquent',
  ],
  'call-sheet': [
    'tenantId',
    'asOf',
    'debtorId',
    'name',
    'contactPerson',
    'email',
    'phone',
    'openInvoices',
    'oldestDueDate',
    'totalOutstanding',
    'currency',
    'rating',
    'remindersSent',
    'demandLettersSent',
    'promises',
    'arrangements',
    'holds',
    'revenueShare',
    'importantCustomer',
  ],
  timeline: [
    'tenantId',
    'invoiceId',
    'streamId',
    'version',
    'type',
    'occurredAt',
    'recordedAt',
    'actor',
    'reason',
    'summary',
    'outstandingAfter',
    'currency',
    'eventId',
  ],
};

/**
 * What a debtor owes, a CSV row per currency (amounts in different currencies are never
 * added up): each currency listed, or else the one total (null: nothing to show).
 */
const owedPerCurrency = (
  perCurrency: readonly Money[],
  total: Money | null,
): readonly (Money | null)[] => (perCurrency.length > 0 ? perCurrency : [total]);

/**
 * The CSV rows of one record: one per currency owed (behaviour, call-sheet) or reported
 * (dso), one per currency and bucket (aging).
 */
export const csvRowsOf = (record: ReportRecord): CsvValue[][] => {
  switch (record.projection) {
    case 'behaviour':
      return owedPerCurrency(record.outstandingByCurrency, record.outstanding).map((owed) => [
        record.tenantId,
        record.asOf,
        record.debtorId,
        record.invoices,
        record.paidInvoices,
        record.meanDaysToPay,
        record.weightedMeanDaysToPay,
        record.medianDaysToPay,
        record.p10DaysToPay,
        record.p90DaysToPay,
        record.meanDaysLate,
        record.onTimeRatio,
        record.remindersPerPaidInvoice,
        record.paidAfterDemand,
        record.promisesKept,
        record.promisesBroken,
        moneyAmount(owed),
        owed?.currency,
        record.oldestOpenItem?.invoiceId,
        record.oldestOpenItem?.dueDate,
        record.rating,
      ]);
    case 'aging':
      return record.currencies.flatMap((section) =>
        section.buckets.map((line) => [
          record.tenantId,
          record.asOf,
          section.currency,
          line.bucket,
          moneyAmount(line.amount),
          line.count,
        ]),
      );
    case 'dso':
      return record.currencies.map((s) => [
        record.tenantId,
        record.asOf,
        record.periodDays,
        record.periodStart,
        s.currency,
        moneyAmount(s.receivables),
        moneyAmount(s.currentReceivables),
        moneyAmount(s.creditSales),
        s.dso,
        s.countBackDso,
        s.bestPossibleDso,
        s.averageDaysDelinquent,
      ]);
    case 'call-sheet':
      return owedPerCurrency(record.totalOutstanding, null).map((owed) => {
        // The debtor's open invoices in this row's currency, oldest due first.
        const open = record.openInvoices.filter(
          (invoice) => owed === null || invoice.outstanding.currency === owed.currency,
        );
        return [
          record.tenantId,
          record.asOf,
          record.debtorId,
          record.contact?.name,
          record.contact?.contactPerson,
          record.contact?.email,
          record.contact?.phone,
          open.length,
          open[0]?.dueDate,
          moneyAmount(owed),
          owed?.currency,
          record.creditworthiness.rating,
          record.remindersSent,
          record.demandLettersSent,
          record.agreements.promises.length,
          record.agreements.arrangements.length,
          record.agreements.holds.length,
          record.revenueShare?.share,
          record.importantCustomer,
        ];
      });
  }
};
