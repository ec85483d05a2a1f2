import { RecordedEvent } from '@debiteur/eventstore';
import { collect, makeEvent } from '@debiteur/eventstore/testing';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { openPostgresEventStore } from '../open-postgres-stores';
import { TEST_SETTLE_MILLIS, usePostgresTestServer } from '../testing';
import { tsxCommand } from '../testing/tsx-command';
import { Acknowledged } from './crash-writer.fixture';

const server = usePostgresTestServer();

const ACKS_BEFORE_KILL = 300;

interface WriterRun {
  readonly acknowledged: readonly Acknowledged[];
  readonly stderr: string;
}

/** Runs the writer until it has acknowledged `acks` appends, then SIGKILLs it mid-load. */
const runWriterAndKill = (connectionString: string, acks: number): Promise<WriterRun> =>
  new Promise((resolve, reject) => {
    const [command, args] = tsxCommand(join(__dirname, 'crash-writer.fixture.ts'), [
      connectionString,
    ]);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: Acknowledged[] = [];
    let writerPid: number | null = null;
    let pending = '';
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const parsed = JSON.parse(line) as Acknowledged | { pid: number };
        if ('pid' in parsed) writerPid = parsed.pid;
        else acknowledged.push(parsed);
      }
      if (!killed && writerPid !== null && acknowledged.length >= acks) {
        killed = true;
        process.kill(writerPid, 'SIGKILL');
      }
    });
    child.once('exit', () =>
      killed
        ? resolve({ acknowledged, stderr })
        : reject(new Error(`the writer stopped on its own:\n${stderr}`)),
    );
  });

/** Waits until the server has ended the killed writer's sessions (and rolled back their work). */
const waitForWriterSessionsToEnd = async (connectionString: string): Promise<void> => {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const { rows } = await client.query<{ sessions: number }>(
        `SELECT count(*)::int AS sessions FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      if (rows[0]?.sessions === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the killed writer still has sessions');
  } finally {
    await client.end();
  }
};

const byStream = (events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> => {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events)
    streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  return streams;
};

const batchOf = (event: RecordedEvent): { batch: string; size: number; index: number } =>
  event.data as { batch: string; size: number; index: number };

describe('PostgresEventStore after a writer is killed mid-load', () => {
  it('keeps every acknowledged append, no torn batch, contiguous streams, and takes new appends', async () => {
    const connectionString = await server().createDatabase();
    const { acknowledged } = await runWriterAndKill(connectionString, ACKS_BEFORE_KILL);
    await waitForWriterSessionsToEnd(connectionString);

    const store = await openPostgresEventStore({
      connectionString,
      settleMillis: TEST_SETTLE_MILLIS,
    });
    try {
      const all = await collect(store.readAll({ batchSize: 250 }));
      const byId = new Map(all.map((event) => [event.eventId, event]));
      expect(byId.size).toBe(all.length);

      for (const ack of acknowledged) {
        const stored = ack.eventIds.map((id) => byId.get(id));
        const firstVersion = ack.version - ack.eventIds.length + 1;
        expect(stored.map((e) => [e?.streamId, e?.streamVersion])).toEqual(
          ack.eventIds.map((_, i) => [ack.streamId, firstVersion + i]),
        );
      }

      for (const [streamId, events] of byStream(all)) {
        expect(events.map((e) => e.streamVersion)).toEqual(events.map((_, i) => i + 1));
        expect(await store.streamVersion(streamId)).toBe(events.length);
      }

      const batches = new Map<string, RecordedEvent[]>();
      for (const event of all) {
        const { batch } = batchOf(event);
        batches.set(batch, [...(batches.get(batch) ?? []), event]);
      }
      for (const events of batches.values()) {
        const { size } = batchOf(events[0] as RecordedEvent);
        expect(events.map((e) => batchOf(e).index)).toEqual(
          Array.from({ length: size }, (_, i) => i),
        );
      }

      const [streamId, events] = [...byStream(all)][0] ?? ['', []];
      const after = makeEvent({ eventId: 'after-crash', tenantId: 'tenant-crash' });
      const next = await store.appendToStream(streamId, [after], {
        expectedVersion: events.length,
      });
      expect(next).toMatchObject({
        nextExpectedVersion: events.length + 1,
        alreadyAppended: false,
      });
      const tail = await collect(
        store.readAll({ after: all[all.length - 1]?.globalPosition ?? null }),
      );
      expect(tail.map((e) => e.eventId)).toEqual(['after-crash']);
    } finally {
      await store.close();
    }
  }, 60_000);
});
