import { CompanySize } from '../dutch-rules/payment-term-warnings';
import { DebtorId } from '../shared/ids';
import { NonEmptyText } from '../shared/text';
import { CONTACT_DETAILS } from './contact-details';
import { ContactDetail, DebtorEvent, DebtorKind } from './debtor.events';
import { RegisteredDebtor } from './debtor.state';

/** A value counts as changed only when it is given and differs from what is recorded. */
const differs = <A>(next: A | undefined, current: A | null): next is A =>
  next !== undefined && next !== current;

/** Fields of a registration, validated; `undefined` means not given. */
export interface Registration {
  readonly debtorId: DebtorId;
  readonly name: NonEmptyText;
  readonly kind: DebtorKind;
  readonly contactPerson: NonEmptyText | undefined;
  readonly email: string | undefined;
  readonly phone: NonEmptyText | undefined;
  readonly companySize: CompanySize | undefined;
}

export const debtorRegistered = (r: Registration): DebtorEvent => ({
  type: 'DebtorRegistered',
  data: {
    debtorId: r.debtorId,
    name: r.name,
    kind: r.kind,
    ...(r.contactPerson !== undefined ? { contactPerson: r.contactPerson } : {}),
    ...(r.email !== undefined ? { email: r.email } : {}),
    ...(r.phone !== undefined ? { phone: r.phone } : {}),
    ...(r.companySize !== undefined ? { companySize: r.companySize } : {}),
  },
});

/**
 * Corrections to name, kind, e-mail, phone or company size, validated; `undefined` means
 * leave as is.
 */
export interface DetailsChange {
  readonly name: NonEmptyText | undefined;
  readonly kind: DebtorKind | undefined;
  readonly email: string | undefined;
  readonly phone: NonEmptyText | undefined;
  readonly companySize: CompanySize | undefined;
}

/** One `DebtorDetailsChanged` holding only the fields that differ, or nothing at all. */
export const detailsChanged = (state: RegisteredDebtor, change: DetailsChange): DebtorEvent[] => {
  const data = {
    ...(differs(change.name, state.name) ? { name: change.name } : {}),
    ...(differs(change.kind, state.kind) ? { kind: change.kind } : {}),
    ...(differs(change.email, state.email) ? { email: change.email } : {}),
    ...(differs(change.phone, state.phone) ? { phone: change.phone } : {}),
    ...(differs(change.companySize, state.companySize) ? { companySize: change.companySize } : {}),
  };
  return Object.keys(data).length === 0 ? [] : [{ type: 'DebtorDetailsChanged', data }];
};

/** A new contact person, remembering the previous one so the history reads as a handover. */
export const contactPersonChanged = (
  current: string | null,
  next: NonEmptyText | undefined,
): DebtorEvent[] =>
  differs(next, current)
    ? [
        {
          type: 'ContactPersonChanged',
          data: {
            contactPerson: next,
            ...(current !== null ? { previousContactPerson: current } : {}),
          },
        },
      ]
    : [];

/** Removes those of the asked details that are recorded; nothing when none of them is. */
export const contactDetailsRemoved = (
  debtor: RegisteredDebtor,
  asked: readonly ContactDetail[],
): DebtorEvent[] => {
  const removed = CONTACT_DETAILS.filter(
    (detail) => asked.includes(detail) && debtor[detail] !== null,
  );
  return removed.length === 0 ? [] : [{ type: 'ContactDetailsRemoved', data: { removed } }];
};

export const paymentTermAgreed = (
  current: number | null,
  next: number | undefined,
): DebtorEvent[] =>
  differs(next, current) ? [{ type: 'PaymentTermAgreed', data: { paymentTermDays: next } }] : [];

export const reminderOffsetOverridden = (
  current: number | null,
  next: number | null | undefined,
): DebtorEvent[] =>
  differs(next, current)
    ? [{ type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: next } }]
    : [];
