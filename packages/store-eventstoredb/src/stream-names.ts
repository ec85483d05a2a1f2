import { StreamCategory, streamCategory } from '@debiteur/eventstore';

/**
 * How the adapter names its streams in EventStoreDB. A namespace (a prefix on every stream
 * name, default none) lets several stores share one database: each sees only its own
 * streams. The adapter's own bookkeeping lives in `$debiteur-…` streams, which EventStoreDB
 * treats as system streams and readAll never shows.
 */
export interface StreamNames {
  readonly namespace: string;
  /** The EventStoreDB stream of a port stream id. */
  stream(streamId: string): string;
  /** The port stream id of an EventStoreDB stream; null when it is not one of this store's. */
  streamIdOf(streamName: string): string | null;
  /** The stream that records which stream an event id was first appended to. */
  eventIdClaim(eventId: string): string;
  /** The stream holding a projection's checkpoint and state. */
  projection(name: string): string;
  /** Stream-name prefixes a readAll of these categories needs; undefined: every stream. */
  prefixesFor(categories?: readonly StreamCategory[]): readonly string[] | undefined;
}

const isSystem = (name: string): boolean => name.startsWith('$');

/** The naming scheme of one namespace (empty: the whole database). */
export const streamNames = (namespace = ''): StreamNames => {
  if (isSystem(namespace)) {
    throw new RangeError(`A namespace must not start with "$": ${JSON.stringify(namespace)}`);
  }
  return {
    namespace,
    stream: (streamId) => {
      const name = `${namespace}${streamId}`;
      if (streamId === '' || isSystem(name)) {
        throw new RangeError(`Not a usable stream id: ${JSON.stringify(streamId)}`);
      }
      return name;
    },
    streamIdOf: (streamName) =>
      isSystem(streamName) || !streamName.startsWith(namespace)
        ? null
        : streamName.slice(namespace.length),
    eventIdClaim: (eventId) => `$debiteur-event-id-${namespace}${eventId}`,
    projection: (name) => `$debiteur-projection-${namespace}${name}`,
    prefixesFor: (categories) => {
      if (categories !== undefined) return categories.map((c) => `${namespace}${c}:`);
      return namespace === '' ? undefined : [namespace];
    },
  };
};

/**
 * Whether readAll shows an event: one of this store's streams, not a system event (link
 * events, metadata, stream deletions), and in one of the categories when there are any.
 */
export const isVisible = (
  names: StreamNames,
  event: { readonly streamName: string; readonly type: string },
  categories?: readonly StreamCategory[],
): boolean => {
  const streamId = names.streamIdOf(event.streamName);
  if (streamId === null || isSystem(event.type)) return false;
  return categories === undefined || categories.some((c) => c === streamCategory(streamId));
};
