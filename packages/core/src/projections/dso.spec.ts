import { EventEnvelope } from '../envelope/event-envelope';
import { Money } from '../shared/money';
import { dsoReport } from './dso';
import { invoiceLedger } from './invoice-ledger';
import { foldProjection } from './projection';
import { ACME, day, eur, ev, invoiceStream, usd } from './report.spec-helpers';

const ASOF = day('2026-03-31');

const sale = (
  id: string,
  issueDate: string,
  dueDate: string,
  amount: Money,
  ...payments: readonly (readonly [Money, string])[]
) =>
  invoiceStream(
    { invoiceId: id, debtorId: 'bakker', issueDate, dueDate, amount },
    ...payments.map(([paidAmount, paidOn]) => ev.paid(paidAmount, paidOn)),
  );

/**
 * The worked example, as of 2026-03-31 over 90 days (1 January – 31 March):
 *
 * | invoice | issued     | due        | amount | paid              | receivable | past due? |
 * | A       | 2025-12-15 | 2026-01-14 |  1 000 |                   |      1 000 | yes       |
 * | B       | 2026-01-20 | 2026-02-19 |  3 000 | 1 000 on 02-25    |      2 000 | yes       |
 * | C       | 2026-02-10 | 2026-03-12 |  2 000 | 2 000 on 03-10    |          0 |           |
 * | D       | 2026-03-15 | 2026-04-14 |  4 000 |                   |      4 000 | no        |
 * | E       | 2026-03-25 | 2026-04-24 |  1 000 |                   |      1 000 | no        |
 *
 * receivables 8 000; credit sales in the period B + C + D + E = 10 000 (A is older);
 * current receivables D + E = 5 000.
 * standard DSO      = 8 000 / 10 000 × 90 = 72
 * best-possible DSO = 5 000 / 10 000 × 90 = 45
 * average days delinquent = 72 − 45 = 27
 * count-back: March (31 days) sold D + E = 5 000 → 3 000 left, 31 days;
 *             February (28 days) sold C = 2 000 → 1 000 left, 59 days;
 *             January (31 days) sold B = 3 000 → 1 000 / 3 000 × 31 = 10.33 → 69.33 days.
 */
const example: readonly EventEnvelope[][] = [
  sale('A', '2025-12-15', '2026-01-14', eur(100000)),
  sale('B', '2026-01-20', '2026-02-19', eur(300000), [eur(100000), '2026-02-25']),
  sale('C', '2026-02-10', '2026-03-12', eur(200000), [eur(200000), '2026-03-10']),
  sale('D', '2026-03-15', '2026-04-14', eur(400000)),
  sale('E', '2026-03-25', '2026-04-24', eur(100000)),
];

const dsoOf = (streams: readonly (readonly EventEnvelope[])[], asOf = ASOF, periodDays?: number) =>
  dsoReport(foldProjection(invoiceLedger, streams.flat()), ACME, asOf, periodDays);

describe('DSO', () => {
  describe('on the worked example', () => {
    const report = dsoOf(example);
    const eurSection = report.currencies[0];

    it('covers the 90 days through the report date', () => {
      expect(report).toMatchObject({
        asOf: '2026-03-31',
        periodDays: 90,
        periodStart: '2026-01-01',
      });
    });

    it('sums receivables, current receivables and credit sales', () => {
      expect(eurSection).toMatchObject({
        currency: 'EUR',
        receivables: eur(800000),
        currentReceivables: eur(500000),
        creditSales: eur(1000000),
      });
    });

    it('computes standard and best-possible DSO and the days delinquent', () => {
      expect(eurSection).toMatchObject({ dso: 72, bestPossibleDso: 45, averageDaysDelinquent: 27 });
    });

    it('counts back month by month through the sales', () => {
      expect(eurSection?.countBackDso).toBe(69.33);
    });
  });

  it('measures over the period asked for', () => {
    // 30 days: 2026-03-02 – 2026-03-31, sales D + E = 5 000; 8 000 / 5 000 × 30 = 48
    expect(dsoOf(example, ASOF, 30).currencies[0]).toMatchObject({
      creditSales: eur(500000),
      dso: 48,
    });
  });

  it('takes the receivables as they stood on an earlier date', () => {
    // On 2026-02-28: A 1 000 + B 2 000 (3 000 less 1 000 paid on 02-25) + C 2 000 (paid
    // later) = 5 000, D and E not yet issued; sales 2025-12-01 – 2026-02-28: A + B + C = 6 000;
    // 5 000 / 6 000 × 90 = 75.
    const section = dsoOf(example, day('2026-02-28')).currencies[0];
    expect(section).toMatchObject({ receivables: eur(500000), creditSales: eur(600000), dso: 75 });
  });

  it('has no ratio without credit sales in the period, and counts back to 0 with nothing owed', () => {
    const old = [sale('A', '2025-06-01', '2025-06-15', eur(1000), [eur(1000), '2025-06-10'])];
    expect(dsoOf(old).currencies).toEqual([]);
    const unpaidOld = [sale('A', '2025-06-01', '2025-06-15', eur(1000))];
    expect(dsoOf(unpaidOld).currencies[0]).toMatchObject({
      receivables: eur(1000),
      dso: null,
      bestPossibleDso: null,
      averageDaysDelinquent: null,
    });
    const paid = [sale('A', '2026-03-01', '2026-03-15', eur(1000), [eur(1000), '2026-03-10'])];
    expect(dsoOf(paid).currencies[0]).toMatchObject({ dso: 0, countBackDso: 0 });
  });

  it('reports each currency on its own', () => {
    const report = dsoOf([...example, sale('U', '2026-03-01', '2026-03-31', usd(1000))]);
    expect(report.currencies.map((c) => [c.currency, c.dso])).toEqual([
      ['EUR', 72],
      ['USD', 90], // 1 000 / 1 000 × 90
    ]);
  });
});
