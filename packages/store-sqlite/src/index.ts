export { SqliteEventStore, openSqliteEventStore } from './sqlite-event-store';
export type { SqliteEventStoreOptions } from './sqlite-event-store';
export { SqliteProjectionStore, openSqliteProjectionStore } from './sqlite-projection-store';
export type { SqliteProjectionStoreOptions } from './sqlite-projection-store';
export { SchemaTooNew } from './migrations/migrate';
export { SchemaNotMigrated } from './migrations/check-schema';
export { DEFAULT_BUSY_TIMEOUT_MS } from './open-database';
// For benchmarks: the raw page read on a thread of its own, as bulk reads use it (ADR 0018).
export { readAheadPages } from './read-ahead';
export type { ReadAheadQuery } from './read-ahead';
