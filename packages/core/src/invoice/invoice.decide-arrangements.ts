import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { CalendarDate, isBefore } from '../shared/calendar-date';
import { zero } from '../shared/money';
import { plus } from './invoice.amounts';
import { AgreeArrangement, DefaultArrangement } from './invoice.commands';
import { ArrangementProblem, InvoiceError } from './invoice.errors';
import { Installment } from './invoice.events';
import { accept, Decision, open, reject, todayOf } from './invoice.guards';
import { installmentStoppedByHold, missedInstallment } from './invoice.queries';
import { InvoiceState, OpenInvoice } from './invoice.state';

const invalid = (problem: ArrangementProblem): InvoiceError => ({
  _tag: 'InvalidArrangement',
  problem,
});

const arrangementError = (
  invoice: OpenInvoice,
  installments: readonly Installment[],
  today: CalendarDate,
): InvoiceError | null => {
  const currency = invoice.amount.currency;
  if (installments.length === 0) return invalid('no-installments');
  const foreign = installments.find((i) => i.amount.currency !== currency);
  if (foreign !== undefined) {
    return { _tag: 'CurrencyMismatch', expected: currency, actual: foreign.amount.currency };
  }
  if (installments.some((i) => i.amount.amount <= 0)) return invalid('installment-not-positive');
  if (installments.some((i) => isBefore(i.dueDate, today))) return invalid('installment-in-past');
  const outOfOrder = installments.some((i, n) => {
    const previous = installments[n - 1];
    return previous !== undefined && isBefore(i.dueDate, previous.dueDate);
  });
  if (outOfOrder) return invalid('installments-out-of-order');
  const total = installments.reduce((sum, i) => plus(sum, i.amount), zero(currency));
  if (total.amount !== invoice.outstanding.amount) return invalid('total-differs-from-outstanding');
  return null;
};

/**
 * Agrees an installment plan for an open invoice (story 9): dated today or later, in date
 * order, each positive, adding up to exactly what is owed. Regular reminders stop while it
 * runs; it supersedes a live promise and replaces an earlier arrangement.
 */
export const decideAgreeArrangement = (command: AgreeArrangement, state: InvoiceState): Decision =>
  pipe(
    open(state),
    E.chain((invoice: OpenInvoice) => {
      const today = todayOf(command);
      const problem = arrangementError(invoice, command.installments, today);
      if (problem !== null) return reject(problem);
      return accept({
        type: 'ArrangementAgreed',
        data: { installments: command.installments, agreedOn: today },
      });
    }),
  );

/**
 * Ends a live arrangement when an installment due before today (moved on by its days on hold)
 * is not covered by what was paid since it was agreed; regular reminders resume. Not while a
 * hold stops the arrangement's clock (docs/adr/0029).
 */
export const decideDefaultArrangement = (
  command: DefaultArrangement,
  state: InvoiceState,
): Decision =>
  pipe(
    open(state),
    E.chain((invoice: OpenInvoice) => {
      const today = todayOf(command);
      if (invoice.arrangement === null) return reject({ _tag: 'NoArrangement' });
      if (invoice.hold !== null && installmentStoppedByHold(invoice) !== null) {
        return reject({ _tag: 'OnHold', reason: invoice.hold.reason });
      }
      const missed = missedInstallment(invoice, today);
      if (missed === null) return reject({ _tag: 'NoInstallmentMissed' });
      return accept({
        type: 'ArrangementDefaulted',
        data: { missedDueDate: missed.dueDate, detectedOn: today },
      });
    }),
  );
