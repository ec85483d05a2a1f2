import { DebtorId } from '../shared/ids';
import { NonEmptyText } from '../shared/text';
import { CompanySize } from '../dutch-rules/payment-term-warnings';
import { DebtorKind } from './debtor.events';

export interface UnregisteredDebtor {
  readonly status: 'unregistered';
}

export interface RegisteredDebtor {
  readonly status: 'registered';
  readonly debtorId: DebtorId;
  readonly name: NonEmptyText;
  readonly kind: DebtorKind;
  readonly contactPerson: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  /** Small or medium, or large (art. 2:397 BW); null while the client has not said. */
  readonly companySize: CompanySize | null;
  /** The agreed payment term; null means the tenant's default applies. */
  readonly paymentTermDays: number | null;
  /** Days after due of this debtor's first reminder; null means the tenant's ladder applies. */
  readonly reminderOffsetDays: number | null;
}

/** A debtor's state: a union on `status`, folded from its events. */
export type DebtorState = UnregisteredDebtor | RegisteredDebtor;
export type DebtorStatus = DebtorState['status'];
