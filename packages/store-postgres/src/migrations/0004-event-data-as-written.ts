import { appendFunctionStatement } from './0003-append-function';
import { Migration } from './migration';

/**
 * The events' `data` as the JSON text it was appended with (`json`, not `jsonb`), so an
 * export gives the bytes an import wrote, key order and all (ADR 0021). Rows stored before
 * keep the text jsonb made of them. The append function casts to the new type.
 */
export const eventDataAsWritten: Migration = {
  version: 4,
  name: 'event data as written',
  statements: (names) => [
    `ALTER TABLE ${names.events} ALTER COLUMN data TYPE json USING data::json`,
    appendFunctionStatement(names, 'json', true),
  ],
};
