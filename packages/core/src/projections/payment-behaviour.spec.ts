import { EventEnvelope } from '../envelope/event-envelope';
import { InvoiceEvent } from '../invoice/invoice.events';
import { addDays } from '../shared/calendar-date';
import { invoiceLedger } from './invoice-ledger';
import { paymentBehaviour, paymentBehaviours } from './payment-behaviour';
import { foldProjection } from './projection';
import { ACME, day, debtor, eur, ev, invoiceStream, usd } from './report.spec-helpers';

const TODAY = day('2026-06-30');
const JANSEN = debtor('jansen');

const behaviourOf = (...streams: readonly (readonly EventEnvelope[])[]) =>
  paymentBehaviour(foldProjection(invoiceLedger, streams.flat()), ACME, JANSEN, TODAY);

/** An invoice of Jansen's issued on `issueDate` (14-day term) and paid in full `days` later. */
const paidAfter = (
  id: string,
  issueDate: string,
  days: number,
  cents = 10000,
  ...extra: readonly InvoiceEvent[]
): EventEnvelope[] =>
  invoiceStream(
    { invoiceId: id, debtorId: 'jansen', issueDate, amount: eur(cents) },
    ...extra,
    ev.paid(eur(cents), addDays(day(issueDate), days)),
  );

const reminderOn = (issueDate: string): InvoiceEvent =>
  ev.reminder(1, 'reminder', addDays(day(issueDate), 15));

/** Story 4: paid 17, 18 and 19 days after the invoice, with a 14-day term; reminded at day 15. */
const story4 = [
  paidAfter('J-1', '2026-01-05', 17, 10000, reminderOn('2026-01-05')),
  paidAfter('J-2', '2026-02-02', 18, 20000, reminderOn('2026-02-02')),
  paidAfter('J-3', '2026-03-02', 19, 70000, reminderOn('2026-03-02')),
];

