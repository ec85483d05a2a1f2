import {
  fourteenDayLetterDeadline,
  fourteenDayLetterProblem,
  statutoryCollectionCosts,
  VatOnCosts,
} from '../dutch-rules';
import { CalendarDate, isAfter, maxDate } from '../shared/calendar-date';
import { Money } from '../shared/money';
import { FinalNoticeProblem, InvoiceError } from './invoice.errors';
import { FinalNotice, IssuedInvoice } from './invoice.state';

/** The 14-day letter a consumer's collection costs rest on, with the deadline that binds. */
export interface CountingLetter {
  readonly level: number;
  readonly sentOn: CalendarDate;
  /** The costs the letter stated: the most the consumer can be charged. */
  readonly statedCosts: Money;
  /** The letter's deadline, or a later one a later final notice gave: costs only after it. */
  readonly deadline: CalendarDate;
}

/**
 * Why a final notice is no 14-day letter (art. 6:96 lid 6 BW), judged on the letter alone:
 * it must be written (post or e-mail, not a phone call), state the costs, no more than the statutory costs on the principal outstanding
 * when it went out, and a last day to pay no earlier than 14 days after the day after its
 * presumed receipt. Null for a valid letter. `vat`: the VAT the tenant adds to the costs,
 * which a letter may then state on top of the staffel.
 */
export const finalNoticeProblem = (
  notice: FinalNotice,
  vat?: VatOnCosts,
): FinalNoticeProblem | null => {
  if (notice.channel === 'phone') return 'not-written';
  if (notice.deadline === null) {
    return notice.statedCosts === null ? 'costs-not-stated' : 'deadline-not-stated';
  }
  const { sentOn, deadline, statedCosts } = notice;
  return fourteenDayLetterProblem(
    { sentOn, deadline, statedCosts },
    statutoryCollectionCosts(notice.principal, vat),
  );
};

/** The deadline a final notice gave: the one it stated, else the correct one from its sending. */
const deadlineGiven = (notice: FinalNotice): CalendarDate =>
  notice.deadline ?? fourteenDayLetterDeadline(notice.sentOn).deadline;

/**
 * The letter that gives the right to charge a consumer collection costs: the first valid
 * final notice. A wrong letter is never repaired: a later letter that only extends the
 * deadline or corrects the amount counts only when it is a complete, valid letter itself,
 * and then its own 14 days run from its own sending. A final notice sent after the counting
 * letter can move the deadline later (the creditor is bound by the extra time it gave) but
 * never earlier. Rejected with `NoFourteenDayLetter` when none was sent, or
 * `InvalidFourteenDayLetter` naming the latest letter's problem when none is valid.
 */
export const countingLetter = (
  invoice: Pick<IssuedInvoice, 'finalNotices'>,
  vat?: VatOnCosts,
): { readonly letter: CountingLetter } | { readonly error: InvoiceError } => {
  const notices = invoice.finalNotices;
  const first = notices.findIndex((notice) => finalNoticeProblem(notice, vat) === null);
  const valid = notices[first];
  if (valid === undefined || valid.statedCosts === null || valid.deadline === null) {
    const latest = notices[notices.length - 1];
    if (latest === undefined) return { error: { _tag: 'NoFourteenDayLetter' } };
    const problem = finalNoticeProblem(latest, vat) ?? 'costs-not-stated';
    return { error: { _tag: 'InvalidFourteenDayLetter', level: latest.level, problem } };
  }
  const deadline = notices
    .slice(first + 1)
    .map(deadlineGiven)
    .reduce(maxDate, valid.deadline);
  return {
    letter: { level: valid.level, sentOn: valid.sentOn, statedCosts: valid.statedCosts, deadline },
  };
};

/**
 * Why collection costs may not be charged to a consumer on `today`: no valid 14-day letter,
 * or its deadline has not passed (the consumer may still pay on the deadline itself). The
 * counting letter when they may.
 */
export const consumerCostsAllowed = (
  invoice: Pick<IssuedInvoice, 'finalNotices'>,
  today: CalendarDate,
  vat?: VatOnCosts,
): { readonly letter: CountingLetter } | { readonly error: InvoiceError } => {
  const standing = countingLetter(invoice, vat);
  if ('error' in standing) return standing;
  const { deadline } = standing.letter;
  return isAfter(today, deadline)
    ? standing
    : { error: { _tag: 'FourteenDayTermRunning', deadline } };
};
