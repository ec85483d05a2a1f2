import * as E from 'fp-ts/Either';
import { CalendarDate, isAfter } from '../shared/calendar-date';
import { businessDateOf, Instant } from '../shared/instant';
import { Money } from '../shared/money';
import { InvoiceError } from './invoice.errors';
import { InvoiceEvent } from './invoice.events';
import { promisedDateAfterHolds } from './invoice.queries';
import { HandedOverInvoice, InvoiceState, IssuedInvoice, OpenInvoice } from './invoice.state';

/** What `decide` answers: a typed rejection, or the events that record the decision. */
export type Decision = E.Either<InvoiceError, readonly InvoiceEvent[]>;

export const accept = (...events: readonly InvoiceEvent[]): Decision => E.right(events);
export const reject = (error: InvoiceError): Decision => E.left(error);

/** The business date (Europe/Amsterdam) a command is decided on. */
export const todayOf = (command: { readonly now: Instant }): CalendarDate =>
  businessDateOf(command.now);

/** An optional event field: present when there is a value, absent (not undefined) otherwise. */
export const optional = <K extends string, V>(
  key: K,
  value: V | null | undefined,
): { readonly [P in K]?: V } =>
  // A computed key widens to a string index; the single key is exactly K.
  value === undefined || value === null ? {} : ({ [key]: value } as { readonly [P in K]?: V });

/** Any issued invoice, whatever its status. */
export const issued = (state: InvoiceState): E.Either<InvoiceError, IssuedInvoice> =>
  state.status === 'unissued' ? E.left({ _tag: 'NotIssued' }) : E.right(state);

/** An open invoice: the only status in which the reminder workflow still runs. */
export const open = (state: InvoiceState): E.Either<InvoiceError, OpenInvoice> =>
  E.chain((invoice: IssuedInvoice) =>
    invoice.status === 'open'
      ? E.right(invoice)
      : E.left<InvoiceError, OpenInvoice>({ _tag: 'InvoiceClosed', status: invoice.status }),
  )(issued(state));

/** An invoice still owed money: open, or handed over to a collection agency. */
export const collectible = (
  state: InvoiceState,
): E.Either<InvoiceError, OpenInvoice | HandedOverInvoice> =>
  E.chain((invoice: IssuedInvoice) =>
    invoice.status === 'open' || invoice.status === 'handed-over'
      ? E.right(invoice)
      : E.left<InvoiceError, OpenInvoice | HandedOverInvoice>({
          _tag: 'InvoiceClosed',
          status: invoice.status,
        }),
  )(issued(state));

/** Why an amount cannot go on the invoice (another currency, or nothing); null when it can. */
export const amountError = (invoice: IssuedInvoice, amount: Money): InvoiceError | null =>
  amount.currency !== invoice.amount.currency
    ? { _tag: 'CurrencyMismatch', expected: invoice.amount.currency, actual: amount.currency }
    : amount.amount <= 0
      ? { _tag: 'NonPositiveAmount', amount }
      : null;

/**
 * Why the reminder workflow may not act on an open invoice today (send a reminder, hand
 * over): a hold, an arrangement or a live promise says the debtor is being dealt with, or
 * the invoice is not yet past its due date. Null when it may act.
 */
export const workflowPaused = (invoice: OpenInvoice, today: CalendarDate): InvoiceError | null => {
  if (invoice.hold !== null) return { _tag: 'OnHold', reason: invoice.hold.reason };
  if (invoice.arrangement !== null) return { _tag: 'UnderArrangement' };
  if (invoice.promise !== null) {
    const { promisedDate } = invoice.promise;
    return { _tag: 'UnderPromise', promisedDate, keepBy: promisedDateAfterHolds(invoice.promise) };
  }
  return isAfter(today, invoice.dueDate)
    ? null
    : { _tag: 'NotYetDue', dueDate: invoice.dueDate, today };
};
