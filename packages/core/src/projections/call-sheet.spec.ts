import { DebtorEvent } from '../debtor/debtor.events';
import { InvoiceEvent } from '../invoice/invoice.events';
import { callSheet } from './call-sheet';
import { paymentBehaviour } from './payment-behaviour';
import { foldProjection } from './projection';
import { reportsProjection } from './reports-projection';
import {
  ACME,
  day,
  debtor,
  debtorStream,
  eur,
  ev,
  installment,
  invoiceStream,
  registered,
} from './report.spec-helpers';

const TODAY = day('2026-06-30');
const BAKKER = debtor('bakker');
const KLEIN = debtor('klein');

const contactPersonChanged: DebtorEvent = {
  type: 'ContactPersonChanged',
  data: { contactPerson: 'Bram Bakker', previousContactPerson: 'Anna de Vries' },
};

/**
 * Story 8. The twelve months through 2026-06-30 start on 2025-07-01. In them the tenant
 * invoiced Bakker 100 + 50 + 30 = 180 (B-1 is older), Klein 20 and Groot 1 600 (G-0 is
 * older): 1 800 in all, so Bakker's share is 180 / 1 800 = exactly 10%, Klein's 20 / 1 800.
 */
const bakkerHistory: DebtorEvent[] = [
  registered('bakker', 'Bakker BV', {
    contactPerson: 'Anna de Vries',
    email: 'crediteuren@bakker.example',
    phone: '+31 20 123 4567',
  }),
  contactPersonChanged,
];

const books = [
  ...debtorStream('bakker', bakkerHistory),
  ...invoiceStream(
    { invoiceId: 'B-1', debtorId: 'bakker', issueDate: '2025-05-15', amount: eur(20000) },
    ev.reminder(1, 'reminder', '2025-05-30'),
    ev.paid(eur(20000), '2025-06-04'),
  ),
  ...invoiceStream(
    {
      invoiceId: 'B-2',
      debtorId: 'bakker',
      issueDate: '2026-04-01',
      amount: eur(10000),
      number: '2026-0412',
      description: 'Maintenance Q1',
    },
    ev.reminder(1, 'reminder', '2026-04-16'),
    ev.reminder(2, 'demand', '2026-04-30'),
    ev.paid(eur(2500), '2026-05-10'),
    ev.promised('2026-07-03', '2026-06-25'),
  ),
  ...invoiceStream(
    { invoiceId: 'B-3', debtorId: 'bakker', issueDate: '2026-05-01', amount: eur(5000) },
    ev.putOnHold('dispute', '2026-05-20', 'unhappy with the service'),
  ),
  ...invoiceStream(
    { invoiceId: 'B-4', debtorId: 'bakker', issueDate: '2026-06-01', amount: eur(3000) },
    ev.arrangement(
      '2026-06-20',
      installment('2026-07-01', eur(1500)),
      installment('2026-08-01', eur(1500)),
    ),
  ),
  ...invoiceStream({
    invoiceId: 'K-1',
    debtorId: 'klein',
    issueDate: '2026-02-01',
    amount: eur(2000),
  }),
  ...invoiceStream({
    invoiceId: 'G-0',
    debtorId: 'groot',
    issueDate: '2025-06-30',
    amount: eur(500000),
  }),
  ...invoiceStream(
    { invoiceId: 'G-1', debtorId: 'groot', issueDate: '2025-09-01', amount: eur(160000) },
    ev.paid(eur(160000), '2025-09-20'),
  ),
];

const state = foldProjection(reportsProjection, books);

