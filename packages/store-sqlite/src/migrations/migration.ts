/** One step of the schema; applied once, in version order, inside the migration transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** DDL run with `exec`; SQLite DDL is transactional, so a failed step leaves nothing behind. */
  readonly sql: string;
}
