import { cmd } from './invoice.spec-commands';
import { AMOUNT, at, day, eur, ev, given, installment, usd } from './invoice.spec-helpers';

const now = at('2026-01-25');

describe('Invoice', () => {
  describe('recording a payment', () => {
    it('records a partial payment and keeps the rest owed', () => {
      const when = given(ev.issued()).when(
        cmd.pay(now, eur(2100), '2026-01-24', { reference: 'NL12' }),
      );
      when.thenEmits({
        type: 'Paid',
        data: { amount: eur(2100), paidOn: day('2026-01-24'), reference: 'NL12' },
      });
      expect(when.thenState()).toMatchObject({
        status: 'open',
        outstanding: eur(10000),
        paid: eur(2100),
      });
    });

    it('settles on the payment that leaves nothing owed, on the day it was paid', () => {
      const state = given(ev.issued(), ev.paid(eur(2100), '2026-01-10'))
        .when(cmd.pay(now, eur(10000), '2026-01-22'))
        .thenState();
      expect(state).toMatchObject({
        status: 'settled',
        settledOn: '2026-01-22',
        outstanding: eur(0),
      });
    });

    it('settles on the latest payment date when the final payment is backdated', () => {
      const state = given(ev.issued(), ev.paid(eur(10000), '2026-01-22'))
        .when(cmd.pay(now, eur(2100), '2026-01-10'))
        .thenState();
      expect(state).toMatchObject({ status: 'settled', settledOn: '2026-01-22' });
    });

    it('records an overpayment whole and keeps the excess as a credit balance', () =>
      given(ev.issued(), ev.paid(eur(2100), '2026-01-10'))
        .when(cmd.pay(now, eur(10500), '2026-01-22'))
        .thenEmits(ev.paid(eur(10500), '2026-01-22'), ev.creditBalance(eur(500), '2026-01-25')));

    it('accepts a payment made today', () =>
      given(ev.issued())
        .when(cmd.pay(now, eur(100), '2026-01-25'))
        .thenEmits(ev.paid(eur(100), '2026-01-25')));

    it('is accepted on hold and leaves the hold on', () => {
      const state = given(ev.issued(), ev.putOnHold('dispute', '2026-01-12'))
        .when(cmd.pay(now, eur(100), '2026-01-24'))
        .thenState();
      expect(state).toMatchObject({ hold: { reason: 'dispute' }, paid: eur(100) });
    });

    it('refuses a payment dated after today', () =>
      given(ev.issued())
        .when(cmd.pay(now, eur(100), '2026-01-26'))
        .thenRejects('PaymentInFuture', { paidOn: '2026-01-26', today: '2026-01-25' }));

    it('refuses another currency', () =>
      given(ev.issued())
        .when(cmd.pay(now, usd(12100), '2026-01-24'))
        .thenRejects('CurrencyMismatch', { expected: 'EUR', actual: 'USD' }));

    it.each([0, -500])('refuses an amount of %i', (cents) =>
      given(ev.issued())
        .when(cmd.pay(now, eur(cents), '2026-01-24'))
        .thenRejects('NonPositiveAmount'),
    );

    describe('under a payment promise', () => {
      it('keeps the promise when the payment settles the invoice', () =>
        given(ev.issued(), ev.promised('2026-01-30', '2026-01-20'))
          .when(cmd.pay(now, AMOUNT, '2026-01-24'))
          .thenEmits(ev.paid(AMOUNT, '2026-01-24'), ev.promiseKept('2026-01-30', '2026-01-24')));

      it('keeps a promise of part once that part is paid since the promise', () =>
        given(
          ev.issued(),
          ev.paid(eur(1000), '2026-01-15'),
          ev.promised('2026-01-30', '2026-01-20', eur(5000)),
          ev.paid(eur(3000), '2026-01-22'),
        )
          .when(cmd.pay(now, eur(2000), '2026-01-24'))
          .thenEmits(ev.paid(eur(2000), '2026-01-24'), ev.promiseKept('2026-01-30', '2026-01-24')));

      it('keeps the promise live while less than promised was paid', () => {
        const state = given(ev.issued(), ev.promised('2026-01-30', '2026-01-20', eur(5000)))
          .when(cmd.pay(now, eur(4999), '2026-01-24'))
          .thenState();
        expect(state).toMatchObject({ promise: { promisedDate: '2026-01-30' } });
      });

      it('counts payments made before the promise towards nothing', () =>
        given(
          ev.issued(),
          ev.paid(eur(4000), '2026-01-15'),
          ev.promised('2026-01-30', '2026-01-20', eur(5000)),
        )
          .when(cmd.pay(now, eur(4000), '2026-01-24'))
          .thenEmits(ev.paid(eur(4000), '2026-01-24')));
    });

    it('ends a live arrangement once the invoice is settled', () => {
      const state = given(
        ev.issued(),
        ev.arrangement('2026-01-20', installment('2026-02-01', 12100)),
      )
        .when(cmd.pay(now, AMOUNT, '2026-01-24'))
        .thenState();
      expect(state).toMatchObject({ status: 'settled', arrangement: null });
    });
  });

  describe('applying a credit note', () => {
    it('reduces what is owed', () => {
      const when = given(ev.issued()).when(cmd.creditNote(now, eur(2100), 'CN-7'));
      when.thenEmits(ev.creditNote('CN-7', eur(2100), '2026-01-25'));
      expect(when.thenState()).toMatchObject({ credited: eur(2100), outstanding: eur(10000) });
    });

    it('records a credit note larger than what is owed whole, the excess as a credit balance', () =>
      given(ev.issued(), ev.paid(eur(10000), '2026-01-20'))
        .when(cmd.creditNote(now, eur(3000), 'CN-7'))
        .thenEmits(
          ev.creditNote('CN-7', eur(3000), '2026-01-25'),
          ev.creditBalance(eur(900), '2026-01-25'),
        ));

    it('settles on the day it is applied when nothing is left owed', () => {
      const state = given(ev.issued(), ev.paid(eur(10000), '2026-01-20'))
        .when(cmd.creditNote(now, eur(2100), 'CN-7'))
        .thenState();
      expect(state).toMatchObject({ status: 'settled', settledOn: '2026-01-25' });
    });

    it('releases a hold that awaited it, so the workflow resumes', () =>
      given(ev.issued(), ev.putOnHold('awaiting-credit-note', '2026-01-12'))
        .when(cmd.creditNote(now, eur(2100), 'CN-7'))
        .thenEmits(
          ev.creditNote('CN-7', eur(2100), '2026-01-25'),
          ev.holdReleased('2026-01-25', 'credit note applied'),
        ));

    it('leaves any other hold on', () =>
      given(ev.issued(), ev.putOnHold('dispute', '2026-01-12'))
        .when(cmd.creditNote(now, eur(2100), 'CN-7'))
        .thenEmits(ev.creditNote('CN-7', eur(2100), '2026-01-25')));

    it('refuses another currency', () =>
      given(ev.issued())
        .when(cmd.creditNote(now, usd(2100)))
        .thenRejects('CurrencyMismatch', { expected: 'EUR', actual: 'USD' }));

    it('refuses an amount of nothing', () =>
      given(ev.issued())
        .when(cmd.creditNote(now, eur(0)))
        .thenRejects('NonPositiveAmount', { amount: eur(0) }));
  });
});
