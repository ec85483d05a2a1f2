import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { CalendarDate, isAfter } from '../shared/calendar-date';
import { Money } from '../shared/money';
import { atLeast, excessOver, minus, plus } from './invoice.amounts';
import { ApplyCreditNote, RecordPayment } from './invoice.commands';
import { InvoiceEvent } from './invoice.events';
import {
  accept,
  amountError,
  collectible,
  Decision,
  issued,
  optional,
  reject,
  todayOf,
} from './invoice.guards';
import { InvoiceState, IssuedInvoice } from './invoice.state';

/** The note on a hold released because the awaited credit note was applied. */
export const CREDIT_NOTE_APPLIED = 'credit note applied';

const holdReleased = (today: CalendarDate): readonly InvoiceEvent[] => [
  { type: 'HoldReleased', data: { releasedOn: today, note: CREDIT_NOTE_APPLIED } },
];

const creditBalance = (excess: Money, today: CalendarDate): readonly InvoiceEvent[] =>
  excess.amount > 0
    ? [{ type: 'CreditBalanceRecorded', data: { amount: excess, recordedOn: today } }]
    : [];

/** A live promise is kept by settling the invoice or by paying the promised amount since. */
const promiseKept = (
  invoice: IssuedInvoice,
  payment: Money,
  paidOn: CalendarDate,
): readonly InvoiceEvent[] => {
  const promise = invoice.promise;
  if (promise === null) return [];
  const settles = atLeast(payment, invoice.outstanding);
  const paidSince = minus(plus(invoice.paid, payment), promise.paidBefore);
  const paidPromised = promise.amount !== null && atLeast(paidSince, promise.amount);
  return settles || paidPromised
    ? [{ type: 'PromiseKept', data: { promisedDate: promise.promisedDate, keptOn: paidOn } }]
    : [];
};

/**
 * Records money received, on or before today. Money that arrives is never refused: a
 * payment beyond what is owed, also on a settled invoice, is recorded whole and the excess
 * kept as a credit balance for the debtor; on a written-off invoice it is a recovery, which
 * lowers the written-off debt and leaves the write-off standing (no promise is kept by it).
 */
export const decideRecordPayment = (command: RecordPayment, state: InvoiceState): Decision =>
  pipe(
    issued(state),
    E.chain((invoice: IssuedInvoice) => {
      const today = todayOf(command);
      const { amount, paidOn } = command;
      const problem = amountError(invoice, amount);
      if (problem !== null) return reject(problem);
      if (isAfter(paidOn, today)) return reject({ _tag: 'PaymentInFuture', paidOn, today });
      return accept(
        {
          type: 'Paid',
          data: {
            amount,
            paidOn,
            ...optional('reference', command.reference),
          },
        },
        ...creditBalance(excessOver(amount, invoice.outstanding), today),
        ...(invoice.status === 'written-off' ? [] : promiseKept(invoice, amount, paidOn)),
      );
    }),
  );

/**
 * Applies a credit note to an invoice still owed. A credit note larger than what is owed is
 * recorded whole and the excess kept as a credit balance. When the invoice was on hold
 * "awaiting credit note" (story 3) the hold has served its purpose and is released with the
 * note `credit note applied`, so the workflow resumes; any other hold stays until released.
 */
export const decideApplyCreditNote = (command: ApplyCreditNote, state: InvoiceState): Decision =>
  pipe(
    collectible(state),
    E.chain((invoice: IssuedInvoice) => {
      const today = todayOf(command);
      const problem = amountError(invoice, command.amount);
      if (problem !== null) return reject(problem);
      const releasesHold = invoice.hold !== null && invoice.hold.reason === 'awaiting-credit-note';
      return accept(
        {
          type: 'CreditNoteApplied',
          data: { number: command.number, amount: command.amount, appliedOn: today },
        },
        ...creditBalance(excessOver(command.amount, invoice.outstanding), today),
        ...(releasesHold ? holdReleased(today) : []),
      );
    }),
  );
