import { compareInstants } from '../index';
import { debtorCommand, invoiceCommand } from './story-commands.spec-helpers';
import { onDay } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const DEBTOR = 'bouwbedrijf-van-leeuwen';
const OLD_CASE = 'F2022-0871';
const LATER_ITEM = 'F2025-0388';
const ONBOARDED_AT = '2026-03-02T08:00:00+01:00';
const IMPORT = {
  actor: 'import',
  reason: 'onboarding: open items from the previous administration',
};

/**
 * Installatiebedrijf Smits becomes a client on Monday 2 March 2026. Its open items are
 * imported, among them a boiler replacement invoiced to Bouwbedrijf Van Leeuwen in November
 * 2022 and reminded once in January 2023. The scheduler picks the old items up; two weeks
 * later Erik van Leeuwen calls about a letter for an invoice he no longer remembers, promises
 * to pay, and the accounting sync corrects the due date from the original contract.
 */
const givenAnImportedOldCase = () => {
  const world = StoryWorld.of('installatiebedrijf-smits', ONBOARDED_AT);
  world.debtor(DEBTOR).execute(
    debtorCommand.register({
      debtorId: DEBTOR,
      name: 'Bouwbedrijf Van Leeuwen B.V.',
      kind: 'business',
      contactPerson: 'Erik van Leeuwen',
      phone: '030 692 41 18',
    }),
    IMPORT,
  );
  world.invoice(OLD_CASE).execute(
    invoiceCommand.issue({
      invoiceId: OLD_CASE,
      debtorId: DEBTOR,
      number: '2022-0871',
      issueDate: '2022-11-14',
      dueDate: '2022-12-14',
      cents: 689700,
      description: 'Vervanging cv-ketel en radiatoren, Dorpsstraat 12 Zeist',
    }),
    { ...IMPORT, occurredAt: onDay('2022-11-14', 12) },
  );
  world.invoice(OLD_CASE).execute(invoiceCommand.sendReminder(1, 'reminder', 'post'), {
    ...IMPORT,
    occurredAt: onDay('2023-01-09', 10),
  });
  world.invoice(LATER_ITEM).execute(
    invoiceCommand.issue({
      invoiceId: LATER_ITEM,
      debtorId: DEBTOR,
      number: '2025-0388',
      issueDate: '2025-06-02',
      termDays: 30,
      cents: 121000,
      description: 'Onderhoud cv-installaties 2025',
    }),
    { ...IMPORT, occurredAt: onDay('2025-06-02', 12) },
  );
  const firstPass = world.runDays('2026-03-02', '2026-03-02');
  const untilTheCall = world.runDays('2026-03-03', '2026-03-18');

  const oldCase = world.invoice(OLD_CASE);
  world.at('2026-03-18T14:20:00+01:00');
  oldCase.execute(
    invoiceCommand.logContact(
      'phone',
      'reached',
      'Kent factuur niet meer; uitgelegd: cv-ketel Dorpsstraat 12 Zeist, november 2022',
    ),
    { actor: 'sanne.willems', reason: 'debtor called about the final notice' },
  );
  world.at('2026-03-18T14:25:00+01:00');
  oldCase.execute(
    invoiceCommand.promise('2026-03-31', { cents: 689700, note: 'na akkoord directie' }),
    { actor: 'sanne.willems', reason: 'promised on the phone' },
  );
  world.at('2026-03-23T16:40:00+01:00');
  oldCase.execute(invoiceCommand.adjustTerms({ paymentTermDays: 60 }), {
    actor: 'accounting-sync',
    reason: 'due date corrected from the original contract: 60 days',
  });
  world.at('2026-03-25T10:00:00+01:00');
  return { world, firstPass, untilTheCall };
};

