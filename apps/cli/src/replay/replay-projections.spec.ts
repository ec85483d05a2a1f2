import { CallSheet, CallSheetInvoice, Money, PaymentBehaviour } from '@debiteur/core';
import { csvRowsOf, CSV_HEADERS, ReportRecord } from './replay-projections';

// Branded values written as plain strings: the CSV rows only read them.
const eur = (amount: number) => ({ amount, currency: 'EUR' }) as Money;
const usd = (amount: number) => ({ amount, currency: 'USD' }) as Money;
const jpy = (amount: number) => ({ amount, currency: 'JPY' }) as Money;
const AS_OF = '2026-06-30' as CallSheet['asOf'];

const behaviour = (owed: Pick<PaymentBehaviour, 'outstanding' | 'outstandingByCurrency'>) =>
  ({
    projection: 'behaviour',
    tenantId: 'acme',
    asOf: AS_OF,
    debtorId: 'jansen',
    invoices: 3,
    paidInvoices: 1,
    meanDaysToPay: 18,
    weightedMeanDaysToPay: 18,
    medianDaysToPay: 18,
    p10DaysToPay: 18,
    p90DaysToPay: 18,
    meanDaysLate: 4,
    onTimeRatio: 0,
    remindersPerPaidInvoice: 1,
    paidAfterDemand: 0,
    promisesKept: 0,
    promisesBroken: 0,
    oldestOpenItem: null,
    rating: 'unrated',
    ...owed,
  }) as ReportRecord;

const open = (invoiceId: string, dueDate: string, outstanding: Money) =>
  ({ invoiceId, dueDate, outstanding }) as unknown as CallSheetInvoice;

const callSheet = (openInvoices: CallSheetInvoice[], totalOutstanding: Money[]) =>
  ({
    projection: 'call-sheet',
    tenantId: 'acme',
    debtorId: 'jansen',
    asOf: AS_OF,
    contact: null,
    openInvoices,
    totalOutstanding,
    creditworthiness: { rating: 'B' },
    agreements: { promises: [], arrangements: [], holds: [] },
    remindersSent: 2,
    demandLettersSent: 0,
    revenueShare: null,
    importantCustomer: false,
    openDisputes: [],
  }) as unknown as ReportRecord;

/** The named columns of each CSV row of `record`. */
const columns = (record: ReportRecord, header: readonly string[], names: readonly string[]) =>
  csvRowsOf(record).map((row) => names.map((name) => row[header.indexOf(name)]));

describe('The CSV rows of the reports', () => {
  it('give a debtor who owes in two currencies a behaviour row for each', () => {
    const record = behaviour({
      outstanding: eur(42500),
      outstandingByCurrency: [eur(42500), usd(1000)],
    });
    expect(columns(record, CSV_HEADERS.behaviour, ['debtorId', 'outstanding', 'currency'])).toEqual(
      [
        ['jansen', '425.00', 'EUR'],
        ['jansen', '10.00', 'USD'],
      ],
    );
  });

  it('write yen, which have no minor unit, as whole yen', () => {
    const record = behaviour({ outstanding: jpy(150000), outstandingByCurrency: [jpy(150000)] });
    expect(columns(record, CSV_HEADERS.behaviour, ['outstanding', 'currency'])).toEqual([
      ['150000', 'JPY'],
    ]);
  });

  it('give a debtor who owes nothing one behaviour row with his zero', () => {
    const record = behaviour({ outstanding: eur(0), outstandingByCurrency: [] });
    expect(columns(record, CSV_HEADERS.behaviour, ['outstanding', 'currency'])).toEqual([
      ['0.00', 'EUR'],
    ]);
  });

  it('give a call sheet a row per currency owed, with that currency’s open invoices', () => {
    const record = callSheet(
      [
        open('J-1', '2026-01-24', eur(40000)),
        open('J-2', '2026-02-24', usd(1000)),
        open('J-3', '2026-03-24', eur(2500)),
      ],
      [eur(42500), usd(1000)],
    );
    const names = ['openInvoices', 'oldestDueDate', 'totalOutstanding', 'currency', 'rating'];
    expect(columns(record, CSV_HEADERS['call-sheet'], names)).toEqual([
      [2, '2026-01-24', '425.00', 'EUR', 'B'],
      [1, '2026-02-24', '10.00', 'USD', 'B'],
    ]);
  });

  it('keep every row as wide as its header', () => {
    const sheet = callSheet([open('J-1', '2026-01-24', eur(100))], [eur(100)]);
    const debtor = behaviour({ outstanding: eur(100), outstandingByCurrency: [eur(100)] });
    expect(csvRowsOf(sheet)[0]).toHaveLength(CSV_HEADERS['call-sheet'].length);
    expect(csvRowsOf(debtor)[0]).toHaveLength(CSV_HEADERS.behaviour.length);
  });
});
