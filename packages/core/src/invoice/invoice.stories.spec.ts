import * as E from 'fp-ts/Either';
import { InvoiceCommand } from './invoice.commands';
import { invoiceDecider } from './invoice.decider';
import { InvoiceErrorTag } from './invoice.errors';
import { InvoiceEvent } from './invoice.events';
import { cmd } from './invoice.spec-commands';
import { AMOUNT, at, day, eur, installment, link } from './invoice.spec-helpers';
import { InvoiceState } from './invoice.state';

/** Plays commands through the decider as the shell would: decide, then fold what was decided. */
const play = (...commands: readonly InvoiceCommand[]) => {
  let state: InvoiceState = invoiceDecider.initialState;
  const history: InvoiceEvent[] = [];
  const rejections: InvoiceErrorTag[] = [];
  for (const command of commands) {
    const decision = invoiceDecider.decide(command, state);
    if (E.isLeft(decision)) {
      rejections.push(decision.left._tag);
      continue;
    }
    history.push(...decision.right);
    state = decision.right.reduce(invoiceDecider.evolve, state);
  }
  return { state, types: history.map((e) => e.type), history, rejections };
};

describe('Invoice stories', () => {
  it('1. a lost invoice is resent with a payment link, and the resend is in its history', () => {
    const fresh = link('https://pay.example.nl/r/abc');
    const { history, state } = play(
      cmd.issue(at('2026-01-05')),
      cmd.logContact(at('2026-01-22'), { outcome: 'reached', note: 'invoice lost' }),
      cmd.resend(at('2026-01-22'), { paymentLink: fresh }),
    );
    expect(history.at(-1)).toStrictEqual({
      type: 'InvoiceResent',
      data: { channel: 'email', resentOn: day('2026-01-22'), paymentLink: fresh },
    });
    expect(state).toMatchObject({ resentCount: 1, contactCount: 1 });
  });

  it('3. on hold awaiting a credit note: no reminders; the credit note lowers what is owed and resumes', () => {
    const { types, rejections, state } = play(
      cmd.issue(at('2026-01-05')),
      cmd.putOnHold(at('2026-01-15'), 'awaiting-credit-note'),
      cmd.sendReminder(at('2026-01-20'), 1),
      cmd.creditNote(at('2026-01-28'), eur(2100)),
      cmd.sendReminder(at('2026-01-29'), 1),
    );
    expect(rejections).toStrictEqual(['OnHold']);
    expect(types).toStrictEqual([
      'Issued',
      'PutOnHold',
      'CreditNoteApplied',
      'HoldReleased',
      'ReminderSent',
    ]);
    expect(state).toMatchObject({ outstanding: eur(10000), hold: null });
  });

  it('5. an agreed 30-day term moves the reminder workflow to the new due date', () => {
    const { rejections, state } = play(
      cmd.issue(at('2026-01-05')),
      cmd.adjustTerms(at('2026-01-06'), { paymentTermDays: 30 }),
      cmd.sendReminder(at('2026-01-20'), 1),
      cmd.sendReminder(at('2026-02-05'), 1),
    );
    expect(rejections).toStrictEqual(['NotYetDue']);
    expect(state).toMatchObject({
      dueDate: '2026-02-04',
      remindersSent: [{ sentOn: '2026-02-05' }],
    });
  });

  it('6. a dispute holds the invoice, then ends in a promise that is kept', () => {
    const { types, rejections, state } = play(
      cmd.issue(at('2026-01-05')),
      cmd.putOnHold(at('2026-01-21'), 'dispute', { note: 'unhappy with service' }),
      cmd.promise(at('2026-01-28'), '2026-02-06', { amount: AMOUNT }),
      cmd.releaseHold(at('2026-01-28')),
      cmd.pay(at('2026-02-06'), AMOUNT, '2026-02-06'),
    );
    expect(rejections).toStrictEqual(['NotOnHold']);
    expect(types).toStrictEqual([
      'Issued',
      'PutOnHold',
      'HoldReleased',
      'PaymentPromised',
      'Paid',
      'PromiseKept',
    ]);
    expect(state).toMatchObject({ status: 'settled', settledOn: '2026-02-06' });
  });

  it('7. a promise pauses reminders; once broken, the workflow resumes', () => {
    const { rejections, types } = play(
      cmd.issue(at('2026-01-05')),
      cmd.promise(at('2026-01-20'), '2026-01-23'),
      cmd.sendReminder(at('2026-01-24'), 1),
      cmd.breakPromise(at('2026-01-23')),
      cmd.breakPromise(at('2026-01-26')),
      cmd.sendReminder(at('2026-01-26'), 1),
    );
    expect(rejections).toStrictEqual(['UnderPromise', 'PromiseNotYetDue']);
    expect(types.slice(-2)).toStrictEqual(['PromiseBroken', 'ReminderSent']);
  });

  it('9. an arrangement stops reminders; installments are tracked until paid off', () => {
    const { rejections, types, state } = play(
      cmd.issue(at('2026-01-05')),
      cmd.agree(at('2026-01-25'), installment('2026-02-01', 6100), installment('2026-03-01', 6000)),
      cmd.sendReminder(at('2026-01-26'), 1),
      cmd.pay(at('2026-02-01'), eur(6100), '2026-02-01'),
      cmd.defaultArrangement(at('2026-02-15')),
      cmd.pay(at('2026-03-01'), eur(6000), '2026-03-01'),
    );
    expect(rejections).toStrictEqual(['UnderArrangement', 'NoInstallmentMissed']);
    expect(types.at(-1)).toBe('Paid');
    expect(state).toMatchObject({ status: 'settled', arrangement: null });
  });
});
