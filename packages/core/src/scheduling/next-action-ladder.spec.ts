import * as fc from 'fast-check';
import { ReminderPolicy } from '../policy/policy.events';
import { DUTCH_BUSINESS_CALENDAR, isBusinessDay } from '../shared/business-calendar';
import { addDays, dateFromParts, daysBetween } from '../shared/calendar-date';
import { nextAction, NextActionInput } from './next-action';
import { date, inputOn, LADDER, openInvoice, POLICY, rung, sent } from './scheduling.spec-helpers';

const withReminders = (today: string, ...reminders: ReturnType<typeof sent>[]) =>
  nextAction(inputOn(today, { invoice: openInvoice({ remindersSent: reminders }) }));

describe('Next action', () => {
  describe('along the ladder', () => {
    it('sends the first reminder the day after the due date', () => {
      expect(withReminders('2026-03-17')).toEqual({
        _tag: 'SendReminder',
        level: 1,
        kind: 'reminder',
        channel: 'email',
        timing: 'ladder',
        dueOn: '2026-03-17',
        isDue: true,
      });
    });

    it('sends nothing before that day', () => {
      expect(withReminders('2026-03-16')).toMatchObject({ level: 1, isDue: false });
    });

    it('climbs one level at a time, each at its days after the due date', () => {
      expect(withReminders('2026-03-18', sent(1, '2026-03-17'))).toMatchObject({
        _tag: 'SendReminder',
        level: 2,
        kind: 'demand',
        dueOn: '2026-03-30',
        isDue: false,
      });
      expect(
        withReminders('2026-04-13', sent(1, '2026-03-17'), sent(2, '2026-03-30')),
      ).toMatchObject({
        _tag: 'SendReminder',
        level: 3,
        kind: 'final-notice',
        channel: 'post',
        dueOn: '2026-04-13',
        isDue: true,
      });
    });

    it('proposes the hand-over when the hand-over level is next, moved past Koningsdag', () => {
      const all = [
        sent(1, '2026-03-17'),
        sent(2, '2026-03-30'),
        sent(3, '2026-04-13', 'final-notice'),
      ];
      expect(withReminders('2026-04-27', ...all)).toEqual({
        _tag: 'HandOver',
        level: 4,
        timing: 'ladder',
        dueOn: '2026-04-28',
        isDue: false,
      });
    });

    it('goes on from the highest level sent, whatever the order they were recorded in', () => {
      const action = withReminders('2026-04-20', sent(2, '2026-03-30'), sent(1, '2026-03-17'));
      expect(action).toMatchObject({ level: 3 });
    });

    it('skips levels the ladder does not have', () => {
      const policy: ReminderPolicy = {
        ...POLICY,
        ladder: [rung(1, 'reminder', 1), rung(5, 'demand', 10)],
      };
      const invoice = openInvoice({ remindersSent: [sent(1, '2026-03-17')] });
      expect(nextAction(inputOn('2026-04-01', { invoice, policy }))).toMatchObject({ level: 5 });
    });

    it('does nothing more once the ladder is done', () => {
      const done = [1, 2, 3, 4].map((level) => sent(level, '2026-04-28'));
      expect(withReminders('2026-06-01', ...done)).toEqual({
        _tag: 'Nothing',
        why: 'ladder-complete',
      });
    });

    it('does nothing without a ladder', () => {
      const input = inputOn('2026-06-01', { policy: { ...POLICY, ladder: [] } });
      expect(nextAction(input)).toEqual({ _tag: 'Nothing', why: 'no-ladder' });
    });

    it('keeps the ladder spacing after a reminder that went out late', () => {
      expect(withReminders('2026-04-15', sent(1, '2026-04-10'))).toMatchObject({
        level: 2,
        dueOn: '2026-04-23',
        isDue: false,
      });
    });

    it('starts an old imported case at the first level, not at the end of the ladder', () => {
      const invoice = openInvoice({ issueDate: date('2022-05-02'), dueDate: date('2022-05-16') });
      const first = nextAction(inputOn('2026-03-17', { invoice }));
      expect(first).toMatchObject({ _tag: 'SendReminder', level: 1, isDue: true });
      const afterIt = openInvoice({ ...invoice, remindersSent: [sent(1, '2026-03-17')] });
      expect(nextAction(inputOn('2026-03-18', { invoice: afterIt }))).toMatchObject({
        level: 2,
        dueOn: '2026-03-30',
        isDue: false,
      });
    });

    it('never reminds on or before the due date, even for a rung set before it', () => {
      const policy: ReminderPolicy = { ...POLICY, ladder: [rung(1, 'reminder', -3)] };
      expect(nextAction(inputOn('2026-03-13', { policy }))).toMatchObject({
        dueOn: '2026-03-17',
        isDue: false,
      });
    });
  });

  describe('with a reminder offset agreed with the debtor', () => {
    const input = (today: string, reminders: ReturnType<typeof sent>[] = []): NextActionInput =>
      inputOn(today, {
        invoice: openInvoice({ remindersSent: reminders }),
        debtor: { kind: 'business', reminderOffsetDays: 7 },
      });

    it('puts the first reminder on the agreed day after the due date', () => {
      expect(nextAction(input('2026-03-20'))).toMatchObject({
        level: 1,
        timing: 'debtor-override',
        dueOn: '2026-03-23',
        isDue: false,
      });
    });

    it('moves the later levels with it, keeping their spacing', () => {
      expect(nextAction(input('2026-03-24', [sent(1, '2026-03-23')]))).toMatchObject({
        level: 2,
        dueOn: '2026-04-07', // due + 20 is Easter Sunday, then Easter Monday
      });
    });
  });

  describe('for a consumer', () => {
    const afterFinalNotice = (
      kind: 'business' | 'consumer',
      noticeOn: string,
      stated: { readonly deadline?: string } = {},
    ) =>
      nextAction(
        inputOn('2026-04-28', {
          debtor: { kind, reminderOffsetDays: null },
          invoice: openInvoice({
            remindersSent: [
              sent(1, '2026-03-17'),
              sent(2, '2026-03-30'),
              {
                ...sent(3, noticeOn, 'final-notice'),
                ...(stated.deadline === undefined ? {} : { deadline: date(stated.deadline) }),
              },
            ],
          }),
        }),
      );

    // Sent Thursday 23 April 2026: presumed received Saturday the 25th (second post day);
    // 14 days end Saturday 9 May, which the Algemene termijnenwet moves to Monday 11 May.
    it.each([
      ['no stated deadline (an old event): the correct one', {}, '2026-05-12'],
      ['the correct deadline', { deadline: '2026-05-11' }, '2026-05-12'],
      ['a later stated deadline binds', { deadline: '2026-05-20' }, '2026-05-21'],
      [
        'a too early stated deadline does not shorten the term',
        { deadline: '2026-05-07' },
        '2026-05-12',
      ],
    ])('hands over the business day after the deadline: %s', (_case, stated, handOverOn) => {
      expect(afterFinalNotice('consumer', '2026-04-23', stated)).toMatchObject({
        _tag: 'HandOver',
        dueOn: handOverOn,
        isDue: false,
      });
    });

    it('waits for the latest deadline of several final notices', () => {
      const action = nextAction(
        inputOn('2026-04-28', {
          debtor: { kind: 'consumer', reminderOffsetDays: null },
          policy: {
            ...POLICY,
            ladder: [
              ...LADDER.filter((r) => r.kind !== 'hand-over'),
              rung(4, 'final-notice', 40, 'post'),
              rung(5, 'hand-over', 56, 'post'),
            ],
          },
          invoice: openInvoice({
            remindersSent: [
              { ...sent(3, '2026-04-23', 'final-notice'), deadline: date('2026-05-25') },
              { ...sent(4, '2026-04-27', 'final-notice'), deadline: date('2026-05-14') },
            ],
          }),
        }),
      );
      expect(action).toMatchObject({ _tag: 'HandOver', dueOn: '2026-05-26' });
    });

    it('does not wait that long for a business debtor', () => {
      expect(afterFinalNotice('business', '2026-04-23')).toMatchObject({
        _tag: 'HandOver',
        dueOn: '2026-05-07',
      });
    });
  });

  describe('on business days', () => {
    it('moves a rung that falls on a Saturday to the Monday', () => {
      const invoice = openInvoice({ dueDate: date('2026-03-20') });
      expect(nextAction(inputOn('2026-03-21', { invoice }))).toMatchObject({
        dueOn: '2026-03-23',
        isDue: false,
      });
    });

    it('never schedules a rung before its ladder day, and always on a business day', () => {
      const anyDueDate = fc
        .tuple(
          fc.integer({ min: 2020, max: 2040 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
        )
        .map(([y, m, d]) => dateFromParts(y, m, d));
      fc.assert(
        fc.property(
          anyDueDate,
          fc.integer({ min: 0, max: LADDER.length - 1 }),
          (dueDate, levelsSent) => {
            const reminders = LADDER.slice(0, levelsSent).map((r) =>
              sent(r.level, addDays(dueDate, r.afterDueDays), r.kind),
            );
            const invoice = openInvoice({
              issueDate: addDays(dueDate, -14),
              dueDate,
              remindersSent: reminders,
            });
            const action = nextAction(
              inputOn('2026-01-01', { invoice, calendar: DUTCH_BUSINESS_CALENDAR }),
            );
            const expected = LADDER[levelsSent];
            expect(action).toMatchObject({ level: expected?.level });
            if (action._tag === 'Nothing' || expected === undefined)
              throw new Error('expected a rung');
            expect(isBusinessDay(action.dueOn, DUTCH_BUSINESS_CALENDAR)).toBe(true);
            expect(
              daysBetween(addDays(dueDate, expected.afterDueDays), action.dueOn),
            ).toBeGreaterThanOrEqual(0);
          },
        ),
      );
    });
  });
});
