import { randomUUID } from 'node:crypto';
import { EventToAppend } from '@debiteur/eventstore';
import { openSqliteEventStore } from '../sqlite-event-store';

/**
 * A writer that appends until it is killed. After each append the store acknowledged it
 * prints one line `{"streamId", "version", "eventIds"}`; stdout to a pipe is synchronous
 * on Linux, so a printed line is an append that returned before the process died.
 */
const STREAMS = 12;

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

const main = async (path: string): Promise<void> => {
  const store = openSqliteEventStore({ path });
  const versions = new Map<string, number>();
  for (let n = 0; ; n += 1) {
    const streamId = `invoice:tenant-crash:${(n * 7) % STREAMS}`;
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

main(process.argv[2] ?? '').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
