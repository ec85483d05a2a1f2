import { EventEnvelope } from '../envelope/event-envelope';
import { InvoiceEvent } from '../invoice/invoice.events';
import { addDays } from '../shared/calendar-date';
import { agingReport } from './aging';
import { invoiceLedger } from './invoice-ledger';
import { foldProjection } from './projection';
import { ACME, day, eur, ev, invoiceStream, OTHER_TENANT, usd } from './report.spec-helpers';

const TODAY = day('2026-06-30');

/** An invoice due `days` before today (negative: due later), of `cents` euro cents. */
const dueDaysAgo = (id: string, days: number, cents: number, ...rest: readonly InvoiceEvent[]) => {
  const dueDate = addDays(TODAY, -days);
  return invoiceStream(
    {
      invoiceId: id,
      debtorId: 'bakker',
      issueDate: addDays(dueDate, -14),
      dueDate,
      amount: eur(cents),
    },
    ...rest,
  );
};

const agingOf = (streams: readonly (readonly EventEnvelope[])[], asOf = TODAY) =>
  agingReport(foldProjection(invoiceLedger, streams.flat()), ACME, asOf);

const bucketsOf = (report: ReturnType<typeof agingReport>, currency = 'EUR') =>
  report.currencies
    .find((c) => c.currency === currency)
    ?.buckets.map(({ bucket, amount, count }) => [bucket, amount.amount, count]);

describe('Aging', () => {
  describe('buckets by days past due', () => {
    const report = agingOf([
      dueDaysAgo('F-future', -10, 500),
      dueDaysAgo('F-0', 0, 1000),
      dueDaysAgo('F-1', 1, 2000),
      dueDaysAgo('F-30', 30, 3000),
      dueDaysAgo('F-31', 31, 4000),
      dueDaysAgo('F-60', 60, 5000),
      dueDaysAgo('F-61', 61, 6000),
      dueDaysAgo('F-90', 90, 7000),
      dueDaysAgo('F-91', 91, 8000),
    ]);

    it('puts each boundary day in its bucket', () => {
      expect(bucketsOf(report)).toEqual([
        ['not-due', 1500, 2], // due in 10 days, due today
        ['1-30', 5000, 2], // 1 and 30 days
        ['31-60', 9000, 2], // 31 and 60 days
        ['61-90', 13000, 2], // 61 and 90 days
        ['90+', 8000, 1], // 91 days
      ]);
    });

    it('totals the buckets', () => {
      expect(report.currencies[0]).toMatchObject({ total: eur(36500), count: 9 });
    });
  });

  it('counts what is still owed after partial payments and credit notes', () => {
    const report = agingOf([
      dueDaysAgo(
        'F-1',
        10,
        10000,
        ev.paid(eur(2500), '2026-06-01'),
        ev.creditNote('CN', eur(500), '2026-06-02'),
      ),
    ]);
    expect(bucketsOf(report)?.[1]).toEqual(['1-30', 7000, 1]);
  });

  it('counts handed-over invoices but not settled or written-off ones', () => {
    const report = agingOf([
      dueDaysAgo('F-1', 100, 1000, ev.handedOver('2026-06-01', eur(1000))),
      dueDaysAgo('F-2', 100, 2000, ev.paid(eur(2000), '2026-06-01')),
      dueDaysAgo('F-3', 100, 4000, ev.writtenOff(eur(4000), '2026-06-01')),
    ]);
    expect(bucketsOf(report)?.[4]).toEqual(['90+', 1000, 1]);
    expect(report.currencies[0]?.total).toEqual(eur(1000));
  });

  it('reports each currency on its own and leaves other tenants out', () => {
    const report = agingOf([
      dueDaysAgo('F-1', 5, 1000),
      invoiceStream({
        invoiceId: 'U-1',
        debtorId: 'smith',
        issueDate: '2026-06-20',
        amount: usd(700),
      }),
      invoiceStream({
        tenantId: OTHER_TENANT,
        invoiceId: 'O-1',
        debtorId: 'x',
        issueDate: '2026-06-01',
        amount: eur(99),
      }),
    ]);
    expect(report.currencies.map((c) => [c.currency, c.total.amount])).toEqual([
      ['EUR', 1000],
      ['USD', 700],
    ]);
  });

  it('shows the books as they stood on an earlier date', () => {
    // On 2026-05-31 F-1 (due 2026-05-21) was 10 days past due and unpaid; F-2 was not yet issued.
    const report = agingOf(
      [
        invoiceStream(
          { invoiceId: 'F-1', debtorId: 'bakker', issueDate: '2026-05-07', amount: eur(1000) },
          ev.paid(eur(1000), '2026-06-10'),
        ),
        invoiceStream({
          invoiceId: 'F-2',
          debtorId: 'bakker',
          issueDate: '2026-06-05',
          amount: eur(5000),
        }),
      ],
      day('2026-05-31'),
    );
    expect(report.asOf).toBe('2026-05-31');
    expect(bucketsOf(report)?.[1]).toEqual(['1-30', 1000, 1]);
    expect(report.currencies[0]?.total).toEqual(eur(1000));
  });

  it('has no sections when nothing is receivable', () => {
    expect(agingOf([]).currencies).toEqual([]);
  });
});
