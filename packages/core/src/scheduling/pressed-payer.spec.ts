import { ReminderPolicy } from '../policy/policy.events';
import { nextAction, NextActionInput } from './next-action';
import { isPressedPayer, PRESSED_FINAL_NOTICE_DAYS } from './pressed-payer';
import { SchedulingBehaviour } from './scheduling.inputs';
import { finalNoticeDeadline } from './next-rung';
import { date, inputOn, LADDER, openInvoice, POLICY, rung, sent } from './scheduling.spec-helpers';
import { DUTCH_BUSINESS_CALENDAR } from '../shared/business-calendar';
import { addDays } from '../shared/calendar-date';

/** Paid invoices, of which `afterDemand` only after a demand letter (days to pay are not read). */
const paid = (paidInvoices: number, afterDemand: number): SchedulingBehaviour => ({
  paidInvoices,
  medianDaysToPay: 40,
  p10DaysToPay: 30,
  p90DaysToPay: 50,
  meanDaysToPay: 40,
  paidAfterDemand: afterDemand,
});

const PRESSED = paid(4, 3);
const ADAPTIVE: ReminderPolicy = { ...POLICY, adaptive: true };

/** Due 16 March 2026; the first reminder went out on the 17th, the demand letter on the 30th. */
const afterDemand = (today: string, changes: Partial<NextActionInput> = {}) =>
  nextAction(
    inputOn(today, {
      policy: ADAPTIVE,
      behaviour: PRESSED,
      invoice: openInvoice({
        remindersSent: [sent(1, '2026-03-17'), sent(2, '2026-03-30', 'demand')],
      }),
      ...changes,
    }),
  );

