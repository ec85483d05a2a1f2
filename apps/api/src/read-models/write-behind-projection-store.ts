import { ProjectionCommit, ProjectionStore } from '@debiteur/eventstore';

/** How often the newest commit is written through to the durable projection store. */
export const PERSIST_EVERY_MS = 10_000;

/**
 * A projection store that keeps each projection's newest commit in memory (by reference:
 * projection states are immutable folds) and writes it through to the durable store at most
 * every ten seconds and on `flush`. The runner's every catch-up then costs only the new
 * events, instead of parsing and rewriting the whole state (ADR 0005's one-document
 * projections) many times a second under write load. A crash loses at most ten seconds of
 * folding, never consistency: what reaches the durable store is always a state with its own
 * checkpoint, from which the next process resumes.
 */
export class WriteBehindProjectionStore implements ProjectionStore {
  private readonly latest = new Map<string, ProjectionCommit>();
  private readonly unpersisted = new Set<string>();
  private lastPersistAt = new Map<string, number>();

  constructor(
    private readonly durable: ProjectionStore,
    private readonly now: () => number = Date.now,
    private readonly persistEveryMs: number = PERSIST_EVERY_MS,
  ) {}

  async load(name: string): Promise<ProjectionCommit | null> {
    const cached = this.latest.get(name);
    if (cached !== undefined) return cached;
    const stored = await this.durable.load(name);
    if (stored !== null) this.latest.set(name, stored);
    this.lastPersistAt.set(name, this.now());
    return stored;
  }

  async commit(name: string, commit: ProjectionCommit): Promise<void> {
    this.latest.set(name, commit);
    this.unpersisted.add(name);
    if (this.now() - (this.lastPersistAt.get(name) ?? 0) >= this.persistEveryMs) {
      await this.persist(name);
    }
  }

  async reset(name: string): Promise<void> {
    this.latest.delete(name);
    this.unpersisted.delete(name);
    await this.durable.reset(name);
  }

  /** Writes every commit not yet written through to the durable store. */
  async flush(): Promise<void> {
    for (const name of [...this.unpersisted]) await this.persist(name);
  }

  /** The durable store belongs to the caller's `Stores`; closing this one only flushes. */
  async close(): Promise<void> {
    await this.flush();
  }

  private async persist(name: string): Promise<void> {
    const commit = this.latest.get(name);
    this.unpersisted.delete(name);
    this.lastPersistAt.set(name, this.now());
    if (commit !== undefined) await this.durable.commit(name, commit);
  }
}
