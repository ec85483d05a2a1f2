import { Arrangement, InvoiceState, LivePromise } from '../invoice/invoice.state';
import { isBusinessDay, DUTCH_BUSINESS_CALENDAR } from '../shared/business-calendar';
import { isActionDue, nextAction } from './next-action';
import { NextAction } from './next-action.types';
import {
  date,
  eur,
  inputOn,
  instantOf,
  openInvoice,
  POLICY,
  sent,
} from './scheduling.spec-helpers';

const actionOn = (today: string, invoice: InvoiceState): NextAction =>
  nextAction(inputOn(today, { invoice }));

const promise = (promisedDate: string, heldDays = 0): LivePromise => ({
  promisedDate: date(promisedDate),
  promisedOn: date('2026-03-18'),
  amount: null,
  paidBefore: eur(0),
  heldDays,
});

/** EUR 60.50 due Friday 20 March, EUR 60.50 due Monday 20 April. */
const arrangement = (paidBefore = 0, installment = 6050, heldDays = 0): Arrangement => ({
  installments: [
    { dueDate: date('2026-03-20'), amount: eur(installment) },
    { dueDate: date('2026-04-20'), amount: eur(installment) },
  ],
  agreedOn: date('2026-03-18'),
  paidBefore: eur(paidBefore),
  heldDays,
});

const paidSoFar = (cents: number) => ({ paid: eur(cents), outstanding: eur(12100 - cents) });

