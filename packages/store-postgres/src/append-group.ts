import {
  AppendOutcome,
  AppendResult,
  EventIdReused,
  ExpectedVersionConflict,
} from '@debiteur/eventstore';
import { DatabaseError, Pool, PoolClient } from 'pg';
import { AppendRequest } from './append-rules';
import { AppendSql } from './append-sql';
import { translateDriverError } from './driver-errors';
import {
  answerFailedAppend,
  answerOfCall,
  appendCall,
  AppendRow,
  appendWithin,
} from './postgres-append';
import { SchemaNames } from './schema-names';
import { withTransaction } from './transaction';

/**
 * Bounds on the group's transaction, so that it never waits for ever and never makes others
 * wait for ever: a stream lock (or an event id another transaction holds uncommitted) not had
 * within 5 s fails the group, as a busy SQLite file fails its group; a connection left idle
 * inside the transaction (the process stalled) is ended by the server after 30 s, which frees
 * the streams' locks and the readers' horizon (ADR 0007).
 */
const GROUP_SETTINGS =
  "SET LOCAL lock_timeout = '5s'; SET LOCAL idle_in_transaction_session_timeout = '30s'";

/** The first, savepoint-free pass met an error that aborted its transaction. */
class NeedsSavepoints extends Error {}

const appended = (result: AppendResult): AppendOutcome => ({ _tag: 'Appended', result });
const refused = (error: unknown): AppendOutcome => ({ _tag: 'Refused', error });

/**
 * An error of the server that no savepoint answers for one append alone: the session ended
 * (connection classes 08 and 57, the idle timeout, any FATAL), or a wait that alone would be
 * tried again (a lock not had in time, a deadlock, a serialization failure). It fails the
 * group as a whole, so the caller makes each of its appends again alone, in order.
 */
const failsTheGroup = (error: unknown): boolean => {
  if (!(error instanceof DatabaseError)) return true;
  const code = error.code ?? '';
  return (
    error.severity === 'FATAL' ||
    code.startsWith('08') ||
    code.startsWith('57') ||
    ['25P03', '55P03', '40P01', '40001'].includes(code)
  );
};

/** A refusal the append function answered (a conflict, a reused id): it wrote nothing. */
const answeredRefusal = (error: unknown): boolean =>
  error instanceof ExpectedVersionConflict || error instanceof EventIdReused;

/**
 * Every stream of the group locked, each once, in one order every group uses (so two groups
 * never deadlock), before anything assigns the transaction id: every earlier appender to
 * these streams has then committed, every later one waits for this COMMIT, so each stream's
 * transaction ids still rise with its versions (ADR 0007).
 */
const lockStreams = (
  client: PoolClient,
  sql: AppendSql,
  names: Pick<SchemaNames, 'schemaName'>,
  group: readonly AppendRequest[],
): Promise<unknown> => {
  const streams = [...new Set(group.map((append) => append.streamId))].sort();
  return client.query({ ...sql.lockStreams, values: [names.schemaName, streams] });
};

/**
 * The first pass: the stream locks and every append's call sent at once, without awaiting
 * one another, so on a pipelined connection (createPool) the group costs one round trip;
 * the server runs them in the order sent either way. An error of the server aborts the
 * transaction, and every call after it fails too: nothing is written.
 */
const pipelinedPass = async (
  client: PoolClient,
  sql: AppendSql,
  names: Pick<SchemaNames, 'schemaName'>,
  group: readonly AppendRequest[],
): Promise<AppendOutcome[]> => {
  const locked = lockStreams(client, sql, names, group);
  const calls = group.map((append) => client.query<AppendRow>(appendCall(sql, append)));
  const [lock, ...answers] = await Promise.allSettled([locked, ...calls]);
  if (lock?.status === 'rejected') throw lock.reason;
  return group.map((append, k) => {
    const answer = answers[k];
    if (answer === undefined) throw new Error('The group lost an append');
    if (answer.status === 'rejected') {
      throw failsTheGroup(answer.reason) ? answer.reason : new NeedsSavepoints();
    }
    try {
      return appended(answerOfCall(append, answer.value.rows));
    } catch (error) {
      if (answeredRefusal(error)) return refused(error);
      throw error;
    }
  });
};

