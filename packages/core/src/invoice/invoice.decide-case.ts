import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { Money } from '../shared/money';
import { handOverCharges } from './invoice.collection-charges';
import { HandOverToCollection, LogContact, ResendInvoice, WriteOff } from './invoice.commands';
import {
  accept,
  collectible,
  Decision,
  issued,
  open,
  optional,
  reject,
  todayOf,
  workflowPaused,
} from './invoice.guards';
import { InvoiceState, IssuedInvoice, OpenInvoice } from './invoice.state';

/**
 * Sends the invoice again (story 1, the lost invoice) with the command's payment link, or
 * else the invoice's own; the resend becomes part of the invoice's history.
 */
export const decideResendInvoice = (command: ResendInvoice, state: InvoiceState): Decision =>
  pipe(
    collectible(state),
    E.chain((invoice: IssuedInvoice) =>
      accept({
        type: 'InvoiceResent',
        data: {
          channel: command.channel,
          resentOn: todayOf(command),
          ...optional('paymentLink', command.paymentLink ?? invoice.paymentLink),
        },
      }),
    ),
  );

/** Logs a call or mail with the debtor. The conversation history is never refused. */
export const decideLogContact = (command: LogContact, state: InvoiceState): Decision =>
  pipe(
    issued(state),
    E.chain(() =>
      accept({
        type: 'ContactLogged',
        data: {
          channel: command.channel,
          outcome: command.outcome,
          contactedOn: todayOf(command),
          ...optional('note', command.note),
        },
      }),
    ),
  );

/**
 * Hands an overdue open invoice to a collection agency with what is still owed. Not while
 * a hold, an arrangement or a live promise says the debtor is being dealt with. Given the
 * debtor's kind it records statutory interest up to today and collection costs; costs for
 * a consumer need a valid 14-day letter whose deadline has passed (`handOverCharges`).
 */
export const decideHandOverToCollection = (
  command: HandOverToCollection,
  state: InvoiceState,
): Decision =>
  pipe(
    open(state),
    E.chain((invoice: OpenInvoice) => {
      const today = todayOf(command);
      const paused = workflowPaused(invoice, today);
      if (paused !== null) return reject(paused);
      return E.chain((charges: { readonly costs?: Money; readonly interest?: Money }) =>
        accept({
          type: 'HandedOverToCollection',
          data: {
            handedOverOn: today,
            outstanding: invoice.outstanding,
            ...optional('agency', command.agency),
            ...charges,
          },
        }),
      )(handOverCharges(command, invoice, today));
    }),
  );

/** Writes off what is still owed on an open or handed-over invoice; it is then closed. */
export const decideWriteOff = (command: WriteOff, state: InvoiceState): Decision =>
  pipe(
    collectible(state),
    E.chain((invoice: IssuedInvoice) =>
      accept({
        type: 'WrittenOff',
        data: { amount: invoice.outstanding, writtenOffOn: todayOf(command) },
      }),
    ),
  );