describe('A pressed payer (docs/adr/0030)', () => {
  it('is one of whose paid invoices more than half were paid only after a demand letter', () => {
    expect(isPressedPayer(paid(4, 3))).toBe(true);
    expect(isPressedPayer(paid(3, 2))).toBe(true);
    expect(isPressedPayer(paid(4, 2))).toBe(false);
    expect(isPressedPayer(paid(2, 2))).toBe(false);
    expect(isPressedPayer(null)).toBe(false);
  });

  it('gets his final notice a week after the demand letter, not at the ladder’s day 28', () => {
    expect(PRESSED_FINAL_NOTICE_DAYS).toBe(7);
    // 30 March + 7 is Easter Monday, 6 April: the next business day. The ladder says 13 April.
    expect(afterDemand('2026-04-07')).toMatchObject({
      _tag: 'SendReminder',
      kind: 'final-notice',
      timing: 'adaptive',
      dueOn: '2026-04-07',
      isDue: true,
    });
  });

  it('counts the week from a demand letter sent late', () => {
    const late = openInvoice({
      remindersSent: [sent(1, '2026-03-17'), sent(2, '2026-04-02', 'demand')],
    });
    // 2 April + 7 = Thursday 9 April; the ladder's spacing would say 16 April.
    expect(afterDemand('2026-04-08', { invoice: late })).toMatchObject({
      kind: 'final-notice',
      timing: 'adaptive',
      dueOn: '2026-04-09',
      isDue: false,
    });
  });

  it('counts the week from the demand letter’s day on a due date moved since', () => {
    // Terms adjusted after the demand letter: due 30 April, so the demand letter's ladder day
    // is 14 May and the final notice comes a week later (the ladder would say 28 May).
    const moved = openInvoice({
      dueDate: date('2026-04-30'),
      remindersSent: [sent(1, '2026-03-17'), sent(2, '2026-03-30', 'demand')],
    });
    expect(afterDemand('2026-05-01', { invoice: moved })).toMatchObject({
      kind: 'final-notice',
      timing: 'adaptive',
      dueOn: '2026-05-21',
    });
  });

  it('counts the week from the first reminder on a ladder without a demand letter', () => {
    const noDemand = [
      rung(1, 'reminder', 1),
      rung(3, 'final-notice', 28),
      rung(4, 'hand-over', 49),
    ];
    const reminded = openInvoice({ remindersSent: [sent(1, '2026-03-17')] });
    expect(
      afterDemand('2026-03-18', { invoice: reminded, policy: { ...ADAPTIVE, ladder: noDemand } }),
    ).toMatchObject({ kind: 'final-notice', timing: 'adaptive', dueOn: '2026-03-24' });
  });

  it('gets his first reminder and demand letter on the ladder’s days', () => {
    const fresh = openInvoice();
    expect(afterDemand('2026-03-17', { invoice: fresh })).toMatchObject({
      kind: 'reminder',
      timing: 'ladder',
      dueOn: '2026-03-17',
    });
    const reminded = openInvoice({ remindersSent: [sent(1, '2026-03-17')] });
    expect(afterDemand('2026-03-18', { invoice: reminded })).toMatchObject({
      kind: 'demand',
      timing: 'ladder',
      dueOn: '2026-03-30',
    });
  });

  it('is handed over on the ladder’s day', () => {
    const noticed = openInvoice({
      remindersSent: [
        sent(1, '2026-03-17'),
        sent(2, '2026-03-30', 'demand'),
        sent(3, '2026-04-07', 'final-notice'),
      ],
    });
    expect(afterDemand('2026-04-08', { invoice: noticed })).toMatchObject({
      _tag: 'HandOver',
      timing: 'ladder',
      dueOn: '2026-04-28',
    });
  });

  it('hands a consumer over only after the deadline his sooner final notice gave', () => {
    const short = [...LADDER.slice(0, 3), rung(4, 'hand-over', 35, 'post')];
    const notice = sent(3, '2026-04-07', 'final-notice');
    const noticed = openInvoice({
      remindersSent: [sent(1, '2026-03-17'), sent(2, '2026-03-30', 'demand'), notice],
    });
    const consumer = { kind: 'consumer' as const, reminderOffsetDays: null };
    const handOver = afterDemand('2026-04-08', {
      invoice: noticed,
      debtor: consumer,
      policy: { ...ADAPTIVE, ladder: short },
    });
    // The ladder says 20 April; the 14-day letter of 7 April runs longer.
    const deadline = finalNoticeDeadline(notice, DUTCH_BUSINESS_CALENDAR);
    expect(deadline > date('2026-04-20')).toBe(true);
    expect(handOver).toMatchObject({ _tag: 'HandOver', dueOn: addDays(deadline, 1) });
  });

  it('keeps the ladder when the ladder itself spaces the final notice a week or less', () => {
    const tight = [rung(1, 'reminder', 1), rung(2, 'demand', 14), rung(3, 'final-notice', 17)];
    expect(afterDemand('2026-03-31', { policy: { ...ADAPTIVE, ladder: tight } })).toMatchObject({
      kind: 'final-notice',
      timing: 'ladder',
      dueOn: '2026-04-02',
    });
  });

  it('waits out the ladder when the tenant has adaptive timing off', () => {
    expect(afterDemand('2026-04-06', { policy: POLICY })).toMatchObject({
      kind: 'final-notice',
      timing: 'ladder',
      dueOn: '2026-04-13',
    });
  });

  it('waits out the ladder when he paid at most half his invoices under pressure', () => {
    expect(afterDemand('2026-04-06', { behaviour: paid(4, 2) })).toMatchObject({
      kind: 'final-notice',
      timing: 'ladder',
      dueOn: '2026-04-13',
    });
  });

  it('keeps an offset agreed with him over the sooner final notice', () => {
    const agreed = { kind: 'business' as const, reminderOffsetDays: 1 };
    expect(afterDemand('2026-04-06', { debtor: agreed })).toMatchObject({
      kind: 'final-notice',
      timing: 'debtor-override',
      dueOn: '2026-04-13',
    });
  });
});
