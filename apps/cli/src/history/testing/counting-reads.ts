import { EventSource } from '../../analyst/event-source';

/** A source that counts how often it is read from: each read is a pass over a JSONL file. */
export interface CountingReads extends EventSource {
  readonly reads: () => number;
}

export const countingReads = (source: EventSource): CountingReads => {
  let reads = 0;
  const counted =
    <A extends unknown[], R>(read: (...args: A) => R) =>
    (...args: A): R => {
      reads += 1;
      return read(...args);
    };
  return {
    description: source.description,
    stores: source.stores,
    events: counted((filter) => source.events(filter)),
    pages: counted((filter) => source.pages(filter)),
    count: counted((filter) => source.count(filter)),
    holdsTenant: counted((tenantId) => source.holdsTenant(tenantId)),
    close: () => source.close(),
    reads: () => reads,
  };
};
