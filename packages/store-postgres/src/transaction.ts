import { Pool, PoolClient } from 'pg';

/** A COMMIT the server answered with ROLLBACK: the transaction had failed: nothing is kept. */
export class TransactionRolledBack extends Error {
  constructor() {
    super('PostgreSQL rolled the transaction back instead of committing it');
    this.name = 'TransactionRolledBack';
  }
}

export interface TransactionOptions {
  /**
   * Statements run in the same round trip as BEGIN, e.g. `SET LOCAL` settings; no
   * parameters (the simple query protocol).
   */
  readonly settings?: string;
}

/**
 * Runs `work` in one transaction on one pooled connection: COMMIT when it resolves,
 * ROLLBACK when it throws. A COMMIT that the server answers with ROLLBACK (the transaction
 * had failed: a statement's error that `work` caught) throws TransactionRolledBack. A
 * connection lost meanwhile, or whose rollback failed, is discarded, not reused.
 */
export const withTransaction = async <T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> => {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A checked-out client has no listener of the pool's: a lost connection (a server restart,
  // a terminated backend, the server's idle timeout) would be an unheard 'error' event, which
  // ends the process. Heard here, it fails the query under way and discards the connection.
  const lost = (error: Error): void => {
    broken ??= error;
  };
  client.on('error', lost);
  try {
    await client.query(options.settings === undefined ? 'BEGIN' : `BEGIN; ${options.settings}`);
    const result = await work(client);
    const committed = await client.query('COMMIT');
    if (committed.command !== 'COMMIT') throw new TransactionRolledBack();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.off('error', lost);
    client.release(broken);
  }
};
