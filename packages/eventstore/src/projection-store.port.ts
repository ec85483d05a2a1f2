import { GlobalPosition } from './event-store.port';

/**
 * What a projection has committed: the checkpoint of the last event it applied and its
 * whole state after that event, as JSON. The two always belong together.
 */
export interface ProjectionCommit {
  readonly checkpoint: GlobalPosition;
  /** The projection's state, JSON-serialisable; stored and returned as a JSON copy. */
  readonly state: unknown;
}

/**
 * Where projection runners keep their progress. One record per projection name, written
 * in one atomic step, so a crash leaves either the old pair or the new one, never a state
 * without its checkpoint. Concurrent commits to one name are last-writer-wins: each pair is
 * consistent on its own, so a runner that resumes from it applies no event twice.
 */
export interface ProjectionStore {
  /** The last commit of the projection; null when it never committed or was reset. */
  load(name: string): Promise<ProjectionCommit | null>;
  /** Replaces the projection's checkpoint and state atomically. */
  commit(name: string, commit: ProjectionCommit): Promise<void>;
  /** Forgets the projection, so its next run starts from the first event. */
  reset(name: string): Promise<void>;
  close(): Promise<void>;
}
