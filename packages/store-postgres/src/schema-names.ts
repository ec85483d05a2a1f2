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

/** Qualifies every table and function with the (quoted) schema, so no search_path setting matters. */
export const schemaNames = (schemaName: string = DEFAULT_SCHEMA): SchemaNames => {
  if (schemaName === '') throw new RangeError('The PostgreSQL schema name must not be empty');
  const schema = escapeIdentifier(schemaName);
  return {
    schemaName,
    schema,
    migrations: `${schema}.schema_migrations`,
    streams: `${schema}.streams`,
    events: `${schema}.events`,
    projections: `${schema}.projections`,
    appendEvents: `${schema}.append_events`,
  };
};