describe('Story 2: an old case', () => {
  describe('after onboarding', () => {
    it('imports the open items with their historical dates, recorded at onboarding', () => {
      const { world } = givenAnImportedOldCase();

      const [issued] = world.timelineOf(OLD_CASE).entries;

      expect(issued).toMatchObject({
        type: 'Issued',
        actor: 'import',
        reason: IMPORT.reason,
        occurredAt: onDay('2022-11-14', 12),
        recordedAt: ONBOARDED_AT,
        data: { issueDate: '2022-11-14', dueDate: '2022-12-14', paymentTermDays: 30 },
      });
    });

    it('keeps the reminder of the previous administration, dated when it was sent', () => {
      const { world } = givenAnImportedOldCase();

      const [, imported] = world.timelineOf(OLD_CASE).entries;

      expect(imported).toMatchObject({
        type: 'ReminderSent',
        actor: 'import',
        occurredAt: onDay('2023-01-09', 10),
        recordedAt: ONBOARDED_AT,
        data: { level: 1, sentOn: '2023-01-09' },
      });
    });

    it('goes on from the next rung, one rung at a time, not the whole ladder at once', () => {
      const { firstPass, untilTheCall } = givenAnImportedOldCase();

      expect(firstPass.map((d) => [d.invoiceId, d.action])).toMatchObject([
        [OLD_CASE, { _tag: 'SendReminder', level: 2, kind: 'demand' }],
        [LATER_ITEM, { _tag: 'SendReminder', level: 1, kind: 'reminder' }],
      ]);
      expect(untilTheCall.map((d) => [d.on, d.invoiceId, d.action])).toMatchObject([
        ['2026-03-16', OLD_CASE, { level: 3, kind: 'final-notice', channel: 'post' }],
        ['2026-03-16', LATER_ITEM, { level: 2, kind: 'demand', channel: 'post' }],
      ]);
    });
  });

  describe('when the collector opens the case', () => {
    it('shows what the invoice was for', () => {
      const { world } = givenAnImportedOldCase();

      const { invoiceId, entries } = world.timelineOf(OLD_CASE);

      expect(invoiceId).toBe(OLD_CASE);
      expect(entries[0]).toMatchObject({
        type: 'Issued',
        data: {
          number: '2022-0871',
          description: 'Vervanging cv-ketel en radiatoren, Dorpsstraat 12 Zeist',
          amount: { amount: 689700, currency: 'EUR' },
        },
      });
    });

    it('lists every reminder, call and agreement, who did it and why, in order', () => {
      const { world } = givenAnImportedOldCase();

      const { entries } = world.timelineOf(OLD_CASE);

      expect(entries.map((e) => [e.version, e.type, e.actor])).toEqual([
        [1, 'Issued', 'import'],
        [2, 'ReminderSent', 'import'],
        [3, 'ReminderSent', 'scheduler'],
        [4, 'ReminderSent', 'scheduler'],
        [5, 'ContactLogged', 'sanne.willems'],
        [6, 'PaymentPromised', 'sanne.willems'],
        [7, 'TermsAdjusted', 'accounting-sync'],
      ]);
      expect(entries.every((e) => e.reason !== null)).toBe(true);
      expect(entries.slice(4).map((e) => e.reason)).toEqual([
        'debtor called about the final notice',
        'promised on the phone',
        'due date corrected from the original contract: 60 days',
      ]);
      expect(entries.slice(1).map((e) => e.data)).toMatchObject([
        { level: 1, kind: 'reminder', sentOn: '2023-01-09' },
        { level: 2, kind: 'demand', sentOn: '2026-03-02' },
        { level: 3, kind: 'final-notice', sentOn: '2026-03-16' },
        { channel: 'phone', outcome: 'reached', contactedOn: '2026-03-18' },
        { promisedDate: '2026-03-31', promisedOn: '2026-03-18', note: 'na akkoord directie' },
        { previousDueDate: '2022-12-14', dueDate: '2023-01-13', paymentTermDays: 60 },
      ]);
      const recorded = entries.map((e) => e.recordedAt);
      expect([...recorded].sort(compareInstants)).toEqual(recorded);
      expect(entries.every((e) => e.outstandingAfter?.amount === 689700)).toBe(true);
    });
  });

  describe('looking back', () => {
    it('shows the case as it stood before the call', () => {
      const { world } = givenAnImportedOldCase();

      const before = world.timelineOf(OLD_CASE, '2026-03-17T12:00:00+01:00');

      expect(before.entries.map((e) => [e.type, e.actor])).toEqual([
        ['Issued', 'import'],
        ['ReminderSent', 'import'],
        ['ReminderSent', 'scheduler'],
        ['ReminderSent', 'scheduler'],
      ]);
    });

    it('knows nothing of the case before it was imported, though it dates from 2022', () => {
      const { world } = givenAnImportedOldCase();

      expect(world.timelineOf(OLD_CASE, '2026-03-02T07:59:59+01:00').entries).toEqual([]);
      expect(world.timelineOf(OLD_CASE, ONBOARDED_AT).entries.map((e) => e.type)).toEqual([
        'Issued',
        'ReminderSent',
      ]);
    });

    it('shows the promise but not yet the corrected terms, between the two', () => {
      const { world } = givenAnImportedOldCase();

      const between = world.timelineOf(OLD_CASE, '2026-03-20T09:00:00+01:00');

      expect(between.entries.at(-1)).toMatchObject({
        type: 'PaymentPromised',
        actor: 'sanne.willems',
      });
    });
  });
});
