import * as t from 'io-ts';
import {
  ContactDetailsRemoved,
  ContactPersonChanged,
  DebtorDetailsChanged,
  DebtorEvent,
  DebtorRegistered,
  PaymentTermAgreed,
  ReminderOffsetOverridden,
} from '../debtor/debtor.events';
import {
  ArrangementAgreed,
  ArrangementDefaulted,
  ContactLogged,
  CreditBalanceRecorded,
  CreditNoteApplied,
  HandedOverToCollection,
  HoldReleased,
  InvoiceEvent,
  InvoiceResent,
  Issued,
  Paid,
  PaymentPromised,
  PromiseBroken,
  PromiseKept,
  PutOnHold,
  ReminderSent,
  TermsAdjusted,
  WrittenOff,
} from '../invoice/invoice.events';
import { PolicyChanged, TenantEvent } from '../policy/policy.events';

/** Every event the core knows, of any stream, in its current schema. */
export type DebiteurEvent = InvoiceEvent | DebtorEvent | TenantEvent;
export type DebiteurEventType = DebiteurEvent['type'];
export type DebiteurEventOf<K extends DebiteurEventType> = Extract<DebiteurEvent, { type: K }>;

/** What a current codec encodes an event to: its type name and JSON data. */
export interface EncodedEventOf<K extends DebiteurEventType> {
  readonly type: K;
  readonly data: unknown;
}

/** The current codec of each event type of one union; a missing type fails to compile. */
type CodecsOf<Ev extends DebiteurEvent> = {
  readonly [K in Ev['type']]: t.Type<Extract<Ev, { type: K }>, EncodedEventOf<K>, unknown>;
};

const INVOICE_CODECS: CodecsOf<InvoiceEvent> = {
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
};

const DEBTOR_CODECS: CodecsOf<DebtorEvent> = {
  DebtorRegistered,
  DebtorDetailsChanged,
  ContactPersonChanged,
  ContactDetailsRemoved,
  PaymentTermAgreed,
  ReminderOffsetOverridden,
};

const TENANT_CODECS: CodecsOf<TenantEvent> = { PolicyChanged };

/** The current codec of every event type, by type name. */
export const CURRENT_CODECS: CodecsOf<DebiteurEvent> = {
  ...INVOICE_CODECS,
  ...DEBTOR_CODECS,
  ...TENANT_CODECS,
};

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** True for the type name of an event the core knows (not for `toString` and the like). */
export const isKnownEventType = (type: string): type is DebiteurEventType =>
  hasOwn(CURRENT_CODECS, type);

/** The current codec of one event type. */
export const currentCodecOf = <K extends DebiteurEventType>(
  type: K,
): t.Type<DebiteurEventOf<K>, EncodedEventOf<K>, unknown> => CURRENT_CODECS[type];

/** True for the events an invoice stream holds. */
export const isInvoiceEvent = (e: { readonly type: string }): e is InvoiceEvent =>
  hasOwn(INVOICE_CODECS, e.type);

/** True for the events a debtor stream holds. */
export const isDebtorEvent = (e: { readonly type: string }): e is DebtorEvent =>
  hasOwn(DEBTOR_CODECS, e.type);

/** True for the events a tenant's settings stream holds. */
export const isTenantEvent = (e: DebiteurEvent): e is TenantEvent => hasOwn(TENANT_CODECS, e.type);
