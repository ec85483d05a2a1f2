import { InvalidStoreLocation, UnknownApiKey } from '@debiteur/application';
import { CommanderError } from 'commander';
import { OutputNotWritable } from './analyst/file-line-sink';
import { InvalidConfiguration } from './config/service-config';
import { UsageError } from './cli-io';

/** How the command ends after an error: what it prints on stderr, and its exit code. */
export interface Failure {
  readonly lines: readonly string[];
  readonly exitCode: number;
}

/** Errors the user fixes by changing the command line: one line, exit code 2. */
const USAGE_ERRORS = [
  UsageError,
  InvalidConfiguration,
  InvalidStoreLocation,
  UnknownApiKey,
  OutputNotWritable,
];

/**
 * Failures of the data read, of the store, or of writing an output file (a full disk:
 * `OutputWriteFailed`, ADR 0035), which the message explains in full: one line, exit code 1.
 * Named rather than imported: the store adapters load on demand (ADR 0017).
 */
const EXPLAINED_FAILURES = new Set([
  'InvoiceNotFound',
  'JsonlLineInvalid',
  'ImportCountMismatch',
  'InsufficientPrivilege',
  'OpenItemsFileError',
  'OutputWriteFailed',
  'PortfolioWithoutInvoices',
  'EventDecodeFailed',
  'EventIdReused',
  'ExpectedVersionConflict',
  'ProjectionStateUnreadable',
  'SchemaNotMigrated',
  'SchemaTooNew',
  'StoreUnavailable',
  'TenantHasNoEvents',
]);

const isBrokenPipe = (error: unknown): boolean =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === 'EPIPE';

/**
 * What a command prints and exits with when it fails: a bad command line exits 2 (Commander
 * has printed why), a failure the message explains exits 1 with that message alone, and
 * anything unexpected exits 1 with its stack, for a bug report. A reader that stopped early
 * (`| head`) is no failure: the command stops quietly, as Unix tools do.
 */
export const failureOf = (error: unknown): Failure => {
  if (error instanceof CommanderError) return { lines: [], exitCode: error.exitCode === 0 ? 0 : 2 };
  if (isBrokenPipe(error)) return { lines: [], exitCode: 0 };
  const message = `debiteur: ${error instanceof Error ? error.message : String(error)}`;
  if (USAGE_ERRORS.some((kind) => error instanceof kind)) return { lines: [message], exitCode: 2 };
  if (error instanceof Error && EXPLAINED_FAILURES.has(error.name)) {
    return { lines: [message], exitCode: 1 };
  }
  const stack = error instanceof Error ? error.stack : undefined;
  return { lines: stack === undefined ? [message] : [message, stack], exitCode: 1 };
};
