export {
  createPool,
  openPostgresEventStore,
  openPostgresProjectionStore,
  openPostgresStores,
} from './open-postgres-stores';
export type { PostgresStoreOptions, PostgresStores } from './open-postgres-stores';
export { PostgresEventStore } from './postgres-event-store';
export { PostgresProjectionStore } from './postgres-projection-store';
export { migrate, SchemaTooNew } from './migrations/migrate';
export { checkSchema, SchemaNotMigrated } from './migrations/check-schema';
export { InsufficientPrivilege } from './insufficient-privilege';
export type { StoreAccess } from './insufficient-privilege';
export { MIGRATIONS } from './migrations/migrations';
export type { Migration } from './migrations/migration';
export { DEFAULT_SCHEMA, schemaNames } from './schema-names';
export type { SchemaNames } from './schema-names';
