import { cmd } from './invoice.spec-commands';
import { evolve, initialState } from './invoice.evolve';
import { InvoiceEvent } from './invoice.events';
import { at, eur, ev, given, installment, usd } from './invoice.spec-helpers';

const folded = (events: readonly InvoiceEvent[]) => events.reduce(evolve, initialState);

const now = at('2026-01-25');
const plan = [
  installment('2026-02-01', 4100),
  installment('2026-03-01', 4000),
  installment('2026-04-01', 4000),
] as const;

describe('Invoice', () => {
  describe('agreeing an arrangement', () => {
    it('records the installments and the day', () =>
      given(ev.issued())
        .when(cmd.agree(now, ...plan))
        .thenEmits(ev.arrangement('2026-01-25', ...plan)));

    it('counts installments from what was paid when it was agreed', () => {
      const state = given(ev.issued(), ev.paid(eur(2100), '2026-01-20'))
        .when(cmd.agree(now, installment('2026-02-01', 5000), installment('2026-03-01', 5000)))
        .thenState();
      expect(state).toMatchObject({
        arrangement: { agreedOn: '2026-01-25', paidBefore: eur(2100) },
      });
    });

    it('supersedes a live promise', () => {
      const state = given(ev.issued(), ev.promised('2026-01-30', '2026-01-21'))
        .when(cmd.agree(now, ...plan))
        .thenState();
      expect(state).toMatchObject({ promise: null, arrangement: { agreedOn: '2026-01-25' } });
    });

    it('accepts a first installment due today', () =>
      given(ev.issued())
        .when(cmd.agree(now, installment('2026-01-25', 12100)))
        .thenEmits(ev.arrangement('2026-01-25', installment('2026-01-25', 12100))));

    it('refuses a plan without installments', () =>
      given(ev.issued())
        .when(cmd.agree(now))
        .thenRejects('InvalidArrangement', { problem: 'no-installments' }));

    it('refuses an installment of nothing', () =>
      given(ev.issued())
        .when(cmd.agree(now, installment('2026-02-01', 12100), installment('2026-03-01', 0)))
        .thenRejects('InvalidArrangement', { problem: 'installment-not-positive' }));

    it('refuses an installment due in the past', () =>
      given(ev.issued())
        .when(cmd.agree(now, installment('2026-01-24', 6100), installment('2026-03-01', 6000)))
        .thenRejects('InvalidArrangement', { problem: 'installment-in-past' }));

    it('refuses installments out of date order', () =>
      given(ev.issued())
        .when(cmd.agree(now, installment('2026-03-01', 6100), installment('2026-02-01', 6000)))
        .thenRejects('InvalidArrangement', { problem: 'installments-out-of-order' }));

    it.each([12099, 12101])('refuses installments adding up to %i of 12100 owed', (total) =>
      given(ev.issued())
        .when(
          cmd.agree(now, installment('2026-02-01', 6100), installment('2026-03-01', total - 6100)),
        )
        .thenRejects('InvalidArrangement', { problem: 'total-differs-from-outstanding' }),
    );

    it('refuses installments in another currency', () =>
      given(ev.issued())
        .when(cmd.agree(now, { dueDate: plan[0].dueDate, amount: usd(12100) }))
        .thenRejects('CurrencyMismatch', { expected: 'EUR', actual: 'USD' }));
  });

  describe('defaulting an arrangement', () => {
    const agreed = [
      ev.issued(),
      ev.paid(eur(100), '2026-01-20'),
      ev.arrangement('2026-01-25', ...plan),
    ];

    it('records the first installment missed', () =>
      given(...agreed, ev.paid(eur(4100), '2026-02-01'))
        .when(cmd.defaultArrangement(at('2026-03-05')))
        .thenEmits(ev.defaulted('2026-03-01', '2026-03-05')));

    it('counts an unpaid first installment as missed the day after it was due', () =>
      given(...agreed)
        .when(cmd.defaultArrangement(at('2026-02-02')))
        .thenEmits(ev.defaulted('2026-02-01', '2026-02-02')));

    it('ends the arrangement', () => {
      const state = given(...agreed)
        .when(cmd.defaultArrangement(at('2026-02-02')))
        .thenState();
      expect(state).toMatchObject({ status: 'open', arrangement: null });
    });

    it('refuses while the installment is still due today', () =>
      given(...agreed)
        .when(cmd.defaultArrangement(at('2026-02-01', 23)))
        .thenRejects('NoInstallmentMissed'));

    it('refuses when what was paid since covers every installment due', () =>
      given(...agreed, ev.paid(eur(8100), '2026-01-30'))
        .when(cmd.defaultArrangement(at('2026-03-20')))
        .thenRejects('NoInstallmentMissed'));

    describe('while its invoice is on hold (docs/adr/0029)', () => {
      // Disputed from 28 January, before the first installment's 1 February.
      const disputed = [...agreed, ev.putOnHold('dispute', '2026-01-28')];
      // Released 4 February: 7 days on hold, so 1 February becomes 8 February.
      const released = [...disputed, ev.holdReleased('2026-02-04')];

      it('refuses while the hold runs', () =>
        given(...disputed)
          .when(cmd.defaultArrangement(at('2026-02-05')))
          .thenRejects('OnHold', { reason: 'dispute' }));

      it('moves the installment on by the days on hold', () =>
        given(...released)
          .when(cmd.defaultArrangement(at('2026-02-08', 23)))
          .thenRejects('NoInstallmentMissed'));

      it('records the agreed date of the installment once its moved day has passed', () =>
        given(...released)
          .when(cmd.defaultArrangement(at('2026-02-09')))
          .thenEmits(ev.defaulted('2026-02-01', '2026-02-09')));

      it('leaves an installment missed before the hold began missed', () => {
        // Disputed on 3 February, after the 1 February installment was missed.
        const late = [
          ...agreed,
          ev.putOnHold('dispute', '2026-02-03'),
          ev.holdReleased('2026-02-10'),
        ];
        expect(folded(late)).toMatchObject({ arrangement: { heldDays: 0 } });
        given(...late)
          .when(cmd.defaultArrangement(at('2026-02-10')))
          .thenEmits(ev.defaulted('2026-02-01', '2026-02-10'));
      });

      it('moves nothing for a hold that began before the arrangement was agreed', () => {
        // Its dates were agreed on 25 January, knowing of the dispute raised on 22 January.
        const heldFirst = [
          ev.issued(),
          ev.paid(eur(100), '2026-01-20'),
          ev.putOnHold('dispute', '2026-01-22'),
          ev.arrangement('2026-01-25', ...plan),
          ev.holdReleased('2026-02-04'),
        ];
        expect(folded(heldFirst)).toMatchObject({ arrangement: { heldDays: 0 } });
        given(...heldFirst)
          .when(cmd.defaultArrangement(at('2026-02-04')))
          .thenEmits(ev.defaulted('2026-02-01', '2026-02-04'));
      });

      it('adds the days of the next hold to those of the last', () =>
        expect(
          folded([...released, ev.putOnHold('other', '2026-02-06'), ev.holdReleased('2026-02-09')]),
        ).toMatchObject({ arrangement: { heldDays: 10 } }));
    });

    it('refuses when there is no arrangement', () =>
      given(ev.issued())
        .when(cmd.defaultArrangement(at('2026-03-20')))
        .thenRejects('NoArrangement'));
  });
});
