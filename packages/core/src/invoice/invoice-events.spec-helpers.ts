import { Money } from '../shared/money';
import { day, eur, text } from '../shared/test-values.spec-helpers';
import { Installment, InvoiceEvent, InvoiceEventOf, ReminderKind } from './invoice.events';

/** An instalment in euros, due on a business date. */
export const installment = (dueDate: string, cents: number): Installment => ({
  dueDate: day(dueDate),
  amount: eur(cents),
});

const reminder = (level: number, kind: ReminderKind, sentOn: string): InvoiceEvent => ({
  type: 'ReminderSent',
  data: { level, kind, channel: 'email', sentOn: day(sentOn) },
});

/**
 * Invoice events after `Issued`, from plain dates and amounts; optional facts are left out
 * of the event when not given, as the decider leaves them out.
 */
export const invoiceEvents = {
  termsAdjusted: (previous: string, dueDate: string, paymentTermDays?: number): InvoiceEvent => ({
    type: 'TermsAdjusted',
    data: {
      previousDueDate: day(previous),
      dueDate: day(dueDate),
      ...(paymentTermDays === undefined ? {} : { paymentTermDays }),
    },
  }),
  reminder,
  /** A first reminder, or a demand from the second level on. */
  reminderSent: (level: number, sentOn: string): InvoiceEvent =>
    reminder(level, level === 1 ? 'reminder' : 'demand', sentOn),
  putOnHold: (
    reason: InvoiceEventOf<'PutOnHold'>['data']['reason'],
    since: string,
    note?: string,
  ): InvoiceEvent => ({
    type: 'PutOnHold',
    data: { reason, since: day(since), ...(note === undefined ? {} : { note }) },
  }),
  holdReleased: (releasedOn: string, note?: string): InvoiceEvent => ({
    type: 'HoldReleased',
    data: { releasedOn: day(releasedOn), ...(note === undefined ? {} : { note }) },
  }),
  promised: (promisedDate: string, promisedOn: string, amount?: Money): InvoiceEvent => ({
    type: 'PaymentPromised',
    data: {
      promisedDate: day(promisedDate),
      promisedOn: day(promisedOn),
      ...(amount === undefined ? {} : { amount }),
    },
  }),
  promiseKept: (promisedDate: string, keptOn: string): InvoiceEvent => ({
    type: 'PromiseKept',
    data: { promisedDate: day(promisedDate), keptOn: day(keptOn) },
  }),
  promiseBroken: (promisedDate: string, detectedOn: string): InvoiceEvent => ({
    type: 'PromiseBroken',
    data: { promisedDate: day(promisedDate), detectedOn: day(detectedOn) },
  }),
  paid: (amount: Money, paidOn: string): InvoiceEvent => ({
    type: 'Paid',
    data: { amount, paidOn: day(paidOn) },
  }),
  creditBalance: (amount: Money, recordedOn: string): InvoiceEvent => ({
    type: 'CreditBalanceRecorded',
    data: { amount, recordedOn: day(recordedOn) },
  }),
  creditNote: (number: string, amount: Money, appliedOn: string): InvoiceEvent => ({
    type: 'CreditNoteApplied',
    data: { number: text(number), amount, appliedOn: day(appliedOn) },
  }),
  contact: (contactedOn: string): InvoiceEvent => ({
    type: 'ContactLogged',
    data: { channel: 'phone', outcome: 'reached', contactedOn: day(contactedOn) },
  }),
  arrangement: (agreedOn: string, ...installments: readonly Installment[]): InvoiceEvent => ({
    type: 'ArrangementAgreed',
    data: { installments, agreedOn: day(agreedOn) },
  }),
  defaulted: (missedDueDate: string, detectedOn: string): InvoiceEvent => ({
    type: 'ArrangementDefaulted',
    data: { missedDueDate: day(missedDueDate), detectedOn: day(detectedOn) },
  }),
  handedOver: (handedOverOn: string, outstanding: Money): InvoiceEvent => ({
    type: 'HandedOverToCollection',
    data: { handedOverOn: day(handedOverOn), outstanding },
  }),
  writtenOff: (amount: Money, writtenOffOn: string): InvoiceEvent => ({
    type: 'WrittenOff',
    data: { amount, writtenOffOn: day(writtenOffOn) },
  }),
};
