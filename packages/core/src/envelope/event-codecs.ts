import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { decodeWith } from '../shared/decode-errors';
import { DebtorEvent } from '../debtor/debtor.events';
import { InvoiceEvent } from '../invoice/invoice.events';
import { TenantEvent } from '../policy/policy.events';
import {
  currentCodecOf,
  DebiteurEvent,
  DebiteurEventType,
  isDebtorEvent,
  isInvoiceEvent,
  isKnownEventType,
  isTenantEvent,
} from './debiteur-event';
import { EventDecodeError, EventOfOtherCategory } from './event-decode-error';
import { StreamCategory } from './stream-id';
import { SchemaHistory } from './upcaster';
import { EVENT_SCHEMAS, upcast } from './upcasters';

/** A domain event as a store keeps it: type name, schema version and JSON data. */
export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

export type SchemaRegistry = { readonly [K in DebiteurEventType]: SchemaHistory };

/** Stores an event in the current schema version of its type. */
export const encodeEvent = (event: DebiteurEvent): EncodedEvent => {
  const { type, data } = currentCodecOf(event.type).encode(event);
  return { type, schemaVersion: EVENT_SCHEMAS[event.type].current, data };
};

/**
 * Reads a stored event against a schema registry: the type must be known, its data is
 * upcast from the stored version to the current one, then decoded with the current codec.
 */
export const decodeEventWith =
  (schemas: SchemaRegistry) =>
  (stored: EncodedEvent): E.Either<EventDecodeError, DebiteurEvent> => {
    const { type, schemaVersion } = stored;
    if (!isKnownEventType(type)) return E.left({ _tag: 'UnknownEventType', type });
    const current = schemas[type].current;
    return pipe(
      upcast(type, schemas[type], schemaVersion, stored.data),
      E.chainW((data) =>
        pipe(
          decodeWith(currentCodecOf(type))({ type, data }),
          E.mapLeft((problems): EventDecodeError => ({
            _tag: 'InvalidEventData',
            type,
            schemaVersion: current,
            problems,
          })),
        ),
      ),
    );
  };

/**
 * Reads a stored event of any stream as a current domain event, upcasting old schema
 * versions on the way, so a stream written years ago still loads.
 */
export const decodeEvent: (stored: EncodedEvent) => E.Either<EventDecodeError, DebiteurEvent> =
  decodeEventWith(EVENT_SCHEMAS);

/** Encoding and decoding for the events of one stream category (the shell's event codec). */
export interface CategoryEventCodec<Ev> {
  readonly encode: (event: Ev) => EncodedEvent;
  readonly decode: (stored: EncodedEvent) => E.Either<EventDecodeError | EventOfOtherCategory, Ev>;
}

const categoryCodec = <Ev extends DebiteurEvent>(
  category: StreamCategory,
  belongs: (event: DebiteurEvent) => event is Ev,
): CategoryEventCodec<Ev> => ({
  encode: encodeEvent,
  decode: (stored) =>
    pipe(
      decodeEvent(stored),
      E.chainW((event) =>
        belongs(event)
          ? E.right(event)
          : E.left<EventOfOtherCategory>({
              _tag: 'EventOfOtherCategory',
              type: event.type,
              category,
            }),
      ),
    ),
});

/**
 * The codecs of the three stream categories: they decode like `decodeEvent` and refuse an
 * event of another category (a debtor event in an invoice stream), which only a faulty
 * writer makes.
 */
export const invoiceEventCodec: CategoryEventCodec<InvoiceEvent> = categoryCodec(
  'invoice',
  isInvoiceEvent,
);
export const debtorEventCodec: CategoryEventCodec<DebtorEvent> = categoryCodec(
  'debtor',
  isDebtorEvent,
);
export const tenantEventCodec: CategoryEventCodec<TenantEvent> = categoryCodec(
  'tenant',
  isTenantEvent,
);
