import { EventMetadata } from '../envelope/event-envelope';
import { InvoiceEvent, InvoiceEventOf } from '../invoice/invoice.events';
import { isWrittenInterruption } from '../invoice/invoice.prescription';
import { CalendarDate, maxDate } from '../shared/calendar-date';
import { Money } from '../shared/money';
import { isCollectible } from './invoice-ledger.queries';
import { LedgerEntry, LedgerMovement } from './invoice-ledger.state';

const NO_REMINDERS: LedgerEntry['reminders'] = {
  reminder: 0,
  demand: 0,
  'final-notice': 0,
  'hand-over': 0,
};

/** A new ledger entry from an invoice's `Issued` event. */
export const openedEntry = (
  { data }: InvoiceEventOf<'Issued'>,
  metadata: EventMetadata,
): LedgerEntry => ({
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
const withMovement = (
  entry: LedgerEntry,
  version: number,
  kind: LedgerMovement['kind'],
  { amount, currency }: Money,
  on: CalendarDate,
): LedgerEntry => {
  if (currency !== entry.currency) return { ...entry, version };
  const paid = kind === 'paid' ? entry.paid + amount : entry.paid;
  const credited = kind === 'credited' ? entry.credited + amount : entry.credited;
  const movements = [...entry.movements, { kind, on, amount }];
  const moved = { ...entry, version, paid, credited, movements };
  if (!isCollectible(entry) || paid + credited < entry.amount) return moved;
  return {
    ...moved,
    status: 'settled',
    settledOn: lastMovedOn(movements),
    promise: null,
    arrangement: null,
  };
};

/**
 * Folds one event of an issued invoice, the stream's `version`-th, into its entry. The rules
 * mirror the invoice's own life cycle but are the ledger's: the reports do not depend on the
 * decider's internals. One new entry per event (the fold of a million events allocates one
 * copy each, not two).
 */
export const evolveEntry = (
  entry: LedgerEntry,
  event: InvoiceEvent,
  version: number,
): LedgerEntry => {
  switch (event.type) {
    case 'Issued':
    case 'CreditBalanceRecorded':
    case 'InvoiceResent':
      // The credit balance follows from the movements; a resend changes nothing owed.
      return { ...entry, version };
    case 'TermsAdjusted':
      return { ...entry, version, dueDate: event.data.dueDate };
    case 'ReminderSent': {
      const { kind, sentOn } = event.data;
      const reminders = { ...entry.reminders, [kind]: entry.reminders[kind] + 1 };
      const last = entry.lastInterruption;
      const lastInterruption = !isWrittenInterruption(event.data)
        ? last
        : last === null
          ? sentOn
          : maxDate(last, sentOn);
      return { ...entry, version, reminders, lastInterruption };
    }
    case 'PutOnHold': {
      const { reason, since, note } = event.data;
      return { ...entry, version, hold: { reason, since, note: note ?? null } };
    }
    case 'HoldReleased':
      return { ...entry, version, hold: null };
    case 'PaymentPromised': {
      const { promisedDate, promisedOn, amount, note } = event.data;
      const promise = { promisedDate, promisedOn, amount: amount ?? null, note: note ?? null };
      return { ...entry, version, promise };
    }
    case 'PromiseKept':
      return { ...entry, version, promise: null, promisesKept: entry.promisesKept + 1 };
    case 'PromiseBroken':
      return { ...entry, version, promise: null, promisesBroken: entry.promisesBroken + 1 };
    case 'Paid':
      return withMovement(entry, version, 'paid', event.data.amount, event.data.paidOn);
    case 'CreditNoteApplied':
      return withMovement(entry, version, 'credited', event.data.amount, event.data.appliedOn);
    case 'ContactLogged':
      return { ...entry, version, contacts: entry.contacts + 1 };
    case 'ArrangementAgreed': {
      const { installments, agreedOn } = event.data;
      return { ...entry, version, arrangement: { installments, agreedOn }, promise: null };
    }
    case 'ArrangementDefaulted': {
      const arrangementsDefaulted = entry.arrangementsDefaulted + 1;
      return { ...entry, version, arrangement: null, arrangementsDefaulted };
    }
    case 'HandedOverToCollection':
      return entry.status === 'open'
        ? { ...entry, version, status: 'handed-over', handedOverOn: event.data.handedOverOn }
        : { ...entry, version };
    case 'WrittenOff':
      return isCollectible(entry)
        ? { ...entry, version, status: 'written-off', writtenOffOn: event.data.writtenOffOn }
        : { ...entry, version };
    default: {
      const _exhaustive: never = event;
      void _exhaustive;
      return { ...entry, version };
    }
  }
};
