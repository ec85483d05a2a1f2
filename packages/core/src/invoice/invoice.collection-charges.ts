import * as E from 'fp-ts/Either';
import { DebtorKind } from '../debtor/debtor.events';
import {
  allocatePayment,
  ClaimBalance,
  fourteenDayLetterDeadline,
  interestStartDate,
  statutoryCollectionCosts,
  statutoryInterest,
} from '../dutch-rules';
import { CalendarDate, compareDates, maxDate, minDate } from '../shared/calendar-date';
import { clampAtZero, Money, zero } from '../shared/money';
import { minus, plus } from './invoice.amounts';
import { HandOverToCollection, SendReminder } from './invoice.commands';
import { InvoiceError } from './invoice.errors';
import { consumerCostsAllowed } from './invoice.fourteen-day-letter';
import { FinalNotice, IssuedInvoice, OpenInvoice } from './invoice.state';

/**
 * What a final notice states: the command's own amount and deadline when it gives them,
 * else the statutory collection costs on the principal outstanding and the correct 14-day
 * deadline from today. Other kinds state nothing; an amount the staffel does not cover
 * (another currency, nothing owed) is left out.
 */
export const finalNoticeStatement = (
  command: SendReminder,
  invoice: OpenInvoice,
  today: CalendarDate,
): { readonly statedCosts?: Money; readonly deadline?: CalendarDate } => {
  if (command.kind !== 'final-notice') return {};
  const statedCosts =
    command.statedCosts ?? statutoryCollectionCosts(invoice.outstanding, command.costsVat);
  const deadline = command.deadline ?? fourteenDayLetterDeadline(today).deadline;
  return statedCosts === null ? { deadline } : { statedCosts, deadline };
};

/**
 * The day statutory interest starts. A business is in default the day after the due date
 * without notice (art. 6:119a BW). A consumer's due date is not taken as a fatal term: the
 * first final notice is the notice of default, and interest runs from the day after the last
 * day it gave to pay (never sooner than the 14 days the law gives); null before any notice.
 */
export const interestStartOf = (
  invoice: Pick<IssuedInvoice, 'dueDate' | 'finalNotices'>,
  debtorKind: DebtorKind,
): CalendarDate | null => {
  if (debtorKind === 'business') {
    return interestStartDate({ kind: 'commercial', dueDate: invoice.dueDate });
  }
  const first = invoice.finalNotices[0];
  return interestStartDate({
    kind: 'consumer',
    dueDate: invoice.dueDate,
    fatalTerm: false,
    noticeOfDefaultDeadline: first === undefined ? null : noticeDeadline(first),
  });
};

/** The last day a final notice gave: as stated, but never before the correct 14-day deadline. */
const noticeDeadline = (notice: FinalNotice): CalendarDate => {
  const correct = fourteenDayLetterDeadline(notice.sentOn).deadline;
  return notice.deadline === null ? correct : maxDate(notice.deadline, correct);
};

const lesser = (a: Money, b: Money): Money => (b.amount < a.amount ? b : a);

/**
 * Statutory interest up to, not including, `until`, from the start day (see
 * `interestStartOf`): the consumer rate (art. 6:119 BW) for a consumer, the commercial rate
 * (art. 6:119a BW) for a business, compounded yearly. It runs on each part of the principal
 * until the day that part was paid, and on what is still outstanding until `until`; credit
 * notes correct the invoice, so they reduce the principal from the start. Payments before
 * the hand-over settle principal (no interest or costs were claimed yet). Zero while
 * interest has not started.
 */
export const interestOwed = (
  invoice: Pick<IssuedInvoice, 'dueDate' | 'finalNotices' | 'amount' | 'credited' | 'payments'>,
  debtorKind: DebtorKind,
  until: CalendarDate,
): Money => {
  const none = zero(invoice.amount.currency);
  const from = interestStartOf(invoice, debtorKind);
  if (from === null) return none;
  const kind = debtorKind === 'consumer' ? 'consumer' : 'commercial';
  const on = (principal: Money, upTo: CalendarDate): Money =>
    statutoryInterest({ principal, kind, from, until: upTo }).total;
  let principal = clampAtZero(minus(invoice.amount, invoice.credited));
  let interest = none;
  const inOrder = [...invoice.payments].sort((a, b) => compareDates(a.paidOn, b.paidOn));
  for (const payment of inOrder) {
    const part = payment.amount.amount < principal.amount ? payment.amount : principal;
    interest = plus(interest, on(part, minDate(payment.paidOn, until)));
    principal = minus(principal, part);
  }
  return plus(interest, on(principal, until));
};

/**
 * The collection costs a hand-over charges: the staffel on the principal outstanding, plus
 * the tenant's VAT when it cannot deduct it (art. 6:96 BW and the Besluit; for a business the €40 minimum is due once it is in
 * default, which a hand-over after the due date is). A consumer is charged only after a
 * valid 14-day letter whose deadline has passed, and never more than that letter stated.
 * Null when nothing is charged; an error when `statutory` costs are asked but not allowed.
 */
const costsCharged = (
  invoice: OpenInvoice,
  command: HandOverToCollection & { readonly debtorKind: DebtorKind },
  today: CalendarDate,
): E.Either<InvoiceError, Money | null> => {
  const charge = command.costs ?? 'statutory';
  if (charge === 'none') return E.right(null);
  const statutory = statutoryCollectionCosts(invoice.outstanding, command.costsVat);
  if (statutory === null) return E.right(null);
  if (command.debtorKind === 'business') return E.right(statutory);
  const allowed = consumerCostsAllowed(invoice, today, command.costsVat);
  if ('letter' in allowed) return E.right(lesser(statutory, allowed.letter.statedCosts));
  return charge === 'when-allowed' ? E.right(null) : E.left(allowed.error);
};

/**
 * What a hand-over records on top of the outstanding principal: with the debtor's kind, the
 * statutory interest up to the hand-over date and the collection costs the command asks for
 * (default `statutory`); without it, nothing (the hand-over of before these rules).
 */
export const handOverCharges = (
  command: HandOverToCollection,
  invoice: OpenInvoice,
  today: CalendarDate,
): E.Either<InvoiceError, { readonly costs?: Money; readonly interest?: Money }> => {
  const { debtorKind } = command;
  if (debtorKind === undefined) return E.right({});
  const interest = interestOwed(invoice, debtorKind, today);
  return E.map((costs: Money | null) => (costs === null ? { interest } : { costs, interest }))(
    costsCharged(invoice, { ...command, debtorKind }, today),
  );
};

/**
 * The claim as it stands (art. 6:44 BW): collection costs, interest and principal still
 * owed. Before a hand-over that charged costs or interest it is the outstanding principal
 * alone; after it, what was paid since settles costs first, then interest, then principal,
 * and credit notes since reduce the principal.
 */
export const claimBalance = (invoice: IssuedInvoice): ClaimBalance => {
  const none = zero(invoice.amount.currency);
  const charges = invoice.collection;
  if (charges === null) return { costs: none, interest: none, principal: invoice.outstanding };
  const creditedSince = minus(invoice.credited, charges.creditedBefore);
  const atHandOver: ClaimBalance = {
    costs: charges.costs,
    interest: charges.interest,
    principal: clampAtZero(minus(charges.principal, creditedSince)),
  };
  const paidSince = clampAtZero(minus(invoice.paid, charges.paidBefore));
  return paidSince.amount === 0 ? atHandOver : allocatePayment(atHandOver, paidSince).balance;
};
