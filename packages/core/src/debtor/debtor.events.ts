import * as t from 'io-ts';
import { record } from '../shared/codec';
import { DebtorId } from '../shared/ids';
import { NonEmptyText } from '../shared/text';

export const DebtorKind = t.keyof({ business: null, consumer: null }, 'DebtorKind');
export type DebtorKind = t.TypeOf<typeof DebtorKind>;

export const DebtorRegistered = t.strict({
  type: t.literal('DebtorRegistered'),
  data: record(
    { debtorId: DebtorId, name: NonEmptyText, kind: DebtorKind },
    { contactPerson: t.string, email: t.string, phone: t.string },
  ),
});

/** Name, kind, e-mail or phone corrected; only the fields that changed are present. */
export const DebtorDetailsChanged = t.strict({
  type: t.literal('DebtorDetailsChanged'),
  data: record({}, { name: NonEmptyText, kind: DebtorKind, email: t.string, phone: t.string }),
});

export const ContactPersonChanged = t.strict({
  type: t.literal('ContactPersonChanged'),
  data: record({ contactPerson: t.string }, { previousContactPerson: t.string }),
});

/** The client agreed a payment term with this debtor; it applies to the debtor's next invoices. */
export const PaymentTermAgreed = t.strict({
  type: t.literal('PaymentTermAgreed'),
  data: record({ paymentTermDays: t.number }, {}),
});

/** The first reminder goes this many days after the due date for this debtor; null clears it. */
export const ReminderOffsetOverridden = t.strict({
  type: t.literal('ReminderOffsetOverridden'),
  data: record({ reminderOffsetDays: t.union([t.number, t.null]) }, {}),
});

export const DebtorEvent = t.union(
  [
    DebtorRegistered,
    DebtorDetailsChanged,
    ContactPersonChanged,
    PaymentTermAgreed,
    ReminderOffsetOverridden,
  ],
  'DebtorEvent',
);
export type DebtorEvent = t.TypeOf<typeof DebtorEvent>;
export type DebtorEventType = DebtorEvent['type'];
