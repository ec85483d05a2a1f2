import { escapeIdentifier } from 'pg';

/** Where the store's tables live: quoted, schema-qualified names ready to put in SQL. */
export interface SchemaNames {
  /** The schema name as given (unquoted), e.g. for advisory lock keys. */
  readonly schemaName: string;
  readonly schema: string;
  readonly migrations: string;
  readonly streams: string;
  readonly events: string;
  readonly projections: string;
  /** The server-side append function (migration 3; the overload every append calls: migration 5). */
  readonly appendEvents: string;
}

export const DEFAULT_SCHEMA = 'public';

/** The store's tables, unquoted: a missing grant on them is named in this order. */
export const STORE_TABLES = {
  migrations: 'schema_migrations',
  streams: 'streams',
  events: 'events',
  projections: 'projections',
} as const;

/** Qualifies every table and function with the (quoted) schema, so no search_path setting matters. */
export const schemaNames = (schemaName: string = DEFAULT_SCHEMA): SchemaNames => {
  if (schemaName === '') throw new RangeError('The PostgreSQL schema name must not be empty');
  const schema = escapeIdentifier(schemaName);
  return {
    schemaName,
    schema,
    migrations: `${schema}.${STORE_TABLES.migrations}`,
    streams: `${schema}.${STORE_TABLES.streams}`,
    events: `${schema}.${STORE_TABLES.events}`,
    projections: `${schema}.${STORE_TABLES.projections}`,
    appendEvents: `${schema}.append_events`,
  };
};
