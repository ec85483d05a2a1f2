import { dateFromParts, ReminderPolicy } from '@debiteur/core';
import { InvoiceFate, World, WorldInvoice } from './portfolio-world';
import { simulatePolicy } from './simulate-policy';

/** Term 14 days, first reminder the day after due (day 15), a demand letter at 14 after due. */
const policy: ReminderPolicy = {
  defaultPaymentTermDays: 14,
  adaptive: false,
  promiseGraceDays: 3,
  ladder: [
    { level: 1, kind: 'reminder', afterDueDays: 1, channel: 'email' },
    { level: 2, kind: 'demand', afterDueDays: 14, channel: 'post' },
    { level: 3, kind: 'hand-over', afterDueDays: 35, channel: 'post' },
  ],
};

const noFate: InvoiceFate = {
  naturalPayDay: null,
  reactLag: null,
  reactFromLevel: 1,
  promise: null,
  hold: null,
};

// Monday 3 March 2025: due Monday 17 March, first reminder Tuesday 18 March (day 15).
const start = dateFromParts(2025, 3, 3);

const invoice = (invoiceId: string, fate: Partial<InvoiceFate>): WorldInvoice => ({
  tenantId: 'acme',
  invoiceId,
  debtorId: 'D1',
  number: `INV-${invoiceId}`,
  issueDate: start,
  termDays: 14,
  amount: 10_000,
  fate: { ...noFate, ...fate },
});

const world = (...invoices: WorldInvoice[]): World => ({
  tenants: [{ tenantId: 'acme' }],
  debtors: [
    {
      tenantId: 'acme',
      debtorId: 'D1',
      name: 'Debtor',
      kind: 'business',
      profile: null,
      paymentTermDays: null,
    },
  ],
  invoices,
  start,
  tailDays: 90,
});

describe('simulate', () => {
  describe('needless reminders', () => {
    it('counts a reminder the debtor paid within 3 days of, without contact, as needless', async () => {
      const measures = (await simulatePolicy(world(invoice('A', { naturalPayDay: 17 })), policy))
        .measures;
      expect(measures).toMatchObject({
        remindersSent: 1,
        needlessReminders: 1,
        remindersBeforeOwnAccordPayment: 1,
        handOvers: 0,
      });
    });

    it('does not count a reminder the debtor paid 5 days after', async () => {
      const measures = (await simulatePolicy(world(invoice('B', { reactLag: 5 })), policy))
        .measures;
      expect(measures).toMatchObject({
        remindersSent: 1,
        needlessReminders: 0,
        remindersBeforeOwnAccordPayment: 0,
      });
    });

    it('does not count a reminder followed by a call and a promise kept within 3 days', async () => {
      const measures = (
        await simulatePolicy(world(invoice('C', { promise: { lagDays: 1, kept: true } })), policy)
      ).measures;
      expect(measures).toMatchObject({ remindersSent: 1, needlessReminders: 0, brokenPromises: 0 });
    });

    it('sends nothing to a debtor who pays before the due date', async () => {
      const measures = (await simulatePolicy(world(invoice('D', { naturalPayDay: 10 })), policy))
        .measures;
      expect(measures).toMatchObject({ remindersSent: 0, needlessReminders: 0, dso: 10 });
    });
  });

  it('hands over an invoice that is never paid and counts a broken promise', async () => {
    const measures = (
      await simulatePolicy(world(invoice('E', { promise: { lagDays: 3, kept: false } })), policy)
    ).measures;
    expect(measures).toMatchObject({ handOvers: 1, brokenPromises: 1, stillOpen: 0 });
    expect(measures.meanDaysDelinquent).toBeGreaterThanOrEqual(35);
  });

  it('counts an invoice still open at the end as open up to the last simulated day', async () => {
    // No hand-over: the last event is the demand letter on day 28 or so, the end day 90.
    const noHandOver = { ...policy, ladder: policy.ladder.slice(0, 2) };
    const measures = (await simulatePolicy(world(invoice('F', {})), noHandOver)).measures;
    expect(measures).toMatchObject({ stillOpen: 1, dso: 90, meanDaysDelinquent: 90 - 14 });
  });

  it('moves the reliably late payer story-4 style under adaptive timing: no needless reminder', async () => {
    // Three paid invoices at day 18 teach the scheduler his habit; the fourth gets no reminder.
    // Mondays, so each first reminder falls on a Tuesday, three days before he pays.
    const mondays = [
      dateFromParts(2025, 3, 3),
      dateFromParts(2025, 3, 31),
      dateFromParts(2025, 6, 2),
      dateFromParts(2025, 6, 30),
    ];
    const late = mondays.map((issueDate, i) => ({
      ...invoice(`L${i}`, { naturalPayDay: 18 }),
      issueDate,
    }));
    const fixed = (await simulatePolicy(world(...late), policy)).measures;
    const adaptive = (await simulatePolicy(world(...late), { ...policy, adaptive: true })).measures;
    expect(fixed.needlessReminders).toBe(4);
    expect(adaptive.needlessReminders).toBe(3);
    expect(adaptive.dso).toBe(fixed.dso);
  });
});