describe('Call sheet (story 8)', () => {
  const sheet = callSheet(state, ACME, BAKKER, TODAY);

  it('names the current contact person and how to reach them', () => {
    expect(sheet.contact).toMatchObject({
      name: 'Bakker BV',
      contactPerson: 'Bram Bakker',
      email: 'crediteuren@bakker.example',
      phone: '+31 20 123 4567',
    });
  });

  it('lists the open invoices oldest first, with what they were for and what is owed', () => {
    expect(sheet.openInvoices.map((i) => [i.invoiceId, i.outstanding.amount])).toEqual([
      ['B-2', 7500],
      ['B-3', 5000],
      ['B-4', 3000],
    ]);
    expect(sheet.openInvoices[0]).toMatchObject({
      number: '2026-0412',
      description: 'Maintenance Q1',
      issueDate: '2026-04-01',
      dueDate: '2026-04-15',
      daysPastDue: 76,
    });
    expect(sheet.totalOutstanding).toEqual([eur(15500)]);
  });

  it('shows the agreements that stand and the open disputes', () => {
    expect(sheet.agreements.promises).toEqual([
      {
        invoiceId: 'B-2',
        number: '2026-0412',
        promisedDate: '2026-07-03',
        promisedOn: '2026-06-25',
        heldDays: 0,
        keepBy: '2026-07-03',
        amount: null,
        note: null,
      },
    ]);
    expect(sheet.agreements.arrangements).toEqual([
      {
        invoiceId: 'B-4',
        number: 'B-4',
        agreedOn: '2026-06-20',
        heldDays: 0,
        installments: [
          { dueDate: '2026-07-01', amount: eur(1500), payBy: '2026-07-01' },
          { dueDate: '2026-08-01', amount: eur(1500), payBy: '2026-08-01' },
        ],
      },
    ]);
    expect(sheet.agreements.holds.map((h) => [h.invoiceId, h.reason])).toEqual([
      ['B-3', 'dispute'],
    ]);
    expect(sheet.openDisputes).toEqual([
      {
        invoiceId: 'B-3',
        number: 'B-3',
        reason: 'dispute',
        since: '2026-05-20',
        note: 'unhappy with the service',
      },
    ]);
  });

  describe('a promise whose invoice went on hold (docs/adr/0028)', () => {
    // Promised on 10 June for 20 June; disputed from 15 June.
    const promisedThenDisputed = [
      ev.promised('2026-06-20', '2026-06-10'),
      ev.putOnHold('dispute', '2026-06-15'),
    ];
    const promiseOn = (...later: typeof promisedThenDisputed) =>
      callSheet(
        foldProjection(reportsProjection, [
          ...invoiceStream(
            { invoiceId: 'K-2', debtorId: 'klein', issueDate: '2026-05-01', amount: eur(4000) },
            ...promisedThenDisputed,
            ...later,
          ),
        ]),
        ACME,
        KLEIN,
        TODAY,
      ).agreements.promises[0];

    it('has no date to be kept by while the hold stops its clock', () => {
      expect(promiseOn()).toMatchObject({ promisedDate: '2026-06-20', heldDays: 0, keepBy: null });
    });

    it('is to be kept by its date moved on by the days on hold, once released', () => {
      // On hold 15 → 25 June: 10 days, so 20 June becomes 30 June.
      expect(promiseOn(ev.holdReleased('2026-06-25'))).toMatchObject({
        promisedDate: '2026-06-20',
        heldDays: 10,
        keepBy: '2026-06-30',
      });
    });
  });

  describe('an arrangement whose invoice went on hold (docs/adr/0029)', () => {
    // Agreed on 5 June: 20.00 on 15 June and 20.00 on 15 July.
    const arranged = ev.arrangement(
      '2026-06-05',
      installment('2026-06-15', eur(2000)),
      installment('2026-07-15', eur(2000)),
    );
    const arrangementOn = (...events: readonly InvoiceEvent[]) =>
      callSheet(
        foldProjection(reportsProjection, [
          ...invoiceStream(
            { invoiceId: 'K-3', debtorId: 'klein', issueDate: '2026-05-01', amount: eur(4000) },
            arranged,
            ...events,
          ),
        ]),
        ACME,
        KLEIN,
        TODAY,
      ).agreements.arrangements[0];

    it('has no date to pay an installment by while a hold that began before it stops the clock', () => {
      expect(arrangementOn(ev.putOnHold('dispute', '2026-06-10'))).toMatchObject({
        heldDays: 0,
        installments: [
          { dueDate: '2026-06-15', payBy: null },
          { dueDate: '2026-07-15', payBy: null },
        ],
      });
    });

    it('moves every installment on by the days on hold, once released', () => {
      // On hold 10 → 25 June: 15 days, so 15 June becomes 30 June and 15 July 30 July.
      const released = arrangementOn(
        ev.putOnHold('dispute', '2026-06-10'),
        ev.holdReleased('2026-06-25'),
      );
      expect(released).toMatchObject({
        agreedOn: '2026-06-05',
        heldDays: 15,
        installments: [
          { dueDate: '2026-06-15', amount: eur(2000), payBy: '2026-06-30' },
          { dueDate: '2026-07-15', amount: eur(2000), payBy: '2026-07-30' },
        ],
      });
    });

    it('counts only the days the next installment still to be paid stood still', () => {
      // The first installment is paid, so the hold from 20 June stops the one of 15 July:
      // 20 → 25 June, 5 days.
      const released = arrangementOn(
        ev.paid(eur(2000), '2026-06-12'),
        ev.putOnHold('dispute', '2026-06-20'),
        ev.holdReleased('2026-06-25'),
      );
      expect(released).toMatchObject({
        heldDays: 5,
        installments: [{}, { payBy: '2026-07-20' }],
      });
    });

    it('leaves the dates as agreed for a hold that began after an installment was missed', () => {
      const missedThenDisputed = ev.putOnHold('dispute', '2026-06-20');
      const agreedDates = {
        heldDays: 0,
        installments: [{ payBy: '2026-06-15' }, { payBy: '2026-07-15' }],
      };
      expect(arrangementOn(missedThenDisputed)).toMatchObject(agreedDates);
      expect(arrangementOn(missedThenDisputed, ev.holdReleased('2026-06-25'))).toMatchObject(
        agreedDates,
      );
    });

    it('moves nothing for a hold older than the arrangement', () => {
      const olderHold = [ev.putOnHold('dispute', '2026-06-01')];
      const sheet = (...events: readonly InvoiceEvent[]) =>
        callSheet(
          foldProjection(reportsProjection, [
            ...invoiceStream(
              { invoiceId: 'K-4', debtorId: 'klein', issueDate: '2026-05-01', amount: eur(4000) },
              ...olderHold,
              arranged,
              ...events,
            ),
          ]),
          ACME,
          KLEIN,
          TODAY,
        ).agreements.arrangements[0];
      expect(sheet()).toMatchObject({ installments: [{ payBy: '2026-06-15' }, {}] });
      expect(sheet(ev.holdReleased('2026-06-25'))).toMatchObject({
        heldDays: 0,
        installments: [{ payBy: '2026-06-15' }, { payBy: '2026-07-15' }],
      });
    });
  });

  it('counts the reminders and demand letters sent on the open invoices', () => {
    expect(sheet).toMatchObject({ remindersSent: 1, demandLettersSent: 1 });
  });

  it('judges creditworthiness by the debtor’s payment behaviour', () => {
    expect(sheet.creditworthiness).toEqual(paymentBehaviour(state.ledger, ACME, BAKKER, TODAY));
    expect(sheet.creditworthiness).toMatchObject({ paidInvoices: 1, rating: 'unrated' });
  });

  describe('important customer', () => {
    it('is a debtor with 10% or more of the revenue of the last twelve months', () => {
      expect(sheet.revenueShare).toEqual({
        currency: 'EUR',
        from: '2025-07-01',
        through: '2026-06-30',
        debtorInvoiced: eur(18000),
        tenantInvoiced: eur(180000),
        share: 0.1,
      });
      expect(sheet.importantCustomer).toBe(true);
    });

    it('is not a debtor with a smaller share', () => {
      const klein = callSheet(state, ACME, KLEIN, TODAY);
      expect(klein.revenueShare?.share).toBe(0.0111); // 20 / 1 800
      expect(klein.importantCustomer).toBe(false);
    });

    it('follows the threshold the tenant sets', () => {
      expect(
        callSheet(state, ACME, BAKKER, TODAY, { importantShare: 0.15 }).importantCustomer,
      ).toBe(false);
      expect(callSheet(state, ACME, KLEIN, TODAY, { importantShare: 0.01 }).importantCustomer).toBe(
        true,
      );
    });
  });

  it('shows no contact detail that was removed', () => {
    const removal: DebtorEvent = {
      type: 'ContactDetailsRemoved',
      data: { removed: ['contactPerson', 'email'] },
    };
    const removed = foldProjection(reportsProjection, [
      ...debtorStream('bakker', [...bakkerHistory, removal]),
      ...books.slice(bakkerHistory.length),
    ]);
    expect(callSheet(removed, ACME, BAKKER, TODAY).contact).toMatchObject({
      name: 'Bakker BV',
      contactPerson: null,
      email: null,
      phone: '+31 20 123 4567',
    });
  });

  it('leaves the contact empty for a debtor that was never registered', () => {
    expect(callSheet(state, ACME, KLEIN, TODAY).contact).toBeNull();
  });
});
