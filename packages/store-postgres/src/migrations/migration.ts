import { SchemaNames } from '../schema-names';

/** One step of the schema; applied once, in version order, inside the migration transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: (names: SchemaNames) => readonly string[];
}