describe('Payment behaviour', () => {
  describe('of a reliable but slow payer (story 4)', () => {
    const behaviour = behaviourOf(...story4);

    it('shows his 18-day average and the spread of his payment days', () => {
      expect(behaviour).toMatchObject({
        debtorId: 'jansen',
        invoices: 3,
        paidInvoices: 3,
        meanDaysToPay: 18, // (17 + 18 + 19) / 3
        medianDaysToPay: 18, // rank ⌈1.5⌉ = 2 of [17, 18, 19]
        p10DaysToPay: 17, // rank ⌈0.3⌉ = 1
        p90DaysToPay: 19, // rank ⌈2.7⌉ = 3
        meanDaysLate: 4, // late 3, 4 and 5 days after the 14-day due date
        onTimeRatio: 0,
        remindersPerPaidInvoice: 1,
        paidAfterDemand: 0, // the friendly reminders only
      });
    });

    it('weighs the days by the invoice amounts', () => {
      // (17 × 100 + 18 × 200 + 19 × 700) / 1000 = 18 600 / 1000
      expect(behaviour.weightedMeanDaysToPay).toBe(18.6);
    });

    it('rates him B: reliably late, but he pays', () => {
      expect(behaviour.rating).toBe('B');
    });

    it('owes nothing and has no open item', () => {
      expect(behaviour).toMatchObject({ outstanding: eur(0), oldestOpenItem: null });
    });
  });

  it('counts the invoices paid only after a demand letter, final notice or hand-over', () => {
    const pressed =
      (kind: 'demand' | 'final-notice' | 'hand-over', level: number) =>
      (id: string, issueDate: string) =>
        paidAfter(id, issueDate, 40, 10000, ev.reminder(level, kind, addDays(day(issueDate), 30)));
    const behaviour = behaviourOf(
      pressed('demand', 2)('J-1', '2026-01-05'),
      pressed('final-notice', 3)('J-2', '2026-02-02'),
      pressed('hand-over', 4)('J-3', '2026-03-02'),
      paidAfter('J-4', '2026-04-01', 18, 10000, reminderOn('2026-04-01')),
    );
    expect(behaviour).toMatchObject({ paidInvoices: 4, paidAfterDemand: 3 });
  });

  describe('rating', () => {
    it('is A when at least 80% of the invoices were paid by the due date', () => {
      const fourOfFive = behaviourOf(
        paidAfter('J-1', '2026-01-05', 10),
        paidAfter('J-2', '2026-02-02', 14),
        paidAfter('J-3', '2026-03-02', 12),
        paidAfter('J-4', '2026-04-01', 16),
        paidAfter('J-5', '2026-05-01', 7),
      );
      expect(fourOfFive).toMatchObject({ onTimeRatio: 0.8, rating: 'A' });
    });

    it('is B when fewer than 80% were paid by the due date', () => {
      const threeOfFour = behaviourOf(
        paidAfter('J-1', '2026-01-05', 10),
        paidAfter('J-2', '2026-02-02', 14),
        paidAfter('J-3', '2026-03-02', 12),
        paidAfter('J-4', '2026-04-01', 16),
      );
      expect(threeOfFour).toMatchObject({ onTimeRatio: 0.75, rating: 'B' });
    });

    it('is unrated with fewer than three paid invoices', () => {
      expect(behaviourOf(...story4.slice(0, 2)).rating).toBe('unrated');
    });

    it('is C when more promises were broken than kept', () => {
      const broken = paidAfter(
        'J-4',
        '2026-04-01',
        30,
        10000,
        ev.promised('2026-04-20', '2026-04-16'),
        ev.promiseBroken('2026-04-20', '2026-04-24'),
      );
      expect(behaviourOf(...story4, broken)).toMatchObject({ promisesBroken: 1, rating: 'C' });
    });

    it('is C when half the paid invoices or more needed a demand letter', () => {
      const demand = (issueDate: string) => ev.reminder(2, 'demand', addDays(day(issueDate), 16));
      const oneInThree = behaviourOf(
        paidAfter('J-1', '2026-01-05', 17, 10000, demand('2026-01-05')),
        ...story4.slice(1),
      );
      const twoInThree = behaviourOf(
        paidAfter('J-1', '2026-01-05', 17, 10000, demand('2026-01-05')),
        paidAfter('J-2', '2026-02-02', 18, 10000, demand('2026-02-02')),
        story4[2] ?? [],
      );
      expect(oneInThree.rating).toBe('B');
      expect(twoInThree.rating).toBe('C');
    });

    it('is C when the days late are erratic', () => {
      // days late 0, 2 and 40: the 90th percentile (40) lies 38 days above the median (2)
      const erratic = behaviourOf(
        paidAfter('J-1', '2026-01-05', 14),
        paidAfter('J-2', '2026-02-02', 16),
        paidAfter('J-3', '2026-03-02', 54),
      );
      expect(erratic.rating).toBe('C');
    });

    it('is D when an invoice is handed over or written off', () => {
      const open = { debtorId: 'jansen', issueDate: '2026-04-01', amount: eur(5000) };
      const handedOver = invoiceStream(
        { ...open, invoiceId: 'J-4' },
        ev.handedOver('2026-06-01', eur(5000)),
      );
      const writtenOff = invoiceStream(
        { ...open, invoiceId: 'J-4' },
        ev.writtenOff(eur(5000), '2026-06-01'),
      );
      expect(behaviourOf(...story4, handedOver).rating).toBe('D');
      expect(behaviourOf(...story4, writtenOff).rating).toBe('D');
    });

    it('is D when an open item is more than 90 days past due', () => {
      const dueOn = (dueDate: string) =>
        invoiceStream({
          invoiceId: 'J-4',
          debtorId: 'jansen',
          issueDate: '2026-01-01',
          dueDate,
          amount: eur(5000),
        });
      // today is 2026-06-30: due 2026-04-01 is 90 days past due, due 2026-03-31 is 91
      expect(behaviourOf(...story4, dueOn('2026-04-01')).rating).toBe('B');
      expect(behaviourOf(...story4, dueOn('2026-03-31')).rating).toBe('D');
    });
  });

  describe('paid invoices', () => {
    it('count the day a credit note settled the rest as the day paid', () => {
      const credited = invoiceStream(
        { invoiceId: 'J-1', debtorId: 'jansen', issueDate: '2026-01-05', amount: eur(10000) },
        ev.paid(eur(8000), '2026-01-15'),
        ev.creditNote('CN-1', eur(2000), '2026-01-25'),
      );
      expect(behaviourOf(credited)).toMatchObject({ paidInvoices: 1, meanDaysToPay: 20 });
    });

    it('leave out an invoice credited away without any payment', () => {
      const cancelled = invoiceStream(
        { invoiceId: 'J-1', debtorId: 'jansen', issueDate: '2026-01-05', amount: eur(10000) },
        ev.creditNote('CN-1', eur(10000), '2026-01-25'),
      );
      expect(behaviourOf(cancelled)).toMatchObject({
        invoices: 1,
        paidInvoices: 0,
        meanDaysToPay: null,
      });
    });
  });

  describe('what is outstanding', () => {
    const state = [
      invoiceStream({
        invoiceId: 'J-1',
        debtorId: 'jansen',
        issueDate: '2026-01-10',
        amount: usd(3000),
      }),
      invoiceStream(
        { invoiceId: 'J-2', debtorId: 'jansen', issueDate: '2026-02-10', amount: eur(50000) },
        ev.paid(eur(10000), '2026-02-20'),
      ),
      invoiceStream({
        invoiceId: 'J-3',
        debtorId: 'jansen',
        issueDate: '2026-03-10',
        amount: eur(2500),
      }),
      invoiceStream({
        invoiceId: 'P-1',
        debtorId: 'pietersen',
        issueDate: '2026-01-01',
        amount: eur(999),
      }),
    ];

    it('is summed in the currency of the debtor’s latest invoice, and listed per currency', () => {
      const behaviour = behaviourOf(...state);
      expect(behaviour.outstanding).toEqual(eur(42500)); // 50 000 − 10 000 + 2 500
      expect(behaviour.outstandingByCurrency).toEqual([eur(42500), usd(3000)]);
    });

    it('names the oldest open item', () => {
      expect(behaviourOf(...state).oldestOpenItem).toEqual({
        invoiceId: 'J-1',
        issueDate: '2026-01-10',
        dueDate: '2026-01-24',
      });
    });
  });

  it('has nothing to average for a debtor without invoices', () => {
    expect(behaviourOf()).toEqual({
      debtorId: 'jansen',
      invoices: 0,
      paidInvoices: 0,
      meanDaysToPay: null,
      weightedMeanDaysToPay: null,
      medianDaysToPay: null,
      p10DaysToPay: null,
      p90DaysToPay: null,
      meanDaysLate: null,
      onTimeRatio: null,
      remindersPerPaidInvoice: null,
      paidAfterDemand: 0,
      promisesKept: 0,
      promisesBroken: 0,
      outstanding: null,
      outstandingByCurrency: [],
      oldestOpenItem: null,
      rating: 'unrated',
    });
  });

  it('lists every debtor of the tenant, so slow payers are noticed unasked', () => {
    const state = foldProjection(invoiceLedger, [
      ...story4.flat(),
      ...invoiceStream({
        invoiceId: 'A-1',
        debtorId: 'aalders',
        issueDate: '2026-06-01',
        amount: eur(100),
      }),
    ]);
    const all = paymentBehaviours(state, ACME, TODAY);
    expect(all.map((b) => [b.debtorId, b.rating])).toEqual([
      ['aalders', 'unrated'],
      ['jansen', 'B'],
    ]);
  });
});
