import { DebtorId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { NonEmptyText } from '../shared/text';
import { CompanySize } from '../dutch-rules/payment-term-warnings';
import { ContactDetail, DebtorKind } from './debtor.events';

/**
 * Commands to a debtor stream. Each carries `now`, the instant the command is decided at:
 * the core reads no clock, so the shell (or a test) says what time it is. E-mail addresses
 * and day counts arrive unchecked; `decide` rejects bad ones with a typed error.
 */
interface At {
  readonly now: Instant;
}

export interface RegisterDebtor extends At {
  readonly type: 'RegisterDebtor';
  readonly debtorId: DebtorId;
  readonly name: NonEmptyText;
  readonly kind: DebtorKind;
  readonly contactPerson?: NonEmptyText;
  readonly email?: string;
  readonly phone?: NonEmptyText;
  /** How large the debtor is (art. 2:397 BW), for the payment-term check of art. 6:119a BW. */
  readonly companySize?: CompanySize;
}

/** Corrects name, kind, e-mail, phone or company size; absent fields stay as they are. */
export interface ChangeDebtorDetails extends At {
  readonly type: 'ChangeDebtorDetails';
  readonly name?: NonEmptyText;
  readonly kind?: DebtorKind;
  readonly email?: string;
  readonly phone?: NonEmptyText;
  readonly companySize?: CompanySize;
}

export interface ChangeContactPerson extends At {
  readonly type: 'ChangeContactPerson';
  readonly contactPerson: NonEmptyText;
}

/** Forgets the named contact details; those not recorded are passed over. */
export interface RemoveContactDetails extends At {
  readonly type: 'RemoveContactDetails';
  readonly details: readonly ContactDetail[];
}

/** The client agreed a payment term with the debtor (story 5), often via the accounting sync. */
export interface AgreePaymentTerm extends At {
  readonly type: 'AgreePaymentTerm';
  readonly paymentTermDays: number;
}

/** Moves this debtor's first reminder to `reminderOffsetDays` after due (story 4); null clears it. */
export interface OverrideReminderOffset extends At {
  readonly type: 'OverrideReminderOffset';
  readonly reminderOffsetDays: number | null;
}

/**
 * The upsert behind `PUT /debtors/:id`: registers an unknown debtor, or records only what
 * differs for a known one. An absent optional field leaves the stored value alone, so a
 * sync that does not know a field cannot wipe what a collector set. Null removes explicitly:
 * `contactPerson`, `email` or `phone` null forgets that detail, `reminderOffsetDays: null`
 * clears the override.
 */
export interface SaveDebtorProfile extends At {
  readonly type: 'SaveDebtorProfile';
  readonly debtorId: DebtorId;
  readonly name: NonEmptyText;
  readonly kind: DebtorKind;
  readonly contactPerson?: NonEmptyText | null;
  readonly email?: string | null;
  readonly phone?: NonEmptyText | null;
  readonly companySize?: CompanySize;
  readonly paymentTermDays?: number;
  readonly reminderOffsetDays?: number | null;
}

export type DebtorCommand =
  | RegisterDebtor
  | ChangeDebtorDetails
  | ChangeContactPerson
  | RemoveContactDetails
  | AgreePaymentTerm
  | OverrideReminderOffset
  | SaveDebtorProfile;

export type DebtorCommandType = DebtorCommand['type'];
