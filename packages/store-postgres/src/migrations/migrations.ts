import { eventStoreTables } from './0001-event-store';
import { projectionsTable } from './0002-projections';
import { appendFunction } from './0003-append-function';
import { eventDataAsWritten } from './0004-event-data-as-written';
import { appendKeepsRecordedAt } from './0005-append-keeps-recorded-at';
import { Migration } from './migration';

/** Every migration, oldest first. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  eventStoreTables,
  projectionsTable,
  appendFunction,
  eventDataAsWritten,
  appendKeepsRecordedAt,
];
