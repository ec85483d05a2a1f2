import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { isAfter, isBefore } from '../shared/calendar-date';
import {
  BreakPromise,
  PromisePayment,
  PutOnHoldCommand,
  ReleaseHold,
  SendReminder,
} from './invoice.commands';
import { finalNoticeStatement } from './invoice.collection-charges';
import { InvoiceEvent, ReminderKind } from './invoice.events';
import {
  accept,
  amountError,
  Decision,
  open,
  optional,
  reject,
  todayOf,
  workflowPaused,
} from './invoice.guards';
import { highestReminderLevel, holdStopsPromise, promisedDateAfterHolds } from './invoice.queries';
import { InvoiceState, OpenInvoice } from './invoice.state';

/**
 * Sends reminder `level` for an open invoice past its due date, unless the workflow is
 * paused by a hold, an arrangement or a live promise. Each level goes out once, in
 * ascending order; a settled invoice gets no reminder at all. A reminder of kind
 * `hand-over` is refused (`HandOverIsNotAReminder`): it would record a hand-over while the
 * invoice stays open, and untyped input (JSON in the shell) can carry one despite the type.
 * A final notice is the 14-day letter: it records the costs it states and its deadline
 * (see `finalNoticeStatement`).
 */
export const decideSendReminder = (command: SendReminder, state: InvoiceState): Decision => {
  if (state.status === 'settled') return reject({ _tag: 'InvoiceSettled' });
  return pipe(
    open(state),
    E.chain((invoice: OpenInvoice) => {
      const today = todayOf(command);
      const { level } = command;
      if (!Number.isInteger(level) || level < 1) return reject({ _tag: 'InvalidLevel', level });
      if (isHandOver(command.kind)) return reject({ _tag: 'HandOverIsNotAReminder', level });
      if (level <= highestReminderLevel(invoice))
        return reject({ _tag: 'LevelAlreadySent', level });
      const paused = workflowPaused(invoice, today);
      if (paused !== null) return reject(paused);
      return accept({
        type: 'ReminderSent',
        data: {
          level,
          kind: command.kind,
          channel: command.channel,
          sentOn: today,
          ...finalNoticeStatement(command, invoice, today),
        },
      });
    }),
  );
};

// The command type already excludes 'hand-over'; this widens it back to check untyped input.
const isHandOver = (kind: ReminderKind): boolean => kind === 'hand-over';

/** Pauses the reminder workflow of an open invoice (stories 3 and 6); one hold at a time. */
export const decidePutOnHold = (command: PutOnHoldCommand, state: InvoiceState): Decision =>
  pipe(
    open(state),
    E.chain((invoice: OpenInvoice) =>
      invoice.hold !== null
        ? reject({ _tag: 'AlreadyOnHold', reason: invoice.hold.reason })
        : accept({
            type: 'PutOnHold',
            data: {
              reason: command.reason,
              since: todayOf(command),
              ...optional('note', command.note),
            },
          }),
    ),
  );

/** Ends the hold of an open invoice; the reminder workflow resumes where it was. */
export const decideReleaseHold = (command: ReleaseHold, state: InvoiceState): Decision =>
  pipe(
    open(state),
    E.chain((invoice: OpenInvoice) =>
      invoice.hold === null
        ? reject({ _tag: 'NotOnHold' })
        : accept({
            type: 'HoldReleased',
            data: { releasedOn: todayOf(command), ...optional('note', command.note) },
          }),
    ),
  );

/** The note on a hold released because the debtor promised to pay (story 6). */
export const PAYMENT_PROMISED = 'payment promised';

/**
 * Records a debtor's promise to pay by a date no earlier than today (story 7); it pauses
 * reminders until kept or broken and replaces any live promise. Under an arrangement the
 * installments are the promise, so a separate one is refused. A promise on an invoice on
 * hold ends the hold first (`HoldReleased` with the note `payment promised`, then
 * `PaymentPromised`): a dispute that ends in a promise (story 6) is settled, and from then
 * on the promise, with its grace days and break detection, governs the workflow.
 */
export const decidePromisePayment = (command: PromisePayment, state: InvoiceState): Decision =>
  pipe(
    open(state),
    E.chain((invoice: OpenInvoice) => {
      const today = todayOf(command);
      if (invoice.arrangement !== null) return reject({ _tag: 'UnderArrangement' });
      const amountProblem =
        command.amount === undefined ? null : amountError(invoice, command.amount);
      if (amountProblem !== null) return reject(amountProblem);
      if (isBefore(command.promisedDate, today)) {
        return reject({ _tag: 'PromiseInPast', promisedDate: command.promisedDate, today });
      }
      const releases: readonly InvoiceEvent[] =
        invoice.hold === null
          ? []
          : [{ type: 'HoldReleased', data: { releasedOn: today, note: PAYMENT_PROMISED } }];
      return accept(...releases, {
        type: 'PaymentPromised',
        data: {
          promisedDate: command.promisedDate,
          promisedOn: today,
          ...optional('amount', command.amount),
          ...optional('note', command.note),
        },
      });
    }),
  );

/**
 * Marks the live promise broken once its date, moved on by its days on hold, has passed (the
 * scheduler adds the grace days before asking); reminders resume. Not while a hold stops
 * the promise's clock: its date is not known until the release.
 */
export const decideBreakPromise = (command: BreakPromise, state: InvoiceState): Decision =>
  pipe(
    open(state),
    E.chain((invoice: OpenInvoice) => {
      const today = todayOf(command);
      if (invoice.promise === null) return reject({ _tag: 'NoLivePromise' });
      const { promisedDate } = invoice.promise;
      if (holdStopsPromise(invoice.promise, invoice.hold)) {
        return reject({ _tag: 'OnHold', reason: invoice.hold.reason });
      }
      const keepBy = promisedDateAfterHolds(invoice.promise);
      if (!isAfter(today, keepBy))
        return reject({ _tag: 'PromiseNotYetDue', promisedDate, keepBy });
      return accept({ type: 'PromiseBroken', data: { promisedDate, detectedOn: today } });
    }),
  );
