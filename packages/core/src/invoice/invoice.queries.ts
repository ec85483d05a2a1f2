import {
  addDays,
  CalendarDate,
  compareDates,
  daysBetween,
  isAfter,
  isBefore,
  maxDate,
} from '../shared/calendar-date';
import { Money } from '../shared/money';
import { Installment } from './invoice.events';
import { minus } from './invoice.amounts';
import { Arrangement, Hold, InvoiceState, IssuedInvoice, LivePromise } from './invoice.state';

/** What the hold rule needs of a promise; the invoice's live promise and the ledger's fit. */
export type HeldPromise = Pick<LivePromise, 'promisedDate' | 'promisedOn' | 'heldDays'>;

/**
 * Whether a hold stops the clock of something due on `day`: it began on or before that day. A
 * hold that began later found it already due, and leaves it so (docs/adr/0028, 0029).
 */
const holdBeganBy = (hold: Pick<Hold, 'since'>, day: CalendarDate): boolean =>
  !isAfter(hold.since, day);

/** The date a live promise must be kept by: its promised date, moved on by its days on hold. */
export const promisedDateAfterHolds = (
  promise: Pick<HeldPromise, 'promisedDate' | 'heldDays'>,
): CalendarDate => addDays(promise.promisedDate, promise.heldDays);

/**
 * Whether a hold stops a promise's clock: it began on or before the promise's (moved) date.
 * A hold that began later found the promise already due, and leaves it so.
 */
export const holdStopsPromise = <H extends Pick<Hold, 'since'>>(
  promise: Pick<HeldPromise, 'promisedDate' | 'heldDays'>,
  hold: H | null,
): hold is H => hold !== null && holdBeganBy(hold, promisedDateAfterHolds(promise));

/**
 * The date a promise must be kept by, as a collector is shown it: null while a hold stops its
 * clock (the date is not known until the release), else its date after holds.
 */
export const keepByOf = (
  promise: Pick<HeldPromise, 'promisedDate' | 'heldDays'>,
  hold: Pick<Hold, 'since'> | null,
): CalendarDate | null =>
  holdStopsPromise(promise, hold) ? null : promisedDateAfterHolds(promise);

/**
 * A promise stands still while its invoice is on hold (a dispute, a credit note awaited): on
 * release, a hold that stopped its clock moves its date on by the days it lasted since the
 * promise was made, so a release within the promise's time never breaks it at once.
 */
export const promiseAfterHold = <P extends HeldPromise>(
  promise: P | null,
  hold: Pick<Hold, 'since'> | null,
  releasedOn: CalendarDate,
): P | null => {
  if (promise === null || !holdStopsPromise(promise, hold)) return promise;
  const stoppedFrom = maxDate(promise.promisedOn, hold.since);
  return {
    ...promise,
    heldDays: promise.heldDays + Math.max(0, daysBetween(stoppedFrom, releasedOn)),
  };
};

/** A settled or written-off invoice is closed for good: its stream takes no further workflow. */
export const isTerminal = (state: InvoiceState): boolean =>
  state.status === 'settled' || state.status === 'written-off';

/** The highest reminder level sent so far; 0 when none was sent. */
export const highestReminderLevel = (invoice: IssuedInvoice): number =>
  invoice.remindersSent.reduce((highest, sent) => Math.max(highest, sent.level), 0);

/**
 * Whether a demand letter, or a firmer step (final notice, hand-over), went out for the
 * invoice: a payment after it followed pressure, not the debtor's habit.
 */
export const hadDemandLetter = (invoice: IssuedInvoice): boolean =>
  invoice.remindersSent.some((sent) => sent.kind !== 'reminder');

/** What the hold rule needs of an arrangement; the invoice's arrangement and the ledger's fit. */
export type HeldArrangement = Pick<Arrangement, 'installments' | 'agreedOn' | 'heldDays'>;

/** The first installment, in due-date order, that `paidSince` (minor units) does not cover. */
const firstInstallmentBeyond = (
  installments: readonly Installment[],
  paidSince: number,
): Installment | null => {
  const inOrder = [...installments].sort((a, b) => compareDates(a.dueDate, b.dueDate));
  let dueByThen = 0;
  for (const installment of inOrder) {
    dueByThen += installment.amount.amount;
    if (paidSince < dueByThen) return installment;
  }
  return null;
};

