import { Instant } from '../shared/instant';
import { InvoiceCommand } from './invoice.commands';
import { PAYMENT_PROMISED } from './invoice.decide-workflow';
import { cmd } from './invoice.spec-commands';
import {
  AMOUNT,
  at,
  day,
  eur,
  ev,
  given,
  installment,
  instantOf,
  usd,
} from './invoice.spec-helpers';

const overdue = at('2026-01-20');

// The command type forbids this kind; JSON read by the shell does not.
const handOverAsReminder = (now: Instant, level: number): InvoiceCommand =>
  ({ ...cmd.sendReminder(now, level), kind: 'hand-over' }) as unknown as InvoiceCommand;

describe('Invoice', () => {
  describe('sending a reminder', () => {
    it('sends it the day after the due date', () =>
      given(ev.issued())
        .when(cmd.sendReminder(overdue, 1, { kind: 'reminder', channel: 'post' }))
        .thenEmits({
          type: 'ReminderSent',
          data: { level: 1, kind: 'reminder', channel: 'post', sentOn: day('2026-01-20') },
        }));

    it('reckons today in Amsterdam, not in UTC', () =>
      given(ev.issued())
        .when(cmd.sendReminder(instantOf('2026-01-19T23:30:00Z'), 1))
        .thenEmits(ev.reminderSent(1, '2026-01-20')));

    it('is not yet due on the due date itself', () =>
      given(ev.issued())
        .when(cmd.sendReminder(at('2026-01-19', 23), 1))
        .thenRejects('NotYetDue', { dueDate: '2026-01-19', today: '2026-01-19' }));

    it('sends a higher level after a lower one', () =>
      given(ev.issued(), ev.reminderSent(1, '2026-01-20'))
        .when(cmd.sendReminder(at('2026-02-03'), 2, { kind: 'demand' }))
        .thenEmits(ev.reminderSent(2, '2026-02-03')));

    it.each([1, 2])('never sends level %i again once level 2 went out', (level) =>
      given(ev.issued(), ev.reminderSent(1, '2026-01-20'), ev.reminderSent(2, '2026-02-03'))
        .when(cmd.sendReminder(at('2026-02-20'), level))
        .thenRejects('LevelAlreadySent', { level }),
    );

    it.each([0, -1, 1.5])('refuses level %p', (level) =>
      given(ev.issued())
        .when(cmd.sendReminder(overdue, level))
        .thenRejects('InvalidLevel', { level }),
    );

    it('refuses a hand-over sent as a reminder, from untyped input', () =>
      given(ev.issued())
        .when(handOverAsReminder(overdue, 1))
        .thenRejects('HandOverIsNotAReminder', { level: 1 }));

    describe('on hold', () => {
      it('sends no reminder', () =>
        given(ev.issued(), ev.putOnHold('awaiting-credit-note', '2026-01-12'))
          .when(cmd.sendReminder(overdue, 1))
          .thenRejects('OnHold', { reason: 'awaiting-credit-note' }));

      it('sends again once released', () =>
        given(ev.issued(), ev.putOnHold('dispute', '2026-01-12'), ev.holdReleased('2026-01-25'))
          .when(cmd.sendReminder(at('2026-01-26'), 1))
          .thenEmits(ev.reminderSent(1, '2026-01-26')));
    });

    describe('under a payment promise', () => {
      const promised = [ev.issued(), ev.promised('2026-01-30', '2026-01-21')];

      it('sends no reminder while the promise is live', () =>
        given(...promised)
          .when(cmd.sendReminder(at('2026-02-02'), 1))
          .thenRejects('UnderPromise', { promisedDate: '2026-01-30', keepBy: '2026-01-30' }));

      it('names the date the promise moved to after a hold (docs/adr/0028)', () =>
        // On hold 25 → 29 January: 4 days, so 30 January becomes 3 February.
        given(...promised, ev.putOnHold('dispute', '2026-01-25'), ev.holdReleased('2026-01-29'))
          .when(cmd.sendReminder(at('2026-02-02'), 1))
          .thenRejects('UnderPromise', { promisedDate: '2026-01-30', keepBy: '2026-02-03' }));

      it('resumes once the promise is broken', () =>
        given(...promised, ev.promiseBroken('2026-01-30', '2026-02-03'))
          .when(cmd.sendReminder(at('2026-02-03'), 1))
          .thenEmits(ev.reminderSent(1, '2026-02-03')));
    });

    describe('under an arrangement', () => {
      const agreed = [ev.issued(), ev.arrangement('2026-01-21', installment('2026-02-01', 12100))];

      it('sends no regular reminder', () =>
        given(...agreed)
          .when(cmd.sendReminder(at('2026-01-25'), 1))
          .thenRejects('UnderArrangement'));

      it('resumes once the arrangement is defaulted', () =>
        given(...agreed, ev.defaulted('2026-02-01', '2026-02-05'))
          .when(cmd.sendReminder(at('2026-02-05'), 1))
          .thenEmits(ev.reminderSent(1, '2026-02-05')));
    });
  });

  describe('putting on hold', () => {
    it('records the reason, the day and the note', () =>
      given(ev.issued())
        .when(cmd.putOnHold(overdue, 'awaiting-credit-note', { note: 'second credit note' }))
        .thenEmits({
          type: 'PutOnHold',
          data: {
            reason: 'awaiting-credit-note',
            since: day('2026-01-20'),
            note: 'second credit note',
          },
        }));

    it('holds once at a time', () =>
      given(ev.issued(), ev.putOnHold('dispute', '2026-01-12'))
        .when(cmd.putOnHold(overdue, 'clarification'))
        .thenRejects('AlreadyOnHold', { reason: 'dispute' }));
  });

  describe('releasing a hold', () => {
    it('records the release', () =>
      given(ev.issued(), ev.putOnHold('dispute', '2026-01-12'))
        .when(cmd.releaseHold(overdue))
        .thenEmits(ev.holdReleased('2026-01-20')));

    it('refuses when there is no hold', () =>
      given(ev.issued()).when(cmd.releaseHold(overdue)).thenRejects('NotOnHold'));
  });

  describe('promising payment', () => {
    it('records the promised date and amount', () =>
      given(ev.issued())
        .when(cmd.promise(overdue, '2026-01-23', { amount: AMOUNT }))
        .thenEmits(ev.promised('2026-01-23', '2026-01-20', AMOUNT)));

    it('may promise to pay today', () =>
      given(ev.issued())
        .when(cmd.promise(overdue, '2026-01-20'))
        .thenEmits(ev.promised('2026-01-20', '2026-01-20')));

    it('replaces a live promise', () => {
      const state = given(ev.issued(), ev.promised('2026-01-23', '2026-01-20'))
        .when(cmd.promise(at('2026-01-22'), '2026-01-30'))
        .thenState();
      expect(state).toMatchObject({
        promise: { promisedDate: '2026-01-30', promisedOn: '2026-01-22' },
      });
    });

    describe('on hold', () => {
      const onHold = [ev.issued(), ev.putOnHold('dispute', '2026-01-12')];

      it('releases the hold first: a dispute can end in a promise', () =>
        given(...onHold)
          .when(cmd.promise(overdue, '2026-01-23'))
          .thenEmits(
            ev.holdReleased('2026-01-20', PAYMENT_PROMISED),
            ev.promised('2026-01-23', '2026-01-20'),
          ));

      it('leaves the promise, not the hold, in charge of the workflow', () => {
        const state = given(...onHold)
          .when(cmd.promise(overdue, '2026-01-23', { amount: AMOUNT }))
          .thenState();
        expect(state).toMatchObject({
          hold: null,
          promise: { promisedDate: '2026-01-23', promisedOn: '2026-01-20', amount: AMOUNT },
        });
      });

      it('keeps the hold when the promise is refused', () =>
        given(...onHold)
          .when(cmd.promise(overdue, '2026-01-19'))
          .thenRejects('PromiseInPast', { promisedDate: '2026-01-19' }));
    });

    it('refuses a date in the past', () =>
      given(ev.issued())
        .when(cmd.promise(overdue, '2026-01-19'))
        .thenRejects('PromiseInPast', { promisedDate: '2026-01-19', today: '2026-01-20' }));

    it('refuses an amount in another currency', () =>
      given(ev.issued())
        .when(cmd.promise(overdue, '2026-01-23', { amount: usd(100) }))
        .thenRejects('CurrencyMismatch', { expected: 'EUR', actual: 'USD' }));

    it('refuses an amount of nothing', () =>
      given(ev.issued())
        .when(cmd.promise(overdue, '2026-01-23', { amount: eur(0) }))
        .thenRejects('NonPositiveAmount'));

    it('refuses under an arrangement, whose installments are the promise', () =>
      given(ev.issued(), ev.arrangement('2026-01-20', installment('2026-02-01', 12100)))
        .when(cmd.promise(overdue, '2026-01-23'))
        .thenRejects('UnderArrangement'));
  });

  describe('breaking a promise', () => {
    const promised = [ev.issued(), ev.promised('2026-01-23', '2026-01-20')];

    it('records it the day after the promised date at the earliest', () =>
      given(...promised)
        .when(cmd.breakPromise(at('2026-01-24')))
        .thenEmits(ev.promiseBroken('2026-01-23', '2026-01-24')));

    it('refuses on the promised date itself', () =>
      given(...promised)
        .when(cmd.breakPromise(at('2026-01-23', 22)))
        .thenRejects('PromiseNotYetDue', { promisedDate: '2026-01-23', keepBy: '2026-01-23' }));

    it('gives the promise its days on hold: not broken until they have passed too', () => {
      const heldAWeek = [
        ...promised,
        ev.putOnHold('dispute', '2026-01-21'),
        ev.holdReleased('2026-01-28'),
      ];
      given(...heldAWeek)
        .when(cmd.breakPromise(at('2026-01-30')))
        .thenRejects('PromiseNotYetDue', { promisedDate: '2026-01-23', keepBy: '2026-01-30' });
      given(...heldAWeek)
        .when(cmd.breakPromise(at('2026-01-31')))
        .thenEmits(ev.promiseBroken('2026-01-23', '2026-01-31'));
    });

    it('refuses while a hold that began by the promised date still runs', () =>
      given(...promised, ev.putOnHold('dispute', '2026-01-23'))
        .when(cmd.breakPromise(at('2026-02-10')))
        .thenRejects('OnHold', { reason: 'dispute' }));

    it('breaks a promise already due when the hold began after its date', () =>
      given(...promised, ev.putOnHold('dispute', '2026-01-24'))
        .when(cmd.breakPromise(at('2026-02-10')))
        .thenEmits(ev.promiseBroken('2026-01-23', '2026-02-10')));

    it('refuses when no promise is live', () =>
      given(...promised, ev.promiseKept('2026-01-23', '2026-01-22'))
        .when(cmd.breakPromise(at('2026-01-24')))
        .thenRejects('NoLivePromise'));
  });
});