/**
 * One append of the second pass, in a savepoint: an error of the server rolls back only
 * what this append wrote, and is answered as it would be alone (answerFailedAppend). One
 * that alone would be tried again fails the group instead (throws): refused here, it would
 * be made again after the appends behind it, out of the caller's order.
 */
const attemptInSavepoint = async (
  client: PoolClient,
  sql: AppendSql,
  append: AppendRequest,
): Promise<AppendOutcome> => {
  await client.query('SAVEPOINT append');
  try {
    const result = await appendWithin(client, sql, append);
    await client.query('RELEASE SAVEPOINT append');
    return appended(result);
  } catch (error) {
    if (!(error instanceof DatabaseError)) {
      if (!answeredRefusal(error)) throw error;
      await client.query('RELEASE SAVEPOINT append');
      return refused(error);
    }
    if (failsTheGroup(error)) throw error;
    await client.query('ROLLBACK TO SAVEPOINT append; RELEASE SAVEPOINT append');
    let answer: AppendResult | null;
    try {
      answer = await answerFailedAppend(client, sql, append, error);
    } catch (final) {
      // What the append alone would end with (a conflict, a reused id, a refusal of the
      // server's own): refused; a look-up that could not be made fails the group.
      if (answeredRefusal(final) || !failsTheGroup(final)) return refused(final);
      throw final;
    }
    if (answer === null) throw error;
    return appended(answer);
  }
};

/** The second pass: each append awaited, in a savepoint of its own. */
const savepointPass = async (
  client: PoolClient,
  sql: AppendSql,
  names: Pick<SchemaNames, 'schemaName'>,
  group: readonly AppendRequest[],
): Promise<AppendOutcome[]> => {
  await lockStreams(client, sql, names, group);
  const outcomes: AppendOutcome[] = [];
  for (const append of group) outcomes.push(await attemptInSavepoint(client, sql, append));
  return outcomes;
};

/**
 * Makes a group of appends (each validated already) in ONE transaction on one pooled
 * connection, in the order given,
 * each with the same call of the append function as alone (appendWithin), against the store
 * as the appends before it left it, and returns once COMMIT has returned, so every `Appended`
 * outcome is committed. An append the function refuses (ExpectedVersionConflict,
 * EventIdReused) wrote nothing and is `Refused` with that error; the others are unaffected.
 *
 * The group first runs without savepoints, its calls sent at once (one round trip on a
 * pipelined connection), and without subtransaction ids, which past 64 in one transaction slow
 * every other session's snapshots. An error of the server aborts that transaction (nothing
 * is written); the group then runs again, each append
 * in a savepoint of its own, rolled back to on its error, so that append alone is refused with
 * the error it would get alone (a lost race looked up again) and the others go on.
 *
 * Throws, and nothing of the group is written, when the transaction fails as a whole: no
 * connection, a lost connection, a stream lock or an event id not had in time, a deadlock or
 * anything else that alone would be tried again, a failed COMMIT. The caller then makes each
 * append again alone, in order.
 */
export const appendGroup = async (
  pool: Pool,
  sql: AppendSql,
  names: Pick<SchemaNames, 'schemaName'>,
  group: readonly AppendRequest[],
): Promise<AppendOutcome[]> => {
  const pass = (run: (client: PoolClient) => Promise<AppendOutcome[]>): Promise<AppendOutcome[]> =>
    withTransaction(pool, run, { settings: GROUP_SETTINGS });
  try {
    return await pass((client) => pipelinedPass(client, sql, names, group));
  } catch (error) {
    if (!(error instanceof NeedsSavepoints)) throw translateDriverError(error);
  }
  try {
    return await pass((client) => savepointPass(client, sql, names, group));
  } catch (error) {
    throw translateDriverError(error);
  }
};
