import { EventMetadata } from '../envelope/event-envelope';
import { InvoiceEvent, InvoiceEventOf } from '../invoice/invoice.events';
import { isWrittenInterruption } from '../invoice/invoice.prescription';
import { arrangementMovedOn, promiseAfterHold } from '../invoice/invoice.queries';
import { CalendarDate, maxDate } from '../shared/calendar-date';
import { Money } from '../shared/money';
import { isCollectible, paidSinceAgreed } from './invoice-ledger.queries';
import { LedgerDraft, LedgerEntry, LedgerMovement } from './invoice-ledger.state';

const NO_REMINDERS: LedgerEntry['reminders'] = {
  reminder: 0,
  demand: 0,
  'final-notice': 0,
  'hand-over': 0,
};

/** A new ledger entry from an invoice's `Issued` event (a draft: the caller owns it). */
export const openedEntry = (
  { data }: InvoiceEventOf<'Issued'>,
  metadata: EventMetadata,
): LedgerDraft => ({
  tenantId: metadata.tenantId,
  invoiceId: data.invoiceId,
  debtorId: data.debtorId,
  version: metadata.streamVersion,
  number: data.number,
  description: data.description,
  issueDate: data.issueDate,
  dueDate: data.dueDate,
  currency: data.amount.currency,
  amount: data.amount.amount,
  paid: 0,
  credited: 0,
  status: 'open',
  settledOn: null,
  handedOverOn: null,
  writtenOffOn: null,
  movements: [],
  reminders: NO_REMINDERS,
  lastInterruption: null,
  promisesKept: 0,
  promisesBroken: 0,
  arrangementsDefaulted: 0,
  contacts: 0,
  hold: null,
  promise: null,
  arrangement: null,
});

// Movements are in stream order, not date order: a payment can be booked late, backdated.
const lastMovedOn = (movements: readonly LedgerMovement[]): CalendarDate | null =>
  movements.reduce<CalendarDate | null>(
    (latest, { on }) => (latest === null ? on : maxDate(latest, on)),
    null,
  );

/**
 * Money moved: what is owed is the amount less payments and credit notes, never below zero,
 * and anything beyond it is the debtor's credit. The movement that leaves nothing owed on a
 * collectible invoice settles it and ends its promise and arrangement. The settlement is
 * dated by the latest movement, so a backdated final payment does not shorten days-to-pay.
 */
const moveMoney = (
  draft: LedgerDraft,
  kind: LedgerMovement['kind'],
  { amount, currency }: Money,
  on: CalendarDate,
): void => {
  if (currency !== draft.currency) return;
  if (kind === 'paid') draft.paid += amount;
  else draft.credited += amount;
  // concat allocates the exact length; a spread leaves room for a dozen more (docs/adr/0017).
  draft.movements = draft.movements.concat({ kind, on, amount });
  if (!isCollectible(draft) || draft.paid + draft.credited < draft.amount) return;
  draft.status = 'settled';
  draft.settledOn = lastMovedOn(draft.movements);
  draft.promise = null;
  draft.arrangement = null;
};

/**
 * Folds one event of an issued invoice, the stream's `version`-th, into a draft of its entry,
 * in place. The rules mirror the invoice's own life cycle but are the ledger's: the reports do
 * not depend on the decider's internals. The one rule shared with the invoice's fold is how a
 * hold moves a promise (`promiseAfterHold`) and an arrangement (`arrangementMovedOn`) on, so
 * a call sheet and the invoice agree on it.
 */
export const evolveDraft = (draft: LedgerDraft, event: InvoiceEvent, version: number): void => {
  draft.version = version;
  switch (event.type) {
    case 'Issued':
    case 'CreditBalanceRecorded':
    case 'InvoiceResent':
      // The credit balance follows from the movements; a resend changes nothing owed.
      return;
    case 'TermsAdjusted':
      draft.dueDate = event.data.dueDate;
      return;
    case 'ReminderSent': {
      const { kind, sentOn } = event.data;
      draft.reminders = { ...draft.reminders, [kind]: draft.reminders[kind] + 1 };
      const last = draft.lastInterruption;
      if (isWrittenInterruption(event.data))
        draft.lastInterruption = last === null ? sentOn : maxDate(last, sentOn);
      return;
    }
    case 'PutOnHold': {
      const { reason, since, note } = event.data;
      draft.hold = { reason, since, note: note ?? null };
      return;
    }
    case 'HoldReleased': {
      const { releasedOn } = event.data;
      const { arrangement, hold } = draft;
      draft.promise = promiseAfterHold(draft.promise, hold, releasedOn);
      if (arrangement !== null)
        draft.arrangement = arrangementMovedOn(
          arrangement,
          hold,
          paidSinceAgreed(draft, arrangement),
          releasedOn,
        );
      draft.hold = null;
      return;
    }
    case 'PaymentPromised': {
      const { promisedDate, promisedOn, amount, note } = event.data;
      draft.promise = {
        promisedDate,
        promisedOn,
        heldDays: 0,
        amount: amount ?? null,
        note: note ?? null,
      };
      return;
    }
    case 'PromiseKept':
      draft.promise = null;
      draft.promisesKept += 1;
      return;
    case 'PromiseBroken':
      draft.promise = null;
      draft.promisesBroken += 1;
      return;
    case 'Paid':
      return moveMoney(draft, 'paid', event.data.amount, event.data.paidOn);
    case 'CreditNoteApplied':
      return moveMoney(draft, 'credited', event.data.amount, event.data.appliedOn);
    case 'ContactLogged':
      draft.contacts += 1;
      return;
    case 'ArrangementAgreed': {
      const { installments, agreedOn } = event.data;
      draft.arrangement = { installments, agreedOn, paidBefore: draft.paid, heldDays: 0 };
      draft.promise = null;
      return;
    }
    case 'ArrangementDefaulted':
      draft.arrangement = null;
      draft.arrangementsDefaulted += 1;
      return;
    case 'HandedOverToCollection':
      if (draft.status !== 'open') return;
      draft.status = 'handed-over';
      draft.handedOverOn = event.data.handedOverOn;
      return;
    case 'WrittenOff':
      if (!isCollectible(draft)) return;
      draft.status = 'written-off';
      draft.writtenOffOn = event.data.writtenOffOn;
      draft.promise = null;
      draft.arrangement = null;
      return;
    default: {
      const _exhaustive: never = event;
      void _exhaustive;
    }
  }
};

/** The entry after one event (see `evolveDraft`): a new entry, the given one left as it is. */
export const evolveEntry = (
  entry: LedgerEntry,
  event: InvoiceEvent,
  version: number,
): LedgerEntry => {
  const next: LedgerDraft = { ...entry };
  evolveDraft(next, event, version);
  return next;
};
