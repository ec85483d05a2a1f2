import { SentReminder, OpenInvoice } from '../invoice/invoice.state';
import { LadderLevel, ReminderPolicy } from '../policy/policy.events';
import { DUTCH_BUSINESS_CALENDAR } from '../shared/business-calendar';
import { Instant } from '../shared/instant';
import {
  day as date,
  debtor,
  eur,
  instantOf,
  invoice,
  text,
} from '../shared/test-values.spec-helpers';
import { NextActionInput } from './next-action';

/** Test-only values, all built through the smart constructors of shared/. */

export { day as date, eur, instantOf } from '../shared/test-values.spec-helpers';

/** Noon in Amsterdam on the given business date. */
export const noonOn = (iso: string): Instant => instantOf(`${iso}T12:00:00+01:00`);

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
  invoiceId: invoice('inv-1'),
  debtorId: debtor('deb-1'),
  number: text('2026-0001'),
  issueDate: date('2026-03-02'),
  dueDate: date('2026-03-16'),
  paymentTermDays: 14,
  description: 'Consultancy, February',
  paymentLink: null,
  amount: eur(12100),
  paid: eur(0),
  payments: [],
  credited: eur(0),
  outstanding: eur(12100),
  creditBalance: eur(0),
  remindersSent: [],
  finalNotices: [],
  collection: null,
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
