/**
 * A writer for the crash test, run as its own process: appends batches of 1–3 events from
 * several concurrent loops, each loop to its own streams, and prints one JSON line per
 * acknowledged append, after a first line with its own pid (tsx runs it as a child of the
 * tsx CLI, so the test kills this pid rather than the process it spawned). It runs until
 * it is killed.
 *
 * Usage: tsx crash-writer.fixture.ts <connection string>
 */
import { EventToAppend } from '@debiteur/eventstore';
import { openPostgresEventStore } from '../open-postgres-stores';

export interface Acknowledged {
  readonly streamId: string;
  readonly batch: string;
  readonly eventIds: readonly string[];
  /** The stream version after the batch. */
  readonly version: number;
}

const LOOPS = 6;
const STREAMS_PER_LOOP = 4;

const batchOf = (batch: string, size: number): EventToAppend[] =>
  Array.from({ length: size }, (_, index) => ({
    eventId: `${batch}-e${index}`,
    type: 'CrashTested',
    schemaVersion: 1,
    data: { batch, size, index, padding: 'x'.repeat(512) },
    metadata: {
      tenantId: 'tenant-crash',
      occurredAt: '2024-03-01T09:30:00+01:00',
      actor: 'crash-writer',
      reason: null,
      correlationId: batch,
      causationId: null,
    },
  }));

const writeForever = async (connectionString: string): Promise<void> => {
  process.stdout.write(`${JSON.stringify({ pid: process.pid })}\n`);
  const store = await openPostgresEventStore({ connectionString, poolSize: LOOPS });
  await Promise.all(
    Array.from({ length: LOOPS }, async (_, loop) => {
      const versions = new Map<string, number>();
      for (let n = 0; ; n += 1) {
        const streamId = `invoice:tenant-crash:loop${loop}-stream${n % STREAMS_PER_LOOP}`;
        const batch = `p${process.pid}-loop${loop}-batch${n}`;
        const events = batchOf(batch, 1 + (n % 3));
        const result = await store.appendToStream(streamId, events, {
          expectedVersion: versions.get(streamId) ?? 'no-stream',
        });
        versions.set(streamId, result.nextExpectedVersion);
        const line: Acknowledged = {
          streamId,
          batch,
          eventIds: events.map((e) => e.eventId),
          version: result.nextExpectedVersion,
        };
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
    }),
  );
};

const connectionString = process.argv[2];
if (connectionString === undefined) {
  process.stderr.write('usage: crash-writer.fixture.ts <connection string>\n');
  process.exit(2);
}
writeForever(connectionString).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
