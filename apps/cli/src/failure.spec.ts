import { InsufficientPrivilege } from '@debiteur/store-postgres';
import { CommanderError } from 'commander';
import { closeSync, openSync, writeSync } from 'node:fs';
import { OUTCOME, OutputWriteFailed } from './analyst/output-write-failed';
import { UsageError } from './cli-io';
import { failureOf } from './failure';

/** What a write to a full disk throws: /dev/full refuses every write (ENOSPC). */
const fullDiskError = (): unknown => {
  const fd = openSync('/dev/full', 'w');
  try {
    writeSync(fd, 'a line\n');
  } catch (error) {
    return error;
  } finally {
    closeSync(fd);
  }
  throw new Error('/dev/full took a write');
};

const named = (name: string, message: string): Error => {
  const error = new Error(message);
  error.name = name;
  return error;
};

describe('failureOf', () => {
  it('leaves a bad command line to Commander’s own message: exit 2 (help: 0)', () => {
    expect(failureOf(new CommanderError(1, 'commander.unknownOption', 'x'))).toEqual({
      lines: [],
      exitCode: 2,
    });
    expect(failureOf(new CommanderError(0, 'commander.helpDisplayed', '(help)'))).toEqual({
      lines: [],
      exitCode: 0,
    });
  });

  it('says a usage error in one line: exit 2', () => {
    expect(failureOf(new UsageError('--out is missing'))).toEqual({
      lines: ['debiteur: --out is missing'],
      exitCode: 2,
    });
  });

  it('says a failure of the data or the store in one line: exit 1', () => {
    expect(failureOf(named('StoreUnavailable', 'connection refused'))).toEqual({
      lines: ['debiteur: connection refused'],
      exitCode: 1,
    });
  });

  it('says what a PostgreSQL role lacks, and the grant an admin runs, in one line: exit 1', () => {
    // The adapter's own class, so that a rename of it fails here rather than in production.
    const refused = new InsufficientPrivilege(
      'analyst',
      'read',
      ['SELECT on table public.events'],
      ['GRANT SELECT ON ALL TABLES IN SCHEMA "public" TO "analyst"'],
    );
    expect(failureOf(refused)).toEqual({ lines: [`debiteur: ${refused.message}`], exitCode: 1 });
  });

  it('says a failed write of an output file in one line, naming it and the reason: exit 1', () => {
    const full = new OutputWriteFailed('out.csv', fullDiskError(), OUTCOME.nothingWritten);
    expect(failureOf(full)).toEqual({
      lines: [
        'debiteur: could not write out.csv: no space left on device (ENOSPC); nothing was written',
      ],
      exitCode: 1,
    });
  });

  it('adds the stack to anything unexpected, for a bug report: exit 1', () => {
    const bug = new TypeError('x is undefined');
    const failure = failureOf(bug);
    expect(failure.exitCode).toBe(1);
    expect(failure.lines).toEqual(['debiteur: x is undefined', bug.stack]);
  });

  it('is no failure when the reader of stdout went away (EPIPE): exit 0, silent', () => {
    const pipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    expect(failureOf(pipe)).toEqual({ lines: [], exitCode: 0 });
  });
});
