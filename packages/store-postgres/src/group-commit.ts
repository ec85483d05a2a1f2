import { AppendOutcome, AppendResult, settleGroup, WaitingAppend } from '@debiteur/eventstore';
import { AppendRequest } from './append-rules';

// Taken once, so a test that fakes the timers cannot stall the store's commits.
const nextTurn = setImmediate;

/**
 * Group commit on PostgreSQL, as SQLite's store has it: appends submitted in one turn of the
 * event loop are made by one call of `commit` (one transaction) at the turn's end, in
 * submission order, at most `maxGroupSize` at a time. Groups run one after another, never
 * two at once, so a later group's appends commit after an earlier group's. No promise
 * settles before `commit` has returned; if it throws, every append of that group rejects
 * with what it threw.
 */
export class GroupCommit {
  private waiting: WaitingAppend<AppendRequest>[] = [];
  private scheduled = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly commit: (group: readonly AppendRequest[]) => Promise<AppendOutcome[]>,
    private readonly maxGroupSize: number,
  ) {}

  /** Queues an append for the next group; settles once that group's transaction has ended. */
  submit(append: AppendRequest): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.waiting.push({ append, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once every append submitted so far has settled. */
  async settled(): Promise<void> {
    while (this.running !== null || this.waiting.length > 0 || this.scheduled) {
      await (this.running ?? new Promise((resolve) => nextTurn(resolve)));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.running !== null) return;
    this.scheduled = true;
    nextTurn(() => {
      this.scheduled = false;
      this.running = this.commitNextGroup().finally(() => {
        this.running = null;
        // Appends submitted while the group ran form the next one.
        if (this.waiting.length > 0) this.schedule();
      });
    });
  }

  private async commitNextGroup(): Promise<void> {
    const group = this.waiting.splice(0, this.maxGroupSize);
    if (group.length === 0) return;
    let outcomes: readonly AppendOutcome[];
    try {
      outcomes = await this.commit(group.map((waiting) => waiting.append));
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
      return;
    }
    settleGroup(group, outcomes);
  }
}
