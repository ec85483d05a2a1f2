import fc from 'fast-check';
import { DebtorEvent, DebtorKind } from '../debtor/debtor.events';
import {
  ContactChannel,
  ContactOutcome,
  HoldReason,
  InvoiceEvent,
  ReminderChannel,
  ReminderKind,
} from '../invoice/invoice.events';
import { TenantEvent } from '../policy/policy.events';
import { addDays, CalendarDate } from '../shared/calendar-date';
import { Money, money } from '../shared/money';
import { NonEmptyText, PaymentLink } from '../shared/text';
import { DebiteurEvent } from './debiteur-event';
import { day, debtor, invoice, text, valid } from './envelope.spec-helpers';

const keysOf = <K extends string>(codec: { readonly keys: object; is: (u: unknown) => u is K }) =>
  fc.constantFrom(...Object.keys(codec.keys).filter(codec.is));

const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,30}$/);
const dateArb: fc.Arbitrary<CalendarDate> = fc
  .integer({ min: 0, max: 365 * 60 })
  .map((n) => addDays(day('1990-01-01'), n));
const moneyArb: fc.Arbitrary<Money> = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom('EUR', 'USD', 'GBP'))
  .map(([cents, currency]) => valid(money(cents, currency)));
/** What a payment or credit note moves: above zero (`PositiveMoney`). */
const positiveMoneyArb: fc.Arbitrary<Money> = moneyArb.map((m) =>
  m.amount > 0 ? m : valid(money(1 - m.amount, m.currency)),
);
const textArb: fc.Arbitrary<NonEmptyText> = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((s) => s.trim().length > 0)
  .map(text);
const linkArb: fc.Arbitrary<PaymentLink> = idArb.map((id) =>
  valid(PaymentLink.decode(`https://pay.example.nl/${id}`)),
);

const issuedArb: fc.Arbitrary<InvoiceEvent> = fc
  .record(
    {
      invoiceId: idArb.map(invoice),
      debtorId: idArb.map(debtor),
      number: textArb,
      issueDate: dateArb,
      paymentTermDays: fc.integer({ min: 0, max: 120 }),
      amount: moneyArb,
      description: fc.string(),
      paymentLink: linkArb,
    },
    {
      requiredKeys: [
        'invoiceId',
        'debtorId',
        'number',
        'issueDate',
        'paymentTermDays',
        'amount',
        'description',
      ],
    },
  )
  .map((data) => ({
    type: 'Issued',
    data: { ...data, dueDate: addDays(data.issueDate, data.paymentTermDays) },
  }));

const paidArb: fc.Arbitrary<InvoiceEvent> = fc
  .record(
    { amount: positiveMoneyArb, paidOn: dateArb, reference: fc.string() },
    { requiredKeys: ['amount', 'paidOn'] },
  )
  .map((data) => ({ type: 'Paid', data }));

const reminderArb: fc.Arbitrary<InvoiceEvent> = fc
  .record({
    level: fc.integer({ min: 1, max: 6 }),
    kind: keysOf(ReminderKind),
    channel: keysOf(ReminderChannel),
    sentOn: dateArb,
  })
  .map((data) => ({ type: 'ReminderSent', data }));

const holdArb: fc.Arbitrary<InvoiceEvent> = fc
  .record(
    { reason: keysOf(HoldReason), since: dateArb, note: fc.string() },
    { requiredKeys: ['reason', 'since'] },
  )
  .map((data) => ({ type: 'PutOnHold', data }));

const contactArb: fc.Arbitrary<InvoiceEvent> = fc
  .record(
    {
      channel: keysOf(ContactChannel),
      outcome: keysOf(ContactOutcome),
      contactedOn: dateArb,
      note: fc.string(),
    },
    { requiredKeys: ['channel', 'outcome', 'contactedOn'] },
  )
  .map((data) => ({ type: 'ContactLogged', data }));

const arrangementArb: fc.Arbitrary<InvoiceEvent> = fc
  .record({
    agreedOn: dateArb,
    installments: fc.array(fc.record({ dueDate: dateArb, amount: moneyArb }), { maxLength: 5 }),
  })
  .map((data) => ({ type: 'ArrangementAgreed', data }));

const debtorRegisteredArb: fc.Arbitrary<DebtorEvent> = fc
  .record(
    {
      debtorId: idArb.map(debtor),
      name: textArb,
      kind: keysOf(DebtorKind),
      email: fc.string(),
    },
    { requiredKeys: ['debtorId', 'name', 'kind'] },
  )
  .map((data) => ({ type: 'DebtorRegistered', data }));

const contactDetailsRemovedArb: fc.Arbitrary<DebtorEvent> = fc
  .subarray(['contactPerson', 'email', 'phone'] as const, { minLength: 1 })
  .map((removed) => ({ type: 'ContactDetailsRemoved', data: { removed } }));

const policyChangedArb: fc.Arbitrary<TenantEvent> = fc
  .record({
    defaultPaymentTermDays: fc.integer({ min: 0, max: 90 }),
    adaptive: fc.boolean(),
    promiseGraceDays: fc.integer({ min: 0, max: 10 }),
    ladder: fc.array(
      fc.record({
        level: fc.integer({ min: 1, max: 6 }),
        kind: keysOf(ReminderKind),
        afterDueDays: fc.integer({ min: 0, max: 120 }),
        channel: keysOf(ReminderChannel),
      }),
      { maxLength: 4 },
    ),
  })
  .map((policy) => ({ type: 'PolicyChanged', data: { policy } }));

/** Valid current events of several types and all three stream categories. */
export const eventArb: fc.Arbitrary<DebiteurEvent> = fc.oneof(
  issuedArb,
  paidArb,
  reminderArb,
  holdArb,
  contactArb,
  arrangementArb,
  debtorRegisteredArb,
  contactDetailsRemovedArb,
  policyChangedArb,
);
