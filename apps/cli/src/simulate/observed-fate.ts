import { CalendarDate, daysBetween, HoldReason, InvoiceState } from '@debiteur/core';
import { HoldFate, InvoiceFate } from './portfolio-world';
import { NEEDLESS_WITHIN_DAYS } from './simulation-measures';

/** Days the simulation goes on after the last invoice is issued. */
export const SIMULATION_TAIL_DAYS = 150;

/** What the portfolio file tells of one invoice. */
export interface InvoiceFacts {
  readonly tenantId: string;
  state: InvoiceState;
  reminders: { readonly level: number; readonly sentOn: CalendarDate }[];
  hold: {
    reason: HoldReason;
    since: CalendarDate;
    until: CalendarDate | null;
    credited: number;
  } | null;
  promise: { promisedOn: CalendarDate; promisedDate: CalendarDate; kept: boolean } | null;
}

type Reminder = InvoiceFacts['reminders'][number];

export interface Observed {
  readonly facts: InvoiceFacts;
  readonly issueDate: CalendarDate;
  readonly settledDay: number | null;
  readonly paid: boolean;
  /** The level of the last reminder before settlement; 0 when none came before it. */
  readonly lastLevel: number;
  /** The reminder that moved him to pay (see `promptOf`). */
  readonly prompt: { readonly level: number; readonly lag: number } | null;
}

/**
 * The reminder that moved the debtor to pay: the last one before he paid. A payment within
 * 3 days of it is taken as made of his own accord, as the needless-reminder measure takes
 * it (the transfer was on its way), and one after a call to promise was set by the call, not
 * by the reminder. Null when no reminder moved him.
 */
const promptOf = (
  last: Reminder | undefined,
  settledOn: CalendarDate | null,
  promise: InvoiceFacts['promise'],
): Observed['prompt'] => {
  if (last === undefined || settledOn === null) return null;
  if (promise !== null && promise.promisedOn >= last.sentOn) return null;
  const lag = daysBetween(last.sentOn, settledOn);
  return lag <= NEEDLESS_WITHIN_DAYS ? null : { level: last.level, lag };
};

export const observe = (facts: InvoiceFacts): Observed | null => {
  const s = facts.state;
  if (s.status === 'unissued') return null;
  const settledOn = s.status === 'settled' ? s.settledOn : null;
  const before = settledOn === null ? [] : facts.reminders.filter((r) => r.sentOn <= settledOn);
  const last = before.at(-1);
  return {
    facts,
    issueDate: s.issueDate,
    settledDay: settledOn === null ? null : daysBetween(s.issueDate, settledOn),
    paid: s.paid.amount > 0,
    lastLevel: last?.level ?? 0,
    prompt: promptOf(last, settledOn, facts.promise),
  };
};

/**
 * A hold lasts until its release; one never released ends with the settlement it saw (the
 * debtor paid while on hold: the dispute was over), and only one still open when the file
 * ends lasts the rest of the simulation.
 */
const holdFate = (o: Observed): HoldFate | null => {
  const hold = o.facts.hold;
  if (hold === null) return null;
  const state = o.facts.state;
  const end = hold.until ?? (state.status === 'settled' ? state.settledOn : null);
  return {
    reason: hold.reason,
    onDay: Math.max(0, daysBetween(o.issueDate, hold.since)),
    days: end === null ? SIMULATION_TAIL_DAYS : Math.max(1, daysBetween(hold.since, end)),
    creditNote: hold.credited > 0 ? hold.credited : null,
  };
};

/**
 * A promise is made again with the same days to its date. It brings the payment on that date
 * only when he paid on it; a promise kept by an earlier payment (or one after a hold that
 * stood the promise still) was kept by a payment of his own accord, which comes on its day.
 */
const promiseFate = (o: Observed, paidDay: number | null): InvoiceFate['promise'] => {
  const promise = o.facts.promise;
  if (promise === null) return null;
  const promisedDay = daysBetween(o.issueDate, promise.promisedDate);
  return {
    lagDays: Math.max(0, daysBetween(promise.promisedOn, promise.promisedDate)),
    kept: promise.kept && paidDay === promisedDay,
  };
};

/**
 * How a debtor behaves on one invoice under another policy, read from what he did in the
 * portfolio. A reliably-late payer (by his profile) pays on the day he paid, whatever the
 * reminders. Anyone else: an invoice he paid on the date he promised is paid as promised
 * again; one he paid only after a reminder is paid the same number of days after the
 * reminder of the same level; one he paid of his own accord (before any reminder, within 3
 * days of one, or after a call) is paid on that day again, and only a reminder of a level he
 * did not get before paying in the file (or got later than now) moves him sooner, after his
 * usual reaction lag; one he never paid is never paid. Holds and credit notes are replayed
 * as they were. So the portfolio's own policy reproduces the portfolio.
 */
export const fateOf = (o: Observed, reliablyLate: boolean, debtorLag: number): InvoiceFate => {
  const paidDay = o.paid ? o.settledDay : null;
  const common = { hold: holdFate(o), promise: promiseFate(o, paidDay) };
  const never = { ...common, naturalPayDay: null, reactLag: null, reactFromLevel: 1 };
  if (reliablyLate) return { ...never, naturalPayDay: paidDay };
  if (paidDay === null || common.promise?.kept === true) return never;
  if (o.prompt !== null) {
    return { ...never, reactLag: o.prompt.lag, reactFromLevel: o.prompt.level };
  }
  return {
    ...common,
    naturalPayDay: paidDay,
    reactLag: debtorLag,
    reactFromLevel: Math.max(1, o.lastLevel),
  };
};
