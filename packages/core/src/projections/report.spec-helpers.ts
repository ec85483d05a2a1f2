import * as E from 'fp-ts/Either';
import { DebtorEvent } from '../debtor/debtor.events';
import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';
import { debtorStreamId, invoiceStreamId } from '../envelope/stream-id';
import { Installment, InvoiceEvent, InvoiceEventOf, ReminderKind } from '../invoice/invoice.events';
import { addDays, calendarDate, CalendarDate } from '../shared/calendar-date';
import {
  DebtorId,
  debtorId,
  eventId,
  InvoiceId,
  invoiceId,
  TenantId,
  tenantId,
} from '../shared/ids';
import { instantAt } from '../shared/instant';
import { Money, money } from '../shared/money';
import { NonEmptyText } from '../shared/text';

/** Test values are built through the smart constructors and codecs; a bad literal fails the test. */
const valid = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`invalid test value: ${JSON.stringify(either.left)}`);
  return either.right;
};

export const day = (iso: string): CalendarDate => valid(calendarDate(iso));
export const eur = (cents: number): Money => valid(money(cents, 'EUR'));
export const usd = (cents: number): Money => valid(money(cents, 'USD'));
export const text = (s: string): NonEmptyText => valid(NonEmptyText.decode(s));
export const tenant = (id: string): TenantId => valid(tenantId(id));
export const debtor = (id: string): DebtorId => valid(debtorId(id));
export const invoice = (id: string): InvoiceId => valid(invoiceId(id));
export const installment = (dueDate: string, amount: Money): Installment => ({
  dueDate: day(dueDate),
  amount,
});

export const ACME = tenant('acme');
export const OTHER_TENANT = tenant('globex');

const RECORDED_AT = instantAt(day('2026-01-01'), 10);

/** Envelopes for one stream's events, versions 1, 2, … (or from `firstVersion`). */
export const streamEnvelopes = (
  tenantId: TenantId,
  streamId: string,
  events: readonly DomainEvent[],
  firstVersion = 1,
): EventEnvelope[] =>
  events.map((event, i) => {
    const version = firstVersion + i;
    const at = RECORDED_AT;
    return {
      event,
      metadata: {
        eventId: valid(eventId(`${streamId}-${version}`)),
        tenantId,
        streamId,
        streamVersion: version,
        occurredAt: at,
        recordedAt: at,
        actor: 'test',
        reason: null,
        correlationId: `${streamId}-${version}`,
        causationId: null,
        schemaVersion: 1,
      },
    };
  });

export interface IssueFacts {
  readonly invoiceId: string;
  readonly debtorId: string;
  readonly issueDate: string;
  /** Default: 14 days after the issue date. */
  readonly dueDate?: string;
  readonly amount: Money;
  readonly number?: string;
  readonly description?: string;
}

export const issued = (facts: IssueFacts): InvoiceEventOf<'Issued'> => {
  const issueDate = day(facts.issueDate);
  const dueDate = facts.dueDate === undefined ? addDays(issueDate, 14) : day(facts.dueDate);
  return {
    type: 'Issued',
    data: {
      invoiceId: invoice(facts.invoiceId),
      debtorId: debtor(facts.debtorId),
      number: text(facts.number ?? facts.invoiceId),
      issueDate,
      dueDate,
      paymentTermDays: 14,
      amount: facts.amount,
      description: facts.description ?? `Services ${facts.invoiceId}`,
    },
  };
};

/** One invoice's stream: its `Issued` event followed by the given events. */
export const invoiceStream = (
  facts: IssueFacts & { readonly tenantId?: TenantId },
  ...rest: readonly InvoiceEvent[]
): EventEnvelope[] =>
  streamEnvelopes(
    facts.tenantId ?? ACME,
    invoiceStreamId(facts.tenantId ?? ACME, invoice(facts.invoiceId)),
    [issued(facts), ...rest],
  );

export const debtorStream = (
  id: string,
  events: readonly DebtorEvent[],
  tenantId: TenantId = ACME,
): EventEnvelope[] => streamEnvelopes(tenantId, debtorStreamId(tenantId, debtor(id)), events);

export const ev = {
  termsAdjusted: (previous: string, dueDate: string): InvoiceEvent => ({
    type: 'TermsAdjusted',
    data: { previousDueDate: day(previous), dueDate: day(dueDate) },
  }),
  reminder: (level: number, kind: ReminderKind, sentOn: string): InvoiceEvent => ({
    type: 'ReminderSent',
    data: { level, kind, channel: 'email', sentOn: day(sentOn) },
  }),
  putOnHold: (
    reason: InvoiceEventOf<'PutOnHold'>['data']['reason'],
    since: string,
    note?: string,
  ): InvoiceEvent => ({
    type: 'PutOnHold',
    data: { reason, since: day(since), ...(note === undefined ? {} : { note }) },
  }),
  holdReleased: (releasedOn: string): InvoiceEvent => ({
    type: 'HoldReleased',
    data: { releasedOn: day(releasedOn) },
  }),
  promised: (promisedDate: string, promisedOn: string): InvoiceEvent => ({
    type: 'PaymentPromised',
    data: { promisedDate: day(promisedDate), promisedOn: day(promisedOn) },
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

export const registered = (
  id: string,
  name: string,
  contact: { contactPerson?: string; email?: string; phone?: string } = {},
): DebtorEvent => ({
  type: 'DebtorRegistered',
  data: { debtorId: debtor(id), name: text(name), kind: 'business', ...contact },
});
