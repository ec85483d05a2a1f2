import * as E from 'fp-ts/Either';
import { calendarDate, CalendarDate } from '../shared/calendar-date';
import { debtorId, invoiceId } from '../shared/ids';
import { Instant, instant, instantAt } from '../shared/instant';
import { Money, money } from '../shared/money';
import { NonEmptyText, PaymentLink } from '../shared/text';
import { InvoiceCommand } from './invoice.commands';
import { decide } from './invoice.decide';
import { InvoiceErrorTag } from './invoice.errors';
import { evolve, initialState } from './invoice.evolve';
import { Installment, InvoiceEvent, InvoiceEventOf } from './invoice.events';
import { InvoiceState } from './invoice.state';

/** Test values are built through the smart constructors and codecs; a bad literal fails the test. */
const valid = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`invalid test value: ${JSON.stringify(either.left)}`);
  return either.right;
};

export const day = (iso: string): CalendarDate => valid(calendarDate(iso));
export const eur = (cents: number): Money => valid(money(cents, 'EUR'));
export const usd = (cents: number): Money => valid(money(cents, 'USD'));
export const text = (s: string): NonEmptyText => valid(NonEmptyText.decode(s));
export const link = (s: string): PaymentLink => valid(PaymentLink.decode(s));
export const instantOf = (iso: string): Instant => valid(instant(iso));
/** An instant on a business date, at 10:00 in Amsterdam unless another hour is given. */
export const at = (iso: string, hour = 10): Instant => instantAt(day(iso), hour);
export const installment = (dueDate: string, cents: number): Installment => ({
  dueDate: day(dueDate),
  amount: eur(cents),
});

export const INVOICE_ID = valid(invoiceId('INV-2026-001'));
export const DEBTOR_ID = valid(debtorId('debtor-42'));
export const ISSUE_DATE = day('2026-01-05');
export const DUE_DATE = day('2026-01-19');
export const AMOUNT = eur(12100);
export const LINK = link('https://pay.example.nl/INV-2026-001');

export const folded = (events: readonly InvoiceEvent[], from: InvoiceState = initialState) =>
  events.reduce(evolve, from);

/**
 * Given events / when command / then events or a rejection's `_tag`: the decider's tests
 * read as the business rule they check.
 */
export const given = (...history: readonly InvoiceEvent[]) => {
  const state = folded(history);
  return {
    state,
    when: (command: InvoiceCommand) => {
      const decision = decide(command, state);
      const accepted = (): readonly InvoiceEvent[] => {
        if (E.isLeft(decision)) throw new Error(`rejected with ${decision.left._tag}`);
        return decision.right;
      };
      return {
        decision,
        thenEmits: (...expected: readonly InvoiceEvent[]) =>
          expect(decision).toStrictEqual(E.right(expected)),
        thenRejects: (tag: InvoiceErrorTag, details: object = {}) => {
          expect(E.isLeft(decision) ? decision.left._tag : 'accepted').toBe(tag);
          expect(decision).toMatchObject({ left: details });
        },
        /** The state after the accepted events, to check what a later command will see. */
        thenState: (): InvoiceState => folded(accepted(), state),
      };
    },
  };
};

export const ev = {
  issued: (over: Partial<InvoiceEventOf<'Issued'>['data']> = {}): InvoiceEventOf<'Issued'> => ({
    type: 'Issued',
    data: {
      invoiceId: INVOICE_ID,
      debtorId: DEBTOR_ID,
      number: text('2026-001'),
      issueDate: ISSUE_DATE,
      dueDate: DUE_DATE,
      paymentTermDays: 14,
      amount: AMOUNT,
      description: 'Consultancy, December 2025',
      paymentLink: LINK,
      ...over,
    },
  }),
  termsAdjusted: (previous: string, dueDate: string, paymentTermDays: number): InvoiceEvent => ({
    type: 'TermsAdjusted',
    data: { previousDueDate: day(previous), dueDate: day(dueDate), paymentTermDays },
  }),
  reminderSent: (level: number, sentOn: string): InvoiceEvent => ({
    type: 'ReminderSent',
    data: {
      level,
      kind: level === 1 ? 'reminder' : 'demand',
      channel: 'email',
      sentOn: day(sentOn),
    },
  }),
  putOnHold: (
    reason: InvoiceEventOf<'PutOnHold'>['data']['reason'],
    since: string,
  ): InvoiceEvent => ({ type: 'PutOnHold', data: { reason, since: day(since) } }),
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
  resent: (resentOn: string): InvoiceEvent => ({
    type: 'InvoiceResent',
    data: { channel: 'email', resentOn: day(resentOn), paymentLink: LINK },
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

/** Histories that put the standard invoice in each status. */
export const histories: Readonly<
  Record<'open' | 'settled' | 'handedOver' | 'writtenOff', readonly InvoiceEvent[]>
> = {
  open: [ev.issued()],
  settled: [ev.issued(), ev.paid(AMOUNT, '2026-01-15')],
  handedOver: [ev.issued(), ev.handedOver('2026-03-01', AMOUNT)],
  writtenOff: [ev.issued(), ev.writtenOff(AMOUNT, '2026-06-01')],
};
