import { AppendOutcome, AppendResult, settleGroup, WaitingAppend } from '@debiteur/eventstore';
import { QueuedAppend } from './append-group';

/** The most appends one transaction carries unless the store is told otherwise. */
export const DEFAULT_MAX_GROUP_SIZE = 256;

// Taken once, so a test that fakes the timers cannot stall the store's commits.
const nextTurn = setImmediate;

/**
 * Group commit: appends that arrive in the same turn of the event loop are applied by one
 * call of `commit` (one transaction, one fsync) at the turn's end, in arrival order, at
 * most `maxGroupSize` at a time. No promise settles before `commit` has returned, so an
 * append is acknowledged only once its transaction is committed; if `commit` throws, every
 * append of that group rejects with what it threw.
 *
 * The window is one `setImmediate`: what the caller's turn issues (every microtask, every
 * I/O callback of the same poll phase) joins the group. A lone append pays for that one
 * hop, microseconds against the commit's fsync.
 */
export class GroupCommit {
  private waiting: WaitingAppend<QueuedAppend>[] = [];
  private scheduled = false;

  constructor(
    private readonly commit: (group: readonly QueuedAppend[]) => readonly AppendOutcome[],
    private readonly failure: (error: unknown) => unknown,
    private readonly maxGroupSize: number = DEFAULT_MAX_GROUP_SIZE,
  ) {}

  /** Queues an append for the next group; settles once that group's transaction has ended. */
  submit(append: QueuedAppend): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.waiting.push({ append, resolve, reject });
      this.schedule();
    });
  }

  /** Commits everything queued now, in groups; used before the connection closes. */
  flush(): void {
    while (this.waiting.length > 0) this.commitNextGroup();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    nextTurn(() => {
      this.scheduled = false;
      this.commitNextGroup();
      // Let the callers of this group go on before the next group, which new arrivals join.
      if (this.waiting.length > 0) this.schedule();
    });
  }

  private commitNextGroup(): void {
    const group = this.waiting.splice(0, this.maxGroupSize);
    if (group.length === 0) return;
    let outcomes: readonly AppendOutcome[];
    try {
      outcomes = this.commit(group.map((waiting) => waiting.append));
    } catch (error) {
      const reason = this.failure(error);
      for (const waiting of group) waiting.reject(reason);
      return;
    }
    settleGroup(group, outcomes);
  }
}
