import { StoreUnavailable } from '@debiteur/eventstore';
import {
  ErrorType,
  EventStoreDBClient,
  JSONType,
  ResolvedEvent,
  convertToCommandError,
  isCommandError,
  jsonEvent,
} from '@eventstore/db-client';
import {
  EsdbClient,
  EsdbEventToWrite,
  EsdbExpectedRevision,
  EsdbReadAllPage,
  EsdbReadAllRequest,
  EsdbReadStreamRequest,
  EsdbRecordedEvent,
  EsdbWrongExpectedRevision,
} from './esdb-client.port';

/**
 * The @eventstore/db-client 6.x binding of the adapter's client port: the only file that
 * imports the client library. Its successor, @kurrent/kurrentdb-client, has the same calls
 * (`KurrentDBClient.connectionString`, `kurrentdb://` URLs) and can filter `readAll` on the
 * server (`filter: streamNameFilter({ prefixes })`); swapping means rewriting this file.
 */

/**
 * Records scanned per `readAll` call at least. 6.x cannot filter `readAll` on the server
 * (it always sends "no filter"), so prefixes are applied here; a wide scan keeps sparse
 * filters from costing one round trip per record.
 */
const SCAN_WINDOW = 256;

// Faults of the caller's own making, not of the server: they pass through untranslated.
const PROGRAMMING_ERRORS: readonly ErrorType[] = [ErrorType.INVALID_ARGUMENT];

/**
 * Maps what the client throws to the port's terms: a wrong expected version becomes
 * EsdbWrongExpectedRevision, every other server or connection fault StoreUnavailable.
 * Anything that is not a client error (a bug, the port's own errors) passes unchanged.
 */
export const translateClientError = (thrown: unknown): unknown => {
  // Some calls (appends, metadata writes) reject with the raw gRPC error, unconverted.
  const error = thrown instanceof Error ? convertToCommandError(thrown) : thrown;
  if (!(error instanceof Error) || !isCommandError(error)) return thrown;
  if (error.type === ErrorType.WRONG_EXPECTED_VERSION) {
    return new EsdbWrongExpectedRevision(error.streamName, error.actualVersion);
  }
  if (PROGRAMMING_ERRORS.includes(error.type)) return error;
  return new StoreUnavailable(`EventStoreDB failed (${error.type})`, { cause: error });
};

const isStreamNotFound = (error: unknown): boolean =>
  error instanceof Error && isCommandError(error) && error.type === ErrorType.STREAM_NOT_FOUND;

const translated = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw translateClientError(error);
  }
};

// The client's type admits only objects, arrays and strings as JSON data, but it
// serialises any JSON value; a JSON round trip hands it the value under that type.
const asJson = (value: unknown): JSONType => JSON.parse(JSON.stringify(value ?? null));

const toEventData = (event: EsdbEventToWrite) =>
  jsonEvent({
    id: event.id,
    type: event.type,
    data: asJson(event.data),
    metadata: asJson(event.metadata),
  });

const toRecorded = ({ event }: ResolvedEvent): EsdbRecordedEvent | null =>
  event === undefined
    ? null
    : {
        streamName: event.streamId,
        id: event.id,
        type: event.type,
        revision: event.revision,
        data: event.data,
        metadata: event.metadata,
        isJson: event.isJson,
        created: event.created,
        position: event.position ?? null,
      };

const countOf = (maxCount: number): number =>
  Number.isFinite(maxCount) ? Math.max(0, Math.floor(maxCount)) : Number.MAX_SAFE_INTEGER;

class EventStoreDbClientBinding implements EsdbClient {
  constructor(private readonly client: EventStoreDBClient) {}

  append(streamName: string, events: readonly EsdbEventToWrite[], expected: EsdbExpectedRevision) {
    return translated(async () => {
      const result = await this.client.appendToStream(streamName, events.map(toEventData), {
        expectedRevision: expected,
      });
      return { nextExpectedRevision: result.nextExpectedRevision };
    });
  }

  readStream(streamName: string, request: EsdbReadStreamRequest) {
    return translated(async () => {
      const events: EsdbRecordedEvent[] = [];
      const maxCount = countOf(request.maxCount);
      if (maxCount === 0) return events;
      try {
        const read = this.client.readStream(streamName, {
          fromRevision: request.from,
          direction: request.direction,
          maxCount,
        });
        for await (const resolved of read) {
          const event = toRecorded(resolved);
          if (event !== null) events.push(event);
        }
      } catch (error) {
        if (isStreamNotFound(error)) return [];
        throw error;
      }
      return events;
    });
  }

  readAll(request: EsdbReadAllRequest): Promise<EsdbReadAllPage> {
    return translated(async () => {
      const scan = Math.max(countOf(request.maxCount), SCAN_WINDOW);
      const prefixes = request.streamPrefixes;
      const events: EsdbRecordedEvent[] = [];
      let scanned = 0;
      let last: EsdbRecordedEvent['position'] = null;
      const read = this.client.readAll({
        fromPosition: request.from,
        direction: request.direction,
        maxCount: scan,
      });
      for await (const resolved of read) {
        scanned += 1;
        const event = toRecorded(resolved);
        if (event === null) continue;
        last = event.position ?? last;
        if (prefixes === undefined || prefixes.some((p) => event.streamName.startsWith(p))) {
          events.push(event);
        }
      }
      return { events, last, reachedEnd: scanned < scan };
    });
  }

  setStreamMaxCount(streamName: string, maxCount: number) {
    return translated(async () => {
      await this.client.setStreamMetadata(streamName, { maxCount });
    });
  }

  close(): Promise<void> {
    return translated(() => this.client.dispose());
  }
}

/**
 * A client for `esdb://host:2113?tls=false` style connection strings. It connects lazily:
 * a server that cannot be reached shows as StoreUnavailable on the first call.
 */
export const connectEsdb = (connectionString: string): EsdbClient =>
  new EventStoreDbClientBinding(EventStoreDBClient.connectionString(connectionString));
