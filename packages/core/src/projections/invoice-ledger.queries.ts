import { CalendarDate, daysBetween } from '../shared/calendar-date';
import { MinorUnits, Money } from '../shared/money';
import { installmentStoppedBy } from '../invoice/invoice.queries';
import { LedgerArrangement, LedgerEntry } from './invoice-ledger.state';

/**
 * What the invoice added to the receivables at the end of business date `asOf`, in minor
 * units of its currency: its amount once issued, less the payments and credit notes dated on
 * or before `asOf`, never below zero; nothing once written off. Movements count by their
 * business date, so the books of a past date are shown with everything recorded since that
 * was dated before it.
 *
 * A settled invoice owes nothing from its settling date on: every movement that left nothing
 * owed is dated on or before it (`settledOn` is the latest of them) and movements only
 * reduce, so its movements are walked only for a date before it.
 */
export const receivableAmountOn = (entry: LedgerEntry, asOf: CalendarDate): number => {
  if (entry.issueDate > asOf) return 0;
  if (entry.writtenOffOn !== null && entry.writtenOffOn <= asOf) return 0;
  if (entry.settledOn !== null && entry.settledOn <= asOf) return 0;
  let reduced = 0;
  for (const movement of entry.movements) if (movement.on <= asOf) reduced += movement.amount;
  return Math.max(0, entry.amount - reduced);
};

/** `receivableAmountOn` as `Money`. */
export const receivableOn = (entry: LedgerEntry, asOf: CalendarDate): Money =>
  moneyIn(entry, receivableAmountOn(entry, asOf));

/** `amount` minor units in the entry's currency. */
const moneyIn = (entry: LedgerEntry, amount: number): Money => ({
  amount: amount as MinorUnits,
  currency: entry.currency,
});

/** What was invoiced. */
export const invoicedOf = (entry: LedgerEntry): Money => moneyIn(entry, entry.amount);

/**
 * What is owed: the amount less payments and credit notes, never below zero; kept after a
 * write-off, as in the invoice state (what is still collectable is `receivableOn`).
 */
export const outstandingOf = (entry: LedgerEntry): Money =>
  moneyIn(entry, Math.max(0, entry.amount - entry.paid - entry.credited));

/**
 * What is still to be collected: what is owed, or nothing once written off. The running
 * balance an invoice's timeline shows after the same events (`timelineEntryOf`).
 */
export const collectableOf = (entry: LedgerEntry): Money =>
  moneyIn(
    entry,
    entry.status === 'written-off' ? 0 : Math.max(0, entry.amount - entry.paid - entry.credited),
  );

/** What was paid and credited beyond the amount: kept for the debtor as credit. */
export const creditBalanceOf = (entry: LedgerEntry): Money =>
  moneyIn(entry, Math.max(0, entry.paid + entry.credited - entry.amount));

/** Days past the (current) due date on `asOf`: 0 on the due date, negative before it. */
export const daysPastDue = (entry: LedgerEntry, asOf: CalendarDate): number =>
  daysBetween(entry.dueDate, asOf);

/** Still being collected: open, or with a collection agency. */
export const isCollectible = (entry: LedgerEntry): boolean =>
  entry.status === 'open' || entry.status === 'handed-over';

/** A collectible invoice of which something is still owed. */
export const isOpenItem = (entry: LedgerEntry): boolean =>
  isCollectible(entry) && entry.paid + entry.credited < entry.amount;

/** What was paid since the arrangement was agreed, in minor units: its installments count from it. */
export const paidSinceAgreed = (
  entry: Pick<LedgerEntry, 'paid'>,
  arrangement: Pick<LedgerArrangement, 'paidBefore'>,
): number => entry.paid - arrangement.paidBefore;

/**
 * Whether a hold stops the clock of the entry's arrangement, by the invoice's own rule
 * (`installmentStoppedBy`): until it is released, the days it moves the installments on are
 * not known (docs/adr/0029).
 */
export const holdStopsArrangement = (entry: LedgerEntry): boolean => {
  const { arrangement, hold } = entry;
  return (
    arrangement !== null &&
    hold !== null &&
    installmentStoppedBy(arrangement, hold, paidSinceAgreed(entry, arrangement)) !== null
  );
};

/** Reminder letters of the firmer kinds: demand letters and the final notice. */
export const demandLettersOf = (entry: LedgerEntry): number =>
  entry.reminders.demand + entry.reminders['final-notice'];

/**
 * Whether a demand letter, final notice or hand-over went out for the invoice: a payment
 * after it followed pressure, not the debtor's habit (as `hadDemandLetter` of the invoice).
 */
export const hadDemandLetterOn = (entry: LedgerEntry): boolean =>
  demandLettersOf(entry) + entry.reminders['hand-over'] > 0;

export const remindersOf = (entry: LedgerEntry): number =>
  entry.reminders.reminder + demandLettersOf(entry) + entry.reminders['hand-over'];

/** Oldest first: by issue date, then invoice id, so equal dates still order the same way. */
export const byIssueDate = (a: LedgerEntry, b: LedgerEntry): number => {
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? -1 : 1;
  return a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : 0;
};
