import { keptRecordedAtAppendFunctionStatement } from './0003-append-function';
import { Migration } from './migration';

/**
 * A second append function that also takes each event's `recorded_at`, so an import keeps
 * the instant its source store recorded in the insert itself, one write per row (ADR 0031).
 * The function of migrations 3 and 4 stays, for processes of an older release that are still
 * running while this one rolls out (one that starts anew refuses the newer schema).
 */
export const appendKeepsRecordedAt: Migration = {
  version: 5,
  name: 'append keeps recorded_at',
  statements: (names) => [keptRecordedAtAppendFunctionStatement(names)],
};
