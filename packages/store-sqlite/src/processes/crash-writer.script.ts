import { randomUUID } from 'node:crypto';
import { EventToAppend } from '@debiteur/eventstore';
import { openSqliteEventStore, SqliteEventStore } from '../sqlite-event-store';

/**
 * A writer that appends until it is killed. After each append the store acknowledged it
 * prints one line `{"streamId", "version", "eventIds"}`; stdout to a pipe is synchronous
 * on Linux, so a printed line is an append that returned before the process died.
 * `WORKERS` loops append at once, each on streams of its own, so the store commits their
 * appends in shared transactions (group commit) and the kill can land in any of them.
 */
const STREAMS = 12;
const WORKERS = 4;

const batch = (n: number): EventToAppend[] =>
  Array.from({ length: 1 + (n % 3) }, (_, i) => ({
    eventId: randomUUID(),
    type: 'LoadApplied',
    schemaVersion: 1,
    data: { n, i, filler: 'x'.repeat(100 + (n % 40) * 50) },
    metadata: {
      tenantId: 'tenant-crash',
      occurredAt: '2024-03-01T09:30:00.000+01:00',
      actor: 'crash-writer',
      reason: null,
      correlationId: `load-${n}`,
      causationId: null,
    },
  }));

const worker = async (store: SqliteEventStore, w: number): Promise<void> => {
  const versions = new Map<string, number>();
  for (let n = w; ; n += WORKERS) {
    const streamId = `invoice:tenant-crash:${w + WORKERS * (n % (STREAMS / WORKERS))}`;
    const events = batch(n);
    const result = await store.appendToStream(streamId, events, {
      expectedVersion: versions.get(streamId) ?? 'no-stream',
    });
    versions.set(streamId, result.nextExpectedVersion);
    const eventIds = events.map((event) => event.eventId);
    process.stdout.write(
      `${JSON.stringify({ streamId, version: result.nextExpectedVersion, eventIds })}\n`,
    );
  }
};

const main = async (path: string): Promise<void> => {
  const store = openSqliteEventStore({ path });
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(store, w)));
};

main(process.argv[2] ?? '').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
