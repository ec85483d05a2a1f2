import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { AdjustTerms, IssueInvoice } from './invoice.commands';
import { dueDateFor, Terms } from './invoice.due-date';
import { isAfter } from '../shared/calendar-date';
import { accept, Decision, open, optional, reject, todayOf } from './invoice.guards';
import { InvoiceState, OpenInvoice } from './invoice.state';

/**
 * Issues the invoice once: it was issued by today (an old case keeps its historical date),
 * its amount is positive and it falls due on or after its issue date. The `Issued` event
 * carries both the due date and the payment term.
 */
export const decideIssueInvoice = (command: IssueInvoice, state: InvoiceState): Decision => {
  if (state.status !== 'unissued') return reject({ _tag: 'AlreadyIssued' });
  const today = todayOf(command);
  if (isAfter(command.issueDate, today))
    return reject({ _tag: 'IssueDateInFuture', issueDate: command.issueDate, today });
  if (command.amount.amount <= 0)
    return reject({ _tag: 'NonPositiveAmount', amount: command.amount });
  return pipe(
    dueDateFor(command.issueDate, command.dueBy),
    E.chainW((terms: Terms) =>
      accept({
        type: 'Issued',
        data: {
          invoiceId: command.invoiceId,
          debtorId: command.debtorId,
          number: command.number,
          issueDate: command.issueDate,
          dueDate: terms.dueDate,
          paymentTermDays: terms.paymentTermDays,
          amount: command.amount,
          description: command.description,
          ...optional('paymentLink', command.paymentLink),
        },
      }),
    ),
  );
};

/**
 * Moves the due date of an open invoice (story 5), counted from its issue date. The
 * reminder workflow re-anchors on the new due date; reminders already sent stay sent.
 * Terms that change nothing record nothing, so a repeated sync leaves no noise.
 */
export const decideAdjustTerms = (command: AdjustTerms, state: InvoiceState): Decision =>
  pipe(
    open(state),
    E.chain((invoice: OpenInvoice) =>
      pipe(
        dueDateFor(invoice.issueDate, command.dueBy),
        E.chainW((terms: Terms) =>
          terms.dueDate === invoice.dueDate && terms.paymentTermDays === invoice.paymentTermDays
            ? accept()
            : accept({
                type: 'TermsAdjusted',
                data: {
                  previousDueDate: invoice.dueDate,
                  dueDate: terms.dueDate,
                  paymentTermDays: terms.paymentTermDays,
                },
              }),
        ),
      ),
    ),
  );
