import { StoreUnavailable } from '../errors';
import { ProjectionCommit, ProjectionStore } from '../projection-store.port';
import { deepFreeze, jsonCopy } from './json-copy';

/** Projection progress in process memory; keeps JSON copies, as a database would. */
export class InMemoryProjectionStore implements ProjectionStore {
  private readonly commits = new Map<string, ProjectionCommit>();
  private closed = false;

  async load(name: string): Promise<ProjectionCommit | null> {
    await this.yieldTurn();
    return this.commits.get(name) ?? null;
  }

  async commit(name: string, commit: ProjectionCommit): Promise<void> {
    await this.yieldTurn();
    this.commits.set(
      name,
      deepFreeze(jsonCopy({ checkpoint: commit.checkpoint, state: commit.state })),
    );
  }

  async reset(name: string): Promise<void> {
    await this.yieldTurn();
    this.commits.delete(name);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private async yieldTurn(): Promise<void> {
    await Promise.resolve();
    if (this.closed) throw new StoreUnavailable('The in-memory projection store is closed');
  }
}
