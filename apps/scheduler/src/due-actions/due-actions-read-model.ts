import {
  applyToDueActions,
  dueActionsProjection,
  DueActionsState,
  initialDueActionsState,
} from '@debiteur/core';
import {
  decodeRecordedEvent,
  decodedOrThrow,
  EventStore,
  GlobalPosition,
  ProjectionStore,
  ReadAllOptions,
} from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';
import { dueActionsStateCodec } from './due-actions-state.codec';

export interface DueActionsReadModelOptions {
  readonly events: EventStore;
  readonly projections: ProjectionStore;
  /** Commit once this many events were applied since the last commit. Default 200,000. */
  readonly commitEvery?: number;
  /** …or at the end of a catch-up this long after the last commit. Default 5 minutes. */
  readonly commitAfterMs?: number;
  /** Page size for `readAll`. Default 1,000. */
  readonly batchSize?: number;
  /** Milliseconds for the commit timing only (never business time). Default `Date.now`. */
  readonly millis?: () => number;
}

export interface CatchUpResult {
  /** Events read in this catch-up (of the three categories). */
  readonly applied: number;
  readonly checkpoint: GlobalPosition | null;
  /** True when this catch-up committed state and checkpoint. */
  readonly committed: boolean;
}

/** How far the read model trails the store, counted up to a limit. */
export interface ReadModelLag {
  readonly pending: number;
  readonly capped: boolean;
}

const READ: Pick<ReadAllOptions, 'filter'> = {
  filter: { categories: ['invoice', 'debtor', 'tenant'] },
};

/**
 * The due-actions read model of one scheduler: the core's pure fold, kept in memory between
 * passes and caught up from the store before each. State and checkpoint are committed
 * together to the projection store every so many events or seconds, so a restarted
 * scheduler resumes from its last commit rather than the first event; what it folded since
 * is folded again, from the same events, to the same state. The state is only a schedule:
 * every action is decided again on the invoice's own stream, so a stale or lost state can
 * delay an action, never double it.
 */
export class DueActionsReadModel {
  private state: DueActionsState = initialDueActionsState;
  private checkpoint: GlobalPosition | null = null;
  private loaded = false;
  private uncommitted = 0;
  private lastCommitAt = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: DueActionsReadModelOptions) {}

  get name(): string {
    return dueActionsProjection.name;
  }

  /** The state as of the last catch-up. */
  current(): DueActionsState {
    return this.state;
  }

  /** Folds every event after the checkpoint, committing as the options say. */
  catchUp(): Promise<CatchUpResult> {
    return this.serialised(async () => {
      await this.loadOnce();
      let applied = 0;
      const reads = this.options.events.readAll({
        ...READ,
        after: this.checkpoint,
        batchSize: this.options.batchSize ?? 1_000,
      });
      for await (const recorded of reads) {
        const decoded = decodedOrThrow(recorded, decodeRecordedEvent(recorded));
        this.state = applyToDueActions(this.state, decoded);
        this.checkpoint = recorded.globalPosition;
        applied += 1;
        this.uncommitted += 1;
        if (this.uncommitted >= (this.options.commitEvery ?? 200_000)) await this.commitNow();
      }
      const due =
        this.uncommitted > 0 &&
        this.millis() - this.lastCommitAt >= (this.options.commitAfterMs ?? 300_000);
      if (due) await this.commitNow();
      return { applied, checkpoint: this.checkpoint, committed: due };
    });
  }

  /** Commits what was folded since the last commit (on stop, so a restart starts there). */
  commit(): Promise<void> {
    return this.serialised(async () => {
      if (this.uncommitted > 0) await this.commitNow();
    });
  }

  /** Counts the events a catch-up would still read, stopping at `limit`. */
  async lag(limit = 10_000): Promise<ReadModelLag> {
    await this.serialised(() => this.loadOnce());
    let pending = 0;
    for await (const _event of this.options.events.readAll({ ...READ, after: this.checkpoint })) {
      if (pending >= limit) return { pending, capped: true };
      pending += 1;
    }
    return { pending, capped: false };
  }

  private async loadOnce(): Promise<void> {
    if (this.loaded) return;
    const committed = await this.options.projections.load(this.name);
    const decoded = committed === null ? null : dueActionsStateCodec.decode(committed.state);
    if (committed !== null && decoded !== null && E.isRight(decoded)) {
      this.state = decoded.right;
      this.checkpoint = committed.checkpoint;
    }
    // A missing or outdated state is folded again from the first event.
    this.lastCommitAt = this.millis();
    this.loaded = true;
  }

  private async commitNow(): Promise<void> {
    if (this.checkpoint === null) return;
    await this.options.projections.commit(this.name, {
      checkpoint: this.checkpoint,
      state: dueActionsStateCodec.encode(this.state),
    });
    this.uncommitted = 0;
    this.lastCommitAt = this.millis();
  }

  private millis(): number {
    return (this.options.millis ?? Date.now)();
  }

  private serialised<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
