import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { SentReminder, OpenInvoice } from '../invoice/invoice.state';
import { LadderLevel, ReminderPolicy } from '../policy/policy.events';
import { DUTCH_BUSINESS_CALENDAR } from '../shared/business-calendar';
import { CalendarDate, calendarDate } from '../shared/calendar-date';
import { debtorId, invoiceId } from '../shared/ids';
import { Instant, instant } from '../shared/instant';
import { Money, money } from '../shared/money';
import { NonEmptyText } from '../shared/text';
import { NextActionInput } from './next-action';

/** Test-only values, all built through the smart constructors of shared/. */

const valid = <A>(either: E.Either<unknown, A>): A =>
  pipe(
    either,
    E.getOrElseW((problem) => {
      throw new Error(`invalid test value: ${JSON.stringify(problem)}`);
    }),
  );

export const date = (iso: string): CalendarDate => valid(calendarDate(iso));
export const eur = (cents: number): Money => valid(money(cents, 'EUR'));
/** Noon in Amsterdam on the given business date. */
export const noonOn = (iso: string): Instant => valid(instant(`${iso}T12:00:00+01:00`));
export const instantOf = (iso: string): Instant => valid(instant(iso));

const text = (s: string): NonEmptyText => valid(NonEmptyText.decode(s));

export const rung = (
  level: number,
  kind: LadderLevel['kind'],
  afterDueDays: number,
  channel: LadderLevel['channel'] = 'email',
): LadderLevel => ({ level, kind, afterDueDays, channel });

/** Reminder +1, demand +14, final notice +28, hand-over +42 days after the due date. */
export const LADDER: readonly LadderLevel[] = [
  rung(1, 'reminder', 1),
  rung(2, 'demand', 14),
  rung(3, 'final-notice', 28, 'post'),
  rung(4, 'hand-over', 42, 'post'),
];

export const POLICY: ReminderPolicy = {
  defaultPaymentTermDays: 14,
  adaptive: false,
  promiseGraceDays: 3,
  ladder: LADDER,
};

export const sent = (
  level: number,
  sentOn: string,
  kind: SentReminder['kind'] = 'reminder',
): SentReminder => ({ level, kind, channel: 'email', sentOn: date(sentOn) });

/**
 * An open invoice of EUR 121.00, issued Monday 2 March 2026 on 14 days' terms: due Monday
 * 16 March, nothing paid, no reminders, no hold, promise or arrangement.
 */
export const openInvoice = (changes: Partial<OpenInvoice> = {}): OpenInvoice => ({
  status: 'open',
  invoiceId: valid(invoiceId('inv-1')),
  debtorId: valid(debtorId('deb-1')),
  number: text('2026-0001'),
  issueDate: date('2026-03-02'),
  dueDate: date('2026-03-16'),
  paymentTermDays: 14,
  description: 'Consultancy, February',
  paymentLink: null,
  amount: eur(12100),
  paid: eur(0),
  credited: eur(0),
  outstanding: eur(12100),
  creditBalance: eur(0),
  remindersSent: [],
  hold: null,
  promise: null,
  arrangement: null,
  resentCount: 0,
  contactCount: 0,
  lastMovedOn: null,
  ...changes,
});

/** Everything `nextAction` needs, for a business debtor without override, as of `today`. */
export const inputOn = (
  today: string,
  changes: Partial<NextActionInput> = {},
): NextActionInput => ({
  invoice: openInvoice(),
  debtor: { kind: 'business', reminderOffsetDays: null },
  policy: POLICY,
  behaviour: null,
  calendar: DUTCH_BUSINESS_CALENDAR,
  now: noonOn(today),
  ...changes,
});