/** What was paid since the arrangement was agreed, in minor units: installments count from it. */
const paidSinceAgreed = (arrangement: Pick<Arrangement, 'paidBefore'>, paid: Money): number =>
  minus(paid, arrangement.paidBefore).amount;

/**
 * The first installment, in due-date order, not covered by what was paid since the
 * arrangement was agreed; null when all are covered. Installments count cumulatively: an
 * early or large payment covers later ones too.
 */
export const firstUncoveredInstallment = (
  arrangement: Pick<Arrangement, 'installments' | 'paidBefore'>,
  paid: Money,
): Installment | null =>
  firstInstallmentBeyond(arrangement.installments, paidSinceAgreed(arrangement, paid));

/** The day an installment falls due: its agreed date moved on by the arrangement's days on hold. */
export const installmentDueAfterHolds = (
  arrangement: Pick<Arrangement, 'heldDays'>,
  installment: Installment,
): CalendarDate => addDays(installment.dueDate, arrangement.heldDays);

/**
 * The installment that stands still while a hold runs: the first one not covered by
 * `paidSince` (minor units paid since the arrangement was agreed), when the hold began on or
 * before its (moved) due day. A hold that began later found it already missed, and leaves it
 * so; one that began before the arrangement was agreed was known when its dates were set, and
 * moves nothing. Null when the hold stops nothing. The rule for any arrangement that knows
 * what was paid since it was agreed: the invoice's (`installmentStoppedByHold`) and the
 * invoice ledger's.
 */
export const installmentStoppedBy = (
  arrangement: HeldArrangement,
  hold: Pick<Hold, 'since'>,
  paidSince: number,
): Installment | null => {
  if (isBefore(hold.since, arrangement.agreedOn)) return null;
  const next = firstInstallmentBeyond(arrangement.installments, paidSince);
  if (next === null) return null;
  return holdBeganBy(hold, installmentDueAfterHolds(arrangement, next)) ? next : null;
};

/** `installmentStoppedBy` for the invoice's live arrangement and hold. */
export const installmentStoppedByHold = (
  invoice: Pick<IssuedInvoice, 'arrangement' | 'hold' | 'paid'>,
): Installment | null => {
  const { arrangement, hold } = invoice;
  if (arrangement === null || hold === null) return null;
  return installmentStoppedBy(arrangement, hold, paidSinceAgreed(arrangement, invoice.paid));
};

/**
 * An arrangement stands still while its invoice is on hold, as a promise does: on release, a
 * hold that stopped it (`installmentStoppedBy`) moves every installment not yet covered on by
 * the days it lasted since the arrangement was agreed, so an installment that fell due during
 * a dispute is not missed. `paidSince` is what was paid since it was agreed, in minor units.
 */
export const arrangementMovedOn = <A extends HeldArrangement>(
  arrangement: A,
  hold: Pick<Hold, 'since'> | null,
  paidSince: number,
  releasedOn: CalendarDate,
): A => {
  if (hold === null || installmentStoppedBy(arrangement, hold, paidSince) === null) {
    return arrangement;
  }
  const stoppedFrom = maxDate(arrangement.agreedOn, hold.since);
  const days = Math.max(0, daysBetween(stoppedFrom, releasedOn));
  return { ...arrangement, heldDays: arrangement.heldDays + days };
};

/** `arrangementMovedOn` for the invoice's live arrangement, as its hold is released. */
export const arrangementAfterHold = (
  invoice: Pick<IssuedInvoice, 'arrangement' | 'hold' | 'paid'>,
  releasedOn: CalendarDate,
): Arrangement | null => {
  const { arrangement, hold } = invoice;
  if (arrangement === null) return null;
  return arrangementMovedOn(
    arrangement,
    hold,
    paidSinceAgreed(arrangement, invoice.paid),
    releasedOn,
  );
};

/**
 * The installment of the live arrangement whose (moved) due day lies before `today` and is
 * not covered by what was paid since the arrangement was agreed; null when none is missed.
 */
export const missedInstallment = (
  invoice: IssuedInvoice,
  today: CalendarDate,
): Installment | null => {
  const { arrangement } = invoice;
  if (arrangement === null) return null;
  const uncovered = firstUncoveredInstallment(arrangement, invoice.paid);
  if (uncovered === null) return null;
  return isBefore(installmentDueAfterHolds(arrangement, uncovered), today) ? uncovered : null;
};
