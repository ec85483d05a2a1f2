export * from './event-store.port';
export * from './errors';
export {
  classifyRetry,
  isInstantWithOffset,
  keptRecordedAt,
  recordedAtOf,
  satisfiesExpectedVersion,
  validateAppend,
} from './append-rules';
export type { RetryClassification, StoredEventId } from './append-rules';
export { streamCategory } from './stream-category';
export type { Decider } from './decider';
export type { EncodedEvent, EventCodec } from './event-codec';
export type { ProjectionCommit, ProjectionStore } from './projection-store.port';
export { InMemoryEventStore } from './memory/in-memory-event-store';
export type { InMemoryEventStoreOptions } from './memory/in-memory-event-store';
export { InMemoryProjectionStore } from './memory/in-memory-projection-store';
export * from './command-shell';
export * from './projection-runner';
export * from './core-bridge';
export * from './subscription';
export { decodedOrThrow } from './decoded-or-throw';
