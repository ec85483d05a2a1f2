import { cmd } from './invoice.spec-commands';
import {
  AMOUNT,
  at,
  day,
  DEBTOR_ID,
  eur,
  ev,
  given,
  INVOICE_ID,
  LINK,
  text,
} from './invoice.spec-helpers';

describe('Invoice', () => {
  describe('issuing', () => {
    const now = at('2026-01-05');

    it('records the due date computed from the payment term', () =>
      given()
        .when(cmd.issue(now, { dueBy: { paymentTermDays: 30 } }))
        .thenEmits(ev.issued({ dueDate: day('2026-02-04'), paymentTermDays: 30 })));

    it('records the payment term computed from an explicit due date', () =>
      given()
        .when(cmd.issue(now, { dueBy: { dueDate: day('2026-01-26') } }))
        .thenEmits(ev.issued({ dueDate: day('2026-01-26'), paymentTermDays: 21 })));

    it('may fall due on its issue date', () =>
      given()
        .when(cmd.issue(now, { dueBy: { paymentTermDays: 0 } }))
        .thenEmits(ev.issued({ dueDate: day('2026-01-05'), paymentTermDays: 0 })));

    it('carries no payment link when none was given', () => {
      const { paymentLink: _link, ...withoutLink } = cmd.issue(now);
      const state = given().when(withoutLink).thenState();
      expect(state).toMatchObject({
        paymentLink: null,
        invoiceId: INVOICE_ID,
        debtorId: DEBTOR_ID,
      });
    });

    it('starts open with everything owed', () => {
      const state = given().when(cmd.issue(now)).thenState();
      expect(state).toMatchObject({
        status: 'open',
        number: text('2026-001'),
        paymentLink: LINK,
        outstanding: AMOUNT,
        paid: eur(0),
        credited: eur(0),
        creditBalance: eur(0),
      });
    });

    it.each([0, -100])('refuses an amount of %i', (cents) =>
      given()
        .when(cmd.issue(now, { amount: eur(cents) }))
        .thenRejects('NonPositiveAmount', { amount: eur(cents) }),
    );

    it('refuses an invoice dated after today, in Europe/Amsterdam', () =>
      given()
        .when(cmd.issue(now, { issueDate: day('2026-01-06') }))
        .thenRejects('IssueDateInFuture', { issueDate: '2026-01-06', today: '2026-01-05' }));

    it('takes an invoice dated today just after midnight in Amsterdam, still yesterday in UTC', () =>
      given()
        .when(cmd.issue(at('2026-01-06', 0), { issueDate: day('2026-01-06') }))
        .thenEmits(ev.issued({ issueDate: day('2026-01-06'), dueDate: day('2026-01-20') })));

    it('takes an old case with its historical date (story 2)', () =>
      given()
        .when(cmd.issue(now, { issueDate: day('2019-03-01'), dueBy: { paymentTermDays: 30 } }))
        .thenEmits(
          ev.issued({
            issueDate: day('2019-03-01'),
            dueDate: day('2019-03-31'),
            paymentTermDays: 30,
          }),
        ));

    it('refuses a due date before the issue date', () =>
      given()
        .when(cmd.issue(now, { dueBy: { dueDate: day('2026-01-04') } }))
        .thenRejects('InvalidTerms', { dueDate: '2026-01-04', paymentTermDays: -1 }));

    it.each([-1, 14.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9])(
      'refuses a payment term of %p days',
      (days) =>
        given()
          .when(cmd.issue(now, { dueBy: { paymentTermDays: days } }))
          .thenRejects('InvalidTerms', { dueDate: null }),
    );
  });

  describe('adjusting terms', () => {
    const now = at('2026-01-10');

    it('moves the due date and keeps the previous one in the record', () =>
      given(ev.issued())
        .when(cmd.adjustTerms(now, { paymentTermDays: 30 }))
        .thenEmits({
          type: 'TermsAdjusted',
          data: {
            previousDueDate: day('2026-01-19'),
            dueDate: day('2026-02-04'),
            paymentTermDays: 30,
          },
        }));

    it('derives the term from a new due date', () =>
      given(ev.issued())
        .when(cmd.adjustTerms(now, { dueDate: day('2026-02-05') }))
        .thenEmits({
          type: 'TermsAdjusted',
          data: {
            previousDueDate: day('2026-01-19'),
            dueDate: day('2026-02-05'),
            paymentTermDays: 31,
          },
        }));

    it('records nothing when the terms do not change', () =>
      given(ev.issued())
        .when(cmd.adjustTerms(now, { dueDate: day('2026-01-19') }))
        .thenEmits());

    it('refuses a due date before the issue date', () =>
      given(ev.issued())
        .when(cmd.adjustTerms(now, { dueDate: day('2025-12-31') }))
        .thenRejects('InvalidTerms', { issueDate: '2026-01-05', dueDate: '2025-12-31' }));

    it('re-anchors reminders on the new due date', () =>
      given(ev.issued(), ev.termsAdjusted('2026-01-19', '2026-02-04', 30))
        .when(cmd.sendReminder(at('2026-01-25'), 1))
        .thenRejects('NotYetDue', { dueDate: '2026-02-04', today: '2026-01-25' }));

    it('keeps reminder levels already sent', () =>
      given(
        ev.issued(),
        ev.reminderSent(1, '2026-01-22'),
        ev.termsAdjusted('2026-01-19', '2026-02-04', 30),
      )
        .when(cmd.sendReminder(at('2026-02-10'), 1))
        .thenRejects('LevelAlreadySent', { level: 1 }));

    it('is allowed while the invoice is on hold, which stays on', () => {
      const state = given(ev.issued(), ev.putOnHold('dispute', '2026-01-08'))
        .when(cmd.adjustTerms(now, { paymentTermDays: 30 }))
        .thenState();
      expect(state).toMatchObject({ dueDate: '2026-02-04', hold: { reason: 'dispute' } });
    });
  });
});
