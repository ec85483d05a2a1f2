import * as t from 'io-ts';
import { record } from '../shared/codec';
import { CalendarDate } from '../shared/calendar-date';
import { DebtorId, InvoiceId } from '../shared/ids';
import { Money, PositiveMoney } from '../shared/money';
import { NonEmptyText, PaymentLink } from '../shared/text';

/**
 * The events of an invoice stream, current schema versions. Every codec here is the
 * newest version; older versions are upcast on read (see `envelope/upcasters.ts`).
 */

export const HoldReason = t.keyof(
  { dispute: null, 'awaiting-credit-note': null, clarification: null, other: null },
  'HoldReason',
);
export type HoldReason = t.TypeOf<typeof HoldReason>;

export const ReminderKind = t.keyof(
  { reminder: null, demand: null, 'final-notice': null, 'hand-over': null },
  'ReminderKind',
);
export type ReminderKind = t.TypeOf<typeof ReminderKind>;

export const ReminderChannel = t.keyof({ email: null, post: null, phone: null }, 'ReminderChannel');
export type ReminderChannel = t.TypeOf<typeof ReminderChannel>;

export const ResendChannel = t.keyof({ email: null, post: null }, 'ResendChannel');
export type ResendChannel = t.TypeOf<typeof ResendChannel>;

export const ContactChannel = t.keyof({ phone: null, email: null }, 'ContactChannel');
export type ContactChannel = t.TypeOf<typeof ContactChannel>;

/** What came of a call or mail; free notes go in `note`. */
export const ContactOutcome = t.keyof(
  {
    reached: null,
    'no-answer': null,
    voicemail: null,
    'callback-requested': null,
    'wrong-number': null,
    'message-sent': null,
    'reply-received': null,
    other: null,
  },
  'ContactOutcome',
);
export type ContactOutcome = t.TypeOf<typeof ContactOutcome>;

export const Installment = t.readonly(
  t.strict({ dueDate: CalendarDate, amount: Money }),
  'Installment',
);
export type Installment = t.TypeOf<typeof Installment>;

export const Issued = t.strict({
  type: t.literal('Issued'),
  data: record(
    {
      invoiceId: InvoiceId,
      debtorId: DebtorId,
      number: NonEmptyText,
      issueDate: CalendarDate,
      dueDate: CalendarDate,
      paymentTermDays: t.number,
      amount: Money,
      description: t.string,
    },
    { paymentLink: PaymentLink },
  ),
});

export const TermsAdjusted = t.strict({
  type: t.literal('TermsAdjusted'),
  data: record(
    { previousDueDate: CalendarDate, dueDate: CalendarDate },
    { paymentTermDays: t.number },
  ),
});

/**
 * A rung went out. A final notice (the 14-dagenbrief) also records what the letter said:
 * `statedCosts`, the collection costs it announces, and `deadline`, the last day the debtor
 * may pay without them. Both are optional: older events and other kinds carry neither.
 */
export const ReminderSent = t.strict({
  type: t.literal('ReminderSent'),
  data: record(
    { level: t.number, kind: ReminderKind, channel: ReminderChannel, sentOn: CalendarDate },
    { statedCosts: Money, deadline: CalendarDate },
  ),
});

export const PutOnHold = t.strict({
  type: t.literal('PutOnHold'),
  data: record({ reason: HoldReason, since: CalendarDate }, { note: t.string }),
});

export const HoldReleased = t.strict({
  type: t.literal('HoldReleased'),
  data: record({ releasedOn: CalendarDate }, { note: t.string }),
});

export const PaymentPromised = t.strict({
  type: t.literal('PaymentPromised'),
  data: record(
    { promisedDate: CalendarDate, promisedOn: CalendarDate },
    { amount: Money, note: t.string },
  ),
});

export const PromiseKept = t.strict({
  type: t.literal('PromiseKept'),
  data: record({ promisedDate: CalendarDate, keptOn: CalendarDate }, {}),
});

export const PromiseBroken = t.strict({
  type: t.literal('PromiseBroken'),
  data: record({ promisedDate: CalendarDate, detectedOn: CalendarDate }, {}),
});

export const Paid = t.strict({
  type: t.literal('Paid'),
  data: record({ amount: PositiveMoney, paidOn: CalendarDate }, { reference: t.string }),
});

export const CreditBalanceRecorded = t.strict({
  type: t.literal('CreditBalanceRecorded'),
  data: record({ amount: Money, recordedOn: CalendarDate }, {}),
});

export const CreditNoteApplied = t.strict({
  type: t.literal('CreditNoteApplied'),
  data: record({ number: NonEmptyText, amount: PositiveMoney, appliedOn: CalendarDate }, {}),
});

export const InvoiceResent = t.strict({
  type: t.literal('InvoiceResent'),
  data: record({ channel: ResendChannel, resentOn: CalendarDate }, { paymentLink: PaymentLink }),
});

export const ContactLogged = t.strict({
  type: t.literal('ContactLogged'),
  data: record(
    { channel: ContactChannel, outcome: ContactOutcome, contactedOn: CalendarDate },
    { note: t.string },
  ),
});

export const ArrangementAgreed = t.strict({
  type: t.literal('ArrangementAgreed'),
  data: record({ installments: t.readonlyArray(Installment), agreedOn: CalendarDate }, {}),
});

export const ArrangementDefaulted = t.strict({
  type: t.literal('ArrangementDefaulted'),
  data: record({ missedDueDate: CalendarDate, detectedOn: CalendarDate }, {}),
});

/**
 * The case went to a collection agency with the principal still `outstanding`; `costs`
 * (buitengerechtelijke incassokosten) and statutory `interest` up to the hand-over date are
 * recorded when they were charged. Older events carry neither.
 */
export const HandedOverToCollection = t.strict({
  type: t.literal('HandedOverToCollection'),
  data: record(
    { handedOverOn: CalendarDate, outstanding: Money },
    { agency: t.string, costs: Money, interest: Money },
  ),
});

export const WrittenOff = t.strict({
  type: t.literal('WrittenOff'),
  data: record({ amount: Money, writtenOffOn: CalendarDate }, {}),
});

export const InvoiceEvent = t.union(
  [
    Issued,
    TermsAdjusted,
    ReminderSent,
    PutOnHold,
    HoldReleased,
    PaymentPromised,
    PromiseKept,
    PromiseBroken,
    Paid,
    CreditBalanceRecorded,
    CreditNoteApplied,
    InvoiceResent,
    ContactLogged,
    ArrangementAgreed,
    ArrangementDefaulted,
    HandedOverToCollection,
    WrittenOff,
  ],
  'InvoiceEvent',
);
export type InvoiceEvent = t.TypeOf<typeof InvoiceEvent>;
export type InvoiceEventType = InvoiceEvent['type'];

/** Narrows the event union to one event by its type name. */
export type InvoiceEventOf<K extends InvoiceEventType> = Extract<InvoiceEvent, { type: K }>;
