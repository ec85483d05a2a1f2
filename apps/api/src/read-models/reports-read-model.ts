import {
  TenantId,
  DebiteurEvent,
  EventEnvelope,
  ReportsState,
  reportsProjection,
  RETIRED_REPORTS_NAMES,
} from '@debiteur/core';
import {
  decodeRecordedEvent,
  GlobalPosition,
  ProjectionLag,
  ProjectionRunner,
  ProjectionStateUnreadable,
  ReadAllFilter,
} from '@debiteur/eventstore';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import * as E from 'fp-ts/Either';
import { setTimeout as sleep } from 'node:timers/promises';
import { API_OPTIONS, ResolvedApiOptions } from '../app/api-options';
import { WriteBehindProjectionStore } from './write-behind-projection-store';

/** Only the domain's streams: API keys and idempotency records are no projection's business. */
export const REPORT_STREAMS: ReadAllFilter = { categories: ['invoice', 'debtor', 'tenant'] };

const POLL_INTERVAL_MS = 250;
/** How long a read waits for the read model to take in the caller's own last write. */
const OWN_WRITE_WAIT_MS = 2_000;
const PENDING_CAP = 100;

export interface ReadModelSnapshot {
  readonly state: ReportsState;
  readonly checkpoint: GlobalPosition | null;
}

export interface Staleness {
  readonly checkpoint: GlobalPosition | null;
  /** Events of the domain streams after the checkpoint, counted up to 100. */
  readonly pending: number;
  readonly pendingCapped: boolean;
  /** Milliseconds since the read model last caught up with the store. */
  readonly ageMs: number | null;
}

/**
 * The reports read model (payment behaviour, call sheet, aging, DSO, prescription) kept up to date in the
 * API process by a ProjectionRunner that follows the store every 250 ms; its state and
 * checkpoint live in memory and are written to the projection store every ten seconds and
 * at shutdown (see WriteBehindProjectionStore).
 *
 * Reads are eventually consistent, and say how stale they are. Within one process a read
 * sees the caller's own writes: a tenant that wrote since the last catch-up makes the read
 * run one more catch-up first (waiting at most two seconds).
 */
@Injectable()
export class ReportsReadModel implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly runner: ProjectionRunner<ReportsState, EventEnvelope<DebiteurEvent>>;
  private readonly projections: WriteBehindProjectionStore;
  private readonly stop = new AbortController();
  private following: Promise<void> | null = null;
  private snapshotCache: ReadModelSnapshot | null = null;
  private writes = 0;
  private readonly tenantWrites = new Map<string, number>();
  private caughtUpWrites = 0;
  private caughtUpAt: number | null = null;

  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {
    this.projections = new WriteBehindProjectionStore(options.stores.projections);
    this.runner = new ProjectionRunner({
      events: options.stores.events,
      projections: this.projections,
      projection: reportsProjection,
      decode: (recorded) => {
        const decoded = decodeRecordedEvent(recorded);
        if (E.isRight(decoded)) return decoded;
        // One unreadable event must not stop every report: it is logged and passed over.
        options.logger.warn(
          { streamId: recorded.streamId, version: recorded.streamVersion, error: decoded.left },
          'reports read model passes over an event it cannot decode',
        );
        return E.right(null);
      },
      // The state is this runner's own JSON document, written by the same code: the
      // projection's name carries the version of its shape, so an older shape is never read.
      stateCodec: { encode: (state) => state, decode: (json) => E.right(json as ReportsState) },
      filter: REPORT_STREAMS,
      commitEvery: 500,
    });
  }

  onApplicationBootstrap(): void {
    this.following ??= this.follow();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.following;
    await this.projections.flush().catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'reports read model could not save its state');
    });
  }

  /** Deletes what older versions of the read model left in the projection store, if anything. */
  private async forgetRetiredStates(): Promise<void> {
    for (const name of RETIRED_REPORTS_NAMES) {
      await this.options.stores.projections.reset(name).catch((error: unknown) => {
        this.options.logger.warn({ err: error, name }, 'could not delete a retired read model');
      });
    }
  }

  /** Remembers that the tenant wrote, so its next read waits for the write to be taken in. */
  noteWrite(tenantId: TenantId): void {
    this.writes += 1;
    this.tenantWrites.set(tenantId, this.writes);
  }

  /** The state to answer a tenant's read from, after its own writes when that is quick. */
  async snapshotFor(tenantId: TenantId): Promise<ReadModelSnapshot> {
    const wrote = this.tenantWrites.get(tenantId) ?? 0;
    if (this.snapshotCache === null || wrote > this.caughtUpWrites) {
      await Promise.race([this.refresh(), sleep(OWN_WRITE_WAIT_MS, undefined, { ref: false })]);
    }
    return this.snapshotCache ?? (await this.runner.current());
  }

  /** How far the snapshot trails the store. */
  async staleness(): Promise<Staleness> {
    const checkpoint = this.snapshotCache?.checkpoint ?? null;
    let pending = 0;
    const after = this.options.stores.events.readAll({
      after: checkpoint,
      filter: REPORT_STREAMS,
      batchSize: PENDING_CAP + 1,
    });
    for await (const _event of after) {
      if (pending >= PENDING_CAP) break;
      pending += 1;
    }
    return {
      checkpoint,
      pending,
      pendingCapped: pending >= PENDING_CAP,
      ageMs: this.caughtUpAt === null ? null : Date.now() - this.caughtUpAt,
    };
  }

  lag(): Promise<ProjectionLag> {
    return this.runner.lag(PENDING_CAP * 100);
  }

  /** Catches up once; every run starts after the writes noted before it. */
  async refresh(): Promise<void> {
    const writesBefore = this.writes;
    const result = await this.runner.runOnce().catch(async (error: unknown) => {
      if (!(error instanceof ProjectionStateUnreadable)) throw error;
      // The saved state no longer fits the projection's shape: fold it again from the start.
      this.options.logger.warn({ err: error }, 'reports read model rebuilds from the first event');
      this.snapshotCache = null;
      return this.runner.rebuild();
    });
    if (result.processed > 0 || this.snapshotCache === null) {
      this.snapshotCache = await this.runner.current();
    }
    this.caughtUpWrites = Math.max(this.caughtUpWrites, writesBefore);
    this.caughtUpAt = Date.now();
  }

  private async follow(): Promise<void> {
    await this.forgetRetiredStates();
    while (!this.stop.signal.aborted) {
      try {
        await this.refresh();
      } catch (error) {
        this.options.logger.error({ err: error }, 'reports read model could not catch up');
      }
      await sleep(POLL_INTERVAL_MS, undefined, { signal: this.stop.signal }).catch(() => undefined);
    }
  }
}
