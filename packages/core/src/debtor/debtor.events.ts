import * as t from 'io-ts';
import { record } from '../shared/codec';
import { DebtorId } from '../shared/ids';
import { NonEmptyText } from '../shared/text';
import { CompanySize } from '../dutch-rules/payment-term-warnings';

export const DebtorKind = t.keyof({ business: null, consumer: null }, 'DebtorKind');
export type DebtorKind = t.TypeOf<typeof DebtorKind>;

/**
 * The codec of `CompanySize` (art. 2:397 BW: small or medium, or large), as debtor events and
 * the tenant's policy record it; the payment-term check of art. 6:119a lid 6 BW reads it.
 */
export const CompanySizeCodec: t.Type<CompanySize, CompanySize> = t.keyof(
  { 'small-or-medium': null, large: null },
  'CompanySize',
);

/** A debtor became known; `companySize` only when the client said how large it is. */
export const DebtorRegistered = t.strict({
  type: t.literal('DebtorRegistered'),
  data: record(
    { debtorId: DebtorId, name: NonEmptyText, kind: DebtorKind },
    { contactPerson: t.string, email: t.string, phone: t.string, companySize: CompanySizeCodec },
  ),
});

/**
 * Name, kind, e-mail, phone or company size corrected; only the fields that changed are
 * present. Events from before company sizes were recorded simply lack it.
 */
export const DebtorDetailsChanged = t.strict({
  type: t.literal('DebtorDetailsChanged'),
  data: record(
    {},
    {
      name: NonEmptyText,
      kind: DebtorKind,
      email: t.string,
      phone: t.string,
      companySize: CompanySizeCodec,
    },
  ),
});

export const ContactPersonChanged = t.strict({
  type: t.literal('ContactPersonChanged'),
  data: record({ contactPerson: t.string }, { previousContactPerson: t.string }),
});

/** A contact detail of a debtor that can be recorded, and removed again. */
export const ContactDetail = t.keyof(
  { contactPerson: null, email: null, phone: null },
  'ContactDetail',
);
export type ContactDetail = t.TypeOf<typeof ContactDetail>;

/**
 * Contact details that no longer hold (the contact person left, the address bounces) or that
 * the debtor asked to be removed: they are unknown from now on. The previous values are not
 * repeated here.
 */
export const ContactDetailsRemoved = t.strict({
  type: t.literal('ContactDetailsRemoved'),
  data: record({ removed: t.readonlyArray(ContactDetail) }, {}),
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
    ContactDetailsRemoved,
    PaymentTermAgreed,
    ReminderOffsetOverridden,
  ],
  'DebtorEvent',
);
export type DebtorEvent = t.TypeOf<typeof DebtorEvent>;
export type DebtorEventType = DebtorEvent['type'];
