import { ProjectionCommit, ProjectionStore, StoreUnavailable } from '@debiteur/eventstore';
import { Pool } from 'pg';
import { translated } from './driver-errors';
import { SchemaNames } from './schema-names';

/**
 * Projection checkpoints and states in the `projections` table. A commit is one UPSERT, so
 * the checkpoint and the state it belongs to change together or not at all.
 */
export class PostgresProjectionStore implements ProjectionStore {
  private closed: Promise<void> | null = null;

  /** Use openPostgresProjectionStore or openPostgresStores, which also migrate the schema. */
  constructor(
    private readonly pool: Pool,
    private readonly names: SchemaNames,
    private readonly ownsPool: boolean,
  ) {}

  async load(name: string): Promise<ProjectionCommit | null> {
    this.ensureOpen();
    const { rows } = await translated(() =>
      this.pool.query<{ checkpoint: string; state: unknown }>(
        `SELECT checkpoint, state FROM ${this.names.projections} WHERE name = $1`,
        [name],
      ),
    );
    const row = rows[0];
    return row === undefined ? null : { checkpoint: row.checkpoint, state: row.state };
  }

  async commit(name: string, commit: ProjectionCommit): Promise<void> {
    this.ensureOpen();
    const state = JSON.stringify(commit.state) ?? 'null';
    await translated(() =>
      this.pool.query(
        `INSERT INTO ${this.names.projections} (name, checkpoint, state) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (name) DO UPDATE
           SET checkpoint = EXCLUDED.checkpoint, state = EXCLUDED.state, committed_at = EXCLUDED.committed_at`,
        [name, commit.checkpoint, state],
      ),
    );
  }

  async reset(name: string): Promise<void> {
    this.ensureOpen();
    await translated(() =>
      this.pool.query(`DELETE FROM ${this.names.projections} WHERE name = $1`, [name]),
    );
  }

  /** Ends the pool if the store opened it; idempotent. */
  close(): Promise<void> {
    this.closed ??= this.ownsPool ? this.pool.end() : Promise.resolve();
    return this.closed;
  }

  private ensureOpen(): void {
    if (this.closed !== null)
      throw new StoreUnavailable('The PostgreSQL projection store is closed');
  }
}
