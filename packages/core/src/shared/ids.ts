import * as E from 'fp-ts/Either';
import * as t from 'io-ts';

export interface TenantIdBrand {
  readonly TenantId: unique symbol;
}
export interface DebtorIdBrand {
  readonly DebtorId: unique symbol;
}
export interface InvoiceIdBrand {
  readonly InvoiceId: unique symbol;
}
export interface EventIdBrand {
  readonly EventId: unique symbol;
}

/** Identifiers are opaque, 1–128 characters of letters, digits and `-_.:`. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const isId = (s: string): boolean => ID_PATTERN.test(s);

/** The client (tenant) whose receivables are managed. */
export const TenantId = t.brand(
  t.string,
  (s): s is t.Branded<string, TenantIdBrand> => isId(s),
  'TenantId',
);
export type TenantId = t.TypeOf<typeof TenantId>;

/** The client's customer who owes money. */
export const DebtorId = t.brand(
  t.string,
  (s): s is t.Branded<string, DebtorIdBrand> => isId(s),
  'DebtorId',
);
export type DebtorId = t.TypeOf<typeof DebtorId>;

/** One invoice; also the id of its event stream. */
export const InvoiceId = t.brand(
  t.string,
  (s): s is t.Branded<string, InvoiceIdBrand> => isId(s),
  'InvoiceId',
);
export type InvoiceId = t.TypeOf<typeof InvoiceId>;

/** A globally unique event id, chosen by the caller; the store deduplicates on it. */
export const EventId = t.brand(
  t.string,
  (s): s is t.Branded<string, EventIdBrand> => isId(s),
  'EventId',
);
export type EventId = t.TypeOf<typeof EventId>;

export interface InvalidId {
  readonly _tag: 'InvalidId';
  readonly kind: string;
  readonly value: string;
}

const smartConstructor =
  <A>(codec: t.Type<A, string, unknown>) =>
  (value: string): E.Either<InvalidId, A> =>
    codec.is(value) ? E.right(value) : E.left({ _tag: 'InvalidId', kind: codec.name, value });

export const tenantId = smartConstructor(TenantId);
export const debtorId = smartConstructor(DebtorId);
export const invoiceId = smartConstructor(InvoiceId);
export const eventId = smartConstructor(EventId);
