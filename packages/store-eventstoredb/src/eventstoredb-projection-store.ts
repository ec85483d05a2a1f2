import {
  EventDecodeFailed,
  ProjectionCommit,
  ProjectionStore,
  StoreUnavailable,
} from '@debiteur/eventstore';
import { randomUUID } from 'node:crypto';
import { EsdbClient } from './esdb-client.port';
import { versionAfter } from './expected-version';
import { StreamNames, streamNames } from './stream-names';

export interface EventStoreDbProjectionStoreOptions {
  /** The same namespace as the event store's, so each deployment keeps its own progress. */
  readonly namespace?: string;
}

const COMMITTED = 'DebiteurProjectionCommitted';
const RESET = 'DebiteurProjectionReset';

const toCommit = (data: unknown): ProjectionCommit | null =>
  typeof data === 'object' &&
  data !== null &&
  'checkpoint' in data &&
  typeof data.checkpoint === 'string' &&
  'state' in data
    ? { checkpoint: data.checkpoint, state: data.state }
    : null;

/**
 * Projection progress as events: each commit appends one event holding the checkpoint and
 * the state together to `$debiteur-projection-<namespace><name>`, and `load` reads the newest.
 * The stream's `$maxCount` is 1, so the server keeps only that newest event (older ones go
 * at the next scavenge). A reset appends a marker rather than deleting the stream, which
 * would also drop that setting. One event is atomic, so a crash leaves the old pair or the
 * new one; concurrent commits are last-writer-wins, as the port allows.
 */
export class EventStoreDbProjectionStore implements ProjectionStore {
  private readonly names: StreamNames;
  private readonly limited = new Set<string>();
  private closed: Promise<void> | null = null;

  /** Use openEventStoreDbProjectionStore, which connects the client. */
  constructor(
    private readonly client: EsdbClient,
    options: EventStoreDbProjectionStoreOptions = {},
    private readonly ownsClient = true,
  ) {
    this.names = streamNames(options.namespace);
  }

  async load(name: string): Promise<ProjectionCommit | null> {
    this.ensureOpen();
    const [newest] = await this.client.readStream(this.names.projection(name), {
      from: 'end',
      direction: 'backwards',
      maxCount: 1,
    });
    if (newest === undefined || newest.type === RESET) return null;
    const commit = toCommit(newest.data);
    if (newest.type !== COMMITTED || commit === null) {
      const version = versionAfter(newest.revision);
      throw new EventDecodeFailed(newest.streamName, version, newest.type, [
        'not a projection commit',
      ]);
    }
    return commit;
  }

  async commit(name: string, commit: ProjectionCommit): Promise<void> {
    this.ensureOpen();
    const stream = this.names.projection(name);
    // Serialised now, so a caller changing its objects after this call changes nothing stored.
    const data = JSON.parse(
      JSON.stringify({ checkpoint: commit.checkpoint, state: commit.state ?? null }),
    );
    await this.keepNewestOnly(stream);
    await this.client.append(
      stream,
      [{ id: randomUUID(), type: COMMITTED, data, metadata: {} }],
      'any',
    );
  }

  async reset(name: string): Promise<void> {
    this.ensureOpen();
    if ((await this.load(name)) === null) return;
    const stream = this.names.projection(name);
    await this.client.append(
      stream,
      [{ id: randomUUID(), type: RESET, data: {}, metadata: {} }],
      'any',
    );
  }

  /** Disposes of the client if the store connected it; idempotent. */
  close(): Promise<void> {
    this.closed ??= this.ownsClient ? this.client.close() : Promise.resolve();
    return this.closed;
  }

  /** Sets `$maxCount` 1 once per stream and process: writing it is idempotent, just not free. */
  private async keepNewestOnly(stream: string): Promise<void> {
    if (this.limited.has(stream)) return;
    await this.client.setStreamMaxCount(stream, 1);
    this.limited.add(stream);
  }

  private ensureOpen(): void {
    if (this.closed !== null)
      throw new StoreUnavailable('The EventStoreDB projection store is closed');
  }
}
