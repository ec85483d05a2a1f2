import * as E from 'fp-ts/Either';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodedOrThrow } from '../decoded-or-throw';
import { ProjectionStateUnreadable } from '../errors';
import { GlobalPosition, ReadAllOptions } from '../event-store.port';
import { ProjectionLag, ProjectionRunnerOptions, RunResult } from './projection-runner.types';

const DEFAULT_COMMIT_EVERY = 100;
const DEFAULT_LAG_LIMIT = 10_000;
const DEFAULT_POLL_INTERVAL_MS = 250;

interface Progress<S> {
  readonly state: S;
  readonly checkpoint: GlobalPosition | null;
}

/**
 * Keeps a projection's state up to date with the store: reads every event after the
 * committed checkpoint, folds it in, and commits state and checkpoint together every
 * `commitEvery` events. A crash loses at most the uncommitted tail, which the next run
 * applies again from the last commit, so no event is applied twice to a stored state.
 * Runs of one runner are serialised.
 */
export class ProjectionRunner<S, X> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ProjectionRunnerOptions<S, X>) {}

  get name(): string {
    return this.options.projection.name;
  }

  /** Catches up to the newest event and commits. */
  runOnce(): Promise<RunResult> {
    return this.serialised(() => this.catchUp());
  }

  /**
   * Keeps the projection following the store: catches up, waits `pollIntervalMs`, and
   * catches up again, until `signal` aborts. A failing run ends it with that error; its
   * last commit stays, so the next `follow` resumes from there.
   */
  async follow(options: {
    readonly signal: AbortSignal;
    readonly pollIntervalMs?: number;
  }): Promise<void> {
    while (!options.signal.aborted) {
      await this.runOnce();
      await sleep(options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS, undefined, {
        signal: options.signal,
      }).catch(() => undefined);
    }
  }

  /** Forgets the committed state and folds every event again from the first. */
  rebuild(): Promise<RunResult> {
    return this.serialised(async () => {
      await this.options.projections.reset(this.name);
      return this.catchUp();
    });
  }

  /** The committed state and its checkpoint (the initial state before the first commit). */
  async current(): Promise<Progress<S>> {
    return this.load();
  }

  /** Counts the events a run would still read, stopping at `limit`. */
  async lag(limit = DEFAULT_LAG_LIMIT): Promise<ProjectionLag> {
    const { checkpoint } = await this.load();
    const head = await this.options.events.headPosition();
    let pending = 0;
    for await (const _event of this.options.events.readAll(this.readOptions(checkpoint))) {
      if (pending >= limit)
        return { checkpoint, head, pending, pendingCapped: true, caughtUp: false };
      pending += 1;
    }
    return { checkpoint, head, pending, pendingCapped: false, caughtUp: pending === 0 };
  }

  private async catchUp(): Promise<RunResult> {
    const { projection, decode, projections } = this.options;
    const commitEvery = Math.max(1, this.options.commitEvery ?? DEFAULT_COMMIT_EVERY);
    let { state, checkpoint } = await this.load();
    let processed = 0;
    let uncommitted = 0;
    for await (const recorded of this.options.events.readAll(this.readOptions(checkpoint))) {
      const decoded = decodedOrThrow(recorded, decode(recorded));
      if (decoded !== null) state = projection.apply(state, decoded);
      checkpoint = recorded.globalPosition;
      processed += 1;
      uncommitted += 1;
      if (uncommitted >= commitEvery) {
        await projections.commit(this.name, {
          checkpoint,
          state: this.options.stateCodec.encode(state),
        });
        uncommitted = 0;
      }
    }
    if (uncommitted > 0 && checkpoint !== null) {
      await projections.commit(this.name, {
        checkpoint,
        state: this.options.stateCodec.encode(state),
      });
    }
    return { processed, checkpoint };
  }

  private async load(): Promise<Progress<S>> {
    const committed = await this.options.projections.load(this.name);
    if (committed === null)
      return { state: this.options.projection.initialState, checkpoint: null };
    const state = this.options.stateCodec.decode(committed.state);
    if (E.isLeft(state)) throw new ProjectionStateUnreadable(this.name, state.left);
    return { state: state.right, checkpoint: committed.checkpoint };
  }

  private readOptions(after: GlobalPosition | null): ReadAllOptions {
    const { filter, batchSize } = this.options;
    return { after, ...(filter && { filter }), ...(batchSize !== undefined && { batchSize }) };
  }

  private serialised<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