describe('Next action', () => {
  describe('for a closed invoice', () => {
    it.each([
      ['settled', { ...openInvoice(), status: 'settled', settledOn: date('2026-03-20') }],
      [
        'written-off',
        { ...openInvoice(), status: 'written-off', writtenOffOn: date('2026-03-20') },
      ],
      [
        'handed-over',
        { ...openInvoice(), status: 'handed-over', handedOverOn: date('2026-03-20') },
      ],
      ['unissued', { status: 'unissued' }],
    ] as const)('does nothing when %s', (why, invoice) => {
      expect(actionOn('2026-06-01', invoice)).toEqual({ _tag: 'Nothing', why });
    });

    it('does nothing for an open invoice with nothing left to collect', () => {
      const invoice = openInvoice({ credited: eur(12100), outstanding: eur(0) });
      expect(actionOn('2026-06-01', invoice)).toEqual({
        _tag: 'Nothing',
        why: 'nothing-outstanding',
      });
    });
  });

  describe('on hold', () => {
    const hold = { reason: 'awaiting-credit-note', since: date('2026-03-10'), note: null } as const;

    it('sends no reminder, however far past the due date', () => {
      expect(actionOn('2026-06-01', openInvoice({ hold }))).toEqual({
        _tag: 'Nothing',
        why: 'on-hold',
      });
    });

    it('does not watch a promise either', () => {
      const invoice = openInvoice({ hold, promise: promise('2026-03-20') });
      expect(actionOn('2026-06-01', invoice)).toEqual({ _tag: 'Nothing', why: 'on-hold' });
    });

    it('resumes the ladder at the next level once released', () => {
      const invoice = openInvoice({ hold: null, remindersSent: [sent(1, '2026-03-17')] });
      expect(actionOn('2026-06-01', invoice)).toMatchObject({
        _tag: 'SendReminder',
        level: 2,
        isDue: true,
      });
    });
  });

  describe('with a live payment promise', () => {
    const invoice = openInvoice({
      remindersSent: [sent(1, '2026-03-17')],
      promise: promise('2026-03-20'),
    });

    it('only watches for the promise to break, the day after the grace days', () => {
      expect(actionOn('2026-03-31', invoice)).toEqual({
        _tag: 'BreakPromise',
        promisedDate: '2026-03-20',
        dueOn: '2026-03-24',
        isDue: true,
      });
    });

    it('is not broken during the grace days', () => {
      expect(actionOn('2026-03-23', invoice)).toMatchObject({ _tag: 'BreakPromise', isDue: false });
    });

    it('breaks on the first business day after the grace, past Easter', () => {
      // Promised Thursday 2 April; grace runs out Easter Sunday; Easter Monday is closed.
      const overEaster = openInvoice({ promise: promise('2026-04-02') });
      expect(actionOn('2026-04-07', overEaster)).toMatchObject({
        dueOn: '2026-04-07',
        isDue: true,
      });
    });

    it('gives a promise its days on hold back: the break day moves on by them', () => {
      // Promised Friday 20 March, then 7 days on hold: to be kept by Friday 27 March, grace
      // to Monday 30 March, broken from Tuesday 31 March (24 March without the hold).
      const afterHold = openInvoice({ promise: promise('2026-03-20', 7) });
      expect(actionOn('2026-03-30', afterHold)).toEqual({
        _tag: 'BreakPromise',
        promisedDate: '2026-03-20',
        dueOn: '2026-03-31',
        isDue: false,
      });
    });

    it('resumes the ladder where it was once broken', () => {
      const broken = openInvoice({ remindersSent: [sent(1, '2026-03-17')], promise: null });
      expect(actionOn('2026-03-31', broken)).toMatchObject({
        _tag: 'SendReminder',
        level: 2,
        dueOn: '2026-03-30',
        isDue: true,
      });
    });
  });

  describe('under a payment arrangement', () => {
    it('watches the first unpaid installment, defaulting after its grace days', () => {
      const invoice = openInvoice({ arrangement: arrangement() });
      expect(actionOn('2026-03-24', invoice)).toEqual({
        _tag: 'DefaultArrangement',
        missedDueDate: '2026-03-20',
        dueOn: '2026-03-24',
        isDue: true,
      });
      expect(actionOn('2026-03-23', invoice)).toMatchObject({ isDue: false });
    });

    it('moves the installment on by the days its invoice was on hold (docs/adr/0029)', () => {
      // 20 March + 7 days on hold = 27 March, then the grace days: Tuesday 31 March.
      const invoice = openInvoice({ arrangement: arrangement(0, 6050, 7) });
      expect(actionOn('2026-03-31', invoice)).toEqual({
        _tag: 'DefaultArrangement',
        missedDueDate: '2026-03-20',
        dueOn: '2026-03-31',
        isDue: true,
      });
      expect(actionOn('2026-03-30', invoice)).toMatchObject({ isDue: false });
    });

    it('counts a partly paid installment as unpaid', () => {
      const invoice = openInvoice({ arrangement: arrangement(), ...paidSoFar(3000) });
      expect(actionOn('2026-03-24', invoice)).toMatchObject({ missedDueDate: '2026-03-20' });
    });

    it('moves on to the next installment once the first is paid', () => {
      const invoice = openInvoice({ arrangement: arrangement(), ...paidSoFar(6050) });
      expect(actionOn('2026-03-25', invoice)).toEqual({
        _tag: 'DefaultArrangement',
        missedDueDate: '2026-04-20',
        dueOn: '2026-04-24',
        isDue: false,
      });
    });

    it('counts only what was paid since the arrangement was agreed', () => {
      // EUR 60.00 had been paid before; the remaining EUR 61.00 is split in two.
      const before = arrangement(6000, 3050);
      const nothingSince = openInvoice({ arrangement: before, ...paidSoFar(6000) });
      expect(actionOn('2026-03-25', nothingSince)).toMatchObject({ missedDueDate: '2026-03-20' });
      const firstSince = openInvoice({ arrangement: before, ...paidSoFar(9050) });
      expect(actionOn('2026-03-25', firstSince)).toMatchObject({ missedDueDate: '2026-04-20' });
    });

    it('sends no reminder while it runs', () => {
      const invoice = openInvoice({ arrangement: arrangement(), ...paidSoFar(6050) });
      expect(actionOn('2026-04-15', invoice)._tag).toBe('DefaultArrangement');
    });

    it('asks nothing once every installment is paid', () => {
      const invoice = openInvoice({ arrangement: arrangement(0, 5000), ...paidSoFar(10000) });
      expect(actionOn('2026-05-01', invoice)).toEqual({
        _tag: 'Nothing',
        why: 'arrangement-fulfilled',
      });
    });

    it('resumes the ladder at the next level after a default', () => {
      const defaulted = openInvoice({ arrangement: null, remindersSent: [sent(1, '2026-03-17')] });
      expect(actionOn('2026-04-01', defaulted)).toMatchObject({ _tag: 'SendReminder', level: 2 });
    });
  });

  describe('after the terms were adjusted', () => {
    it('runs the ladder from the new due date', () => {
      const invoice = openInvoice({ dueDate: date('2026-04-01'), paymentTermDays: 30 });
      expect(actionOn('2026-03-20', invoice)).toMatchObject({
        _tag: 'SendReminder',
        level: 1,
        dueOn: '2026-04-02',
        isDue: false,
      });
    });

    it('re-anchors the remaining levels when a reminder had gone out already', () => {
      const invoice = openInvoice({
        dueDate: date('2026-04-01'),
        paymentTermDays: 30,
        remindersSent: [sent(1, '2026-03-17')],
      });
      expect(actionOn('2026-03-31', invoice)).toMatchObject({
        level: 2,
        dueOn: '2026-04-15',
        isDue: false,
      });
    });
  });

  describe('as of an instant', () => {
    it('reckons today in Amsterdam, not in UTC', () => {
      const input = inputOn('2026-03-16');
      const justAfterMidnight = nextAction({ ...input, now: instantOf('2026-03-16T23:30:00Z') });
      const justBefore = nextAction({ ...input, now: instantOf('2026-03-16T22:59:00Z') });
      expect(justAfterMidnight).toMatchObject({ dueOn: '2026-03-17', isDue: true });
      expect(justBefore).toMatchObject({ dueOn: '2026-03-17', isDue: false });
    });

    it('says an action is to be taken only when it is scheduled and due', () => {
      expect(isActionDue(actionOn('2026-03-17', openInvoice()))).toBe(true);
      expect(isActionDue(actionOn('2026-03-16', openInvoice()))).toBe(false);
      expect(isActionDue({ _tag: 'Nothing', why: 'settled' })).toBe(false);
    });
  });

  it('schedules every action on a business day', () => {
    const invoices = [
      openInvoice(),
      openInvoice({ promise: promise('2026-04-02') }),
      openInvoice({ arrangement: arrangement() }),
      openInvoice({
        remindersSent: [sent(1, '2026-03-17'), sent(2, '2026-03-30'), sent(3, '2026-04-13')],
      }),
    ];
    for (const invoice of invoices) {
      const action = nextAction(inputOn('2026-03-16', { invoice, policy: POLICY }));
      if (action._tag === 'Nothing') throw new Error('expected an action');
      expect(isBusinessDay(action.dueOn, DUTCH_BUSINESS_CALENDAR)).toBe(true);
    }
  });
});
