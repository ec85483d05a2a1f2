import fc from 'fast-check';
import { AMOUNT, eur, ev, folded, histories, installment, usd } from './invoice.spec-helpers';
import { initialState } from './invoice.evolve';

describe('Invoice state', () => {
  it('is unissued before its Issued event, whatever came first', () =>
    expect(folded([ev.paid(AMOUNT, '2026-01-10'), ev.contact('2026-01-11')])).toStrictEqual(
      initialState,
    ));

  it('ignores a second Issued event', () =>
    expect(folded([ev.issued(), ev.issued({ amount: eur(1) })])).toMatchObject({ amount: AMOUNT }));

  it('keeps the history counts and pauses', () =>
    expect(
      folded([
        ev.issued(),
        ev.reminderSent(1, '2026-01-20'),
        ev.resent('2026-01-21'),
        ev.contact('2026-01-22'),
        ev.contact('2026-01-23'),
        ev.putOnHold('clarification', '2026-01-24'),
        ev.promised('2026-02-01', '2026-01-24', eur(5000)),
      ]),
    ).toMatchObject({
      remindersSent: [{ level: 1, sentOn: '2026-01-20' }],
      resentCount: 1,
      contactCount: 2,
      hold: { reason: 'clarification', since: '2026-01-24', note: null },
      promise: { promisedDate: '2026-02-01', amount: eur(5000), paidBefore: eur(0) },
    }));

  describe('a promise stands still while its invoice is on hold', () => {
    const promised = [ev.issued(), ev.promised('2026-02-01', '2026-01-20')];

    it('counts the days of a hold that began by the promised date', () =>
      expect(
        folded([
          ...promised,
          ev.putOnHold('dispute', '2026-01-25'),
          ev.holdReleased('2026-02-09'),
          ev.putOnHold('awaiting-credit-note', '2026-02-10'), // by the moved date, 16 February
          ev.holdReleased('2026-02-13'),
        ]),
      ).toMatchObject({ hold: null, promise: { promisedDate: '2026-02-01', heldDays: 18 } }));

    it('counts a hold that began on the promised date itself', () =>
      expect(
        folded([...promised, ev.putOnHold('dispute', '2026-02-01'), ev.holdReleased('2026-02-04')]),
      ).toMatchObject({ promise: { heldDays: 3 } }));

    it('counts from the promise when the hold was already running (an imported stream)', () =>
      expect(
        folded([
          ev.issued(),
          ev.putOnHold('dispute', '2026-01-10'),
          ev.promised('2026-02-01', '2026-01-20'),
          ev.holdReleased('2026-01-22'),
        ]),
      ).toMatchObject({ promise: { heldDays: 2 } }));

    it('leaves the promise as due when the hold began after its date', () =>
      expect(
        folded([...promised, ev.putOnHold('dispute', '2026-02-02'), ev.holdReleased('2026-02-20')]),
      ).toMatchObject({ promise: { promisedDate: '2026-02-01', heldDays: 0 } }));

    it('starts a promise made on hold afresh (the hold ends first)', () =>
      expect(
        folded([
          ...promised,
          ev.putOnHold('dispute', '2026-01-25'),
          ev.holdReleased('2026-01-30', 'payment promised'),
          ev.promised('2026-02-06', '2026-01-30'),
        ]),
      ).toMatchObject({ promise: { promisedDate: '2026-02-06', heldDays: 0 } }));
  });

  it('derives the payment term when an old TermsAdjusted event lacks it', () => {
    const old = {
      type: 'TermsAdjusted' as const,
      data: { previousDueDate: ev.issued().data.dueDate, dueDate: ev.issued().data.issueDate },
    };
    expect(folded([ev.issued(), old])).toMatchObject({ dueDate: '2026-01-05', paymentTermDays: 0 });
  });

  it('ends promise and arrangement on settlement', () =>
    expect(
      folded([
        ev.issued(),
        ev.arrangement('2026-01-20', installment('2026-02-01', 12100)),
        ev.creditNote('CN-1', AMOUNT, '2026-01-25'),
      ]),
    ).toMatchObject({
      status: 'settled',
      settledOn: '2026-01-25',
      arrangement: null,
      promise: null,
    }));

  describe('settled by movements recorded out of date order', () => {
    it('dates the settlement by the latest payment, not the backdated final one', () =>
      expect(
        folded([ev.issued(), ev.paid(eur(10000), '2026-01-20'), ev.paid(eur(2100), '2026-01-12')]),
      ).toMatchObject({ status: 'settled', settledOn: '2026-01-20', lastMovedOn: '2026-01-20' }));

    it('dates it by a credit note applied after the backdated final payment', () =>
      expect(
        folded([
          ev.issued(),
          ev.creditNote('CN-1', eur(2100), '2026-01-28'),
          ev.paid(eur(10000), '2026-01-15'),
        ]),
      ).toMatchObject({ status: 'settled', settledOn: '2026-01-28' }));

    it('dates it by the latest movement whatever order they are recorded in', () =>
      fc.assert(
        fc.property(
          fc.shuffledSubarray(['2026-01-10', '2026-01-18', '2026-01-25', '2026-02-03'], {
            minLength: 4,
          }),
          (dates) => {
            const parts = dates.map((date, i) => ev.paid(eur(i === 0 ? 3100 : 3000), date));
            expect(folded([ev.issued(), ...parts])).toMatchObject({
              status: 'settled',
              settledOn: '2026-02-03',
            });
          },
        ),
      ));
  });

  it('counts credit balance from what was recorded', () =>
    expect(
      folded([
        ...histories.settled,
        ev.paid(eur(300), '2026-02-01'),
        ev.creditBalance(eur(300), '2026-02-01'),
      ]),
    ).toMatchObject({ status: 'settled', paid: eur(12400), creditBalance: eur(300) }));

  it('leaves out money in a currency the invoice is not in', () =>
    expect(folded([ev.issued(), ev.paid(usd(12100), '2026-01-10')])).toMatchObject({
      status: 'open',
      outstanding: AMOUNT,
    }));

  it('stays written off whatever arrives later', () =>
    expect(
      folded([
        ...histories.writtenOff,
        ev.paid(AMOUNT, '2026-07-01'),
        ev.handedOver('2026-07-02', AMOUNT),
      ]),
    ).toMatchObject({ status: 'written-off', outstanding: eur(0) }));

  it('ends a live promise and arrangement when written off, as a settlement does', () => {
    const underPromise = [ev.issued(), ev.promised('2026-03-01', '2026-02-20')];
    expect(folded([...underPromise, ev.writtenOff(AMOUNT, '2026-02-25')])).toMatchObject({
      status: 'written-off',
      promise: null,
    });
    const arranged = [ev.issued(), ev.arrangement('2026-02-01', installment('2026-03-01', 12100))];
    expect(folded([...arranged, ev.writtenOff(AMOUNT, '2026-02-25')])).toMatchObject({
      status: 'written-off',
      arrangement: null,
    });
  });

  it('keeps what was owed in a written-off invoice', () =>
    expect(folded(histories.writtenOff)).toMatchObject({
      status: 'written-off',
      outstanding: AMOUNT,
    }));

  it('does not reopen a settled invoice on a late write-off', () =>
    expect(folded([...histories.settled, ev.writtenOff(eur(0), '2026-07-01')])).toMatchObject({
      status: 'settled',
    }));
});
