import Database from 'better-sqlite3';
import { RecordedEvent } from '@debiteur/eventstore';
import { collect, makeEvent } from '@debiteur/eventstore/testing';
import { openSqliteEventStore } from '../sqlite-event-store';
import { useTempFolder } from '../testing/use-temp-folder';
import { spawnScript, watchChild } from './child-script';

/** Acknowledged appends to wait for before pulling the plug. */
const ACKNOWLEDGED = 100;
const TIMEOUT_MS = 60_000;

interface Acknowledged {
  readonly streamId: string;
  readonly version: number;
  readonly eventIds: readonly string[];
}

const parseAck = (line: string): Acknowledged => JSON.parse(line) as Acknowledged;

const expectContiguousStreams = (events: readonly RecordedEvent[]): void => {
  const seen = new Map<string, number>();
  let previous = -1n;
  for (const event of events) {
    expect(event.streamVersion).toBe((seen.get(event.streamId) ?? 0) + 1);
    seen.set(event.streamId, event.streamVersion);
    expect(BigInt(event.globalPosition)).toBeGreaterThan(previous);
    previous = BigInt(event.globalPosition);
  }
};

describe('SqliteEventStore after its writer is killed mid-load', () => {
  const folder = useTempFolder('sqlite', { per: 'test' });

  it(
    'has every acknowledged append, no torn write, and takes new appends',
    async () => {
      const path = folder.path();
      const writer = spawnScript('crash-writer.script.ts', [path]);
      const outcome = await watchChild(writer, (_line, index) => {
        if (index + 1 === ACKNOWLEDGED) writer.kill('SIGKILL');
      });
      expect({ signal: outcome.signal, stderr: outcome.stderr }).toEqual({
        signal: 'SIGKILL',
        stderr: '',
      });
      const acknowledged = outcome.lines.map(parseAck);
      expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED);

      const store = openSqliteEventStore({ path });
      try {
        for (const ack of acknowledged) {
          const from = ack.version - ack.eventIds.length + 1;
          const stored = await store.readStream(ack.streamId, { from, to: ack.version });
          expect(stored.map((e) => e.eventId)).toEqual(ack.eventIds);
        }
        const all = await collect(store.readAll({ batchSize: 64 }));
        expect(all.length).toBeGreaterThanOrEqual(
          acknowledged.reduce((sum, ack) => sum + ack.eventIds.length, 0),
        );
        expectContiguousStreams(all);

        const streamId = acknowledged[0]?.streamId ?? 'invoice:tenant-crash:0';
        const version = await store.streamVersion(streamId);
        const after = await store.appendToStream(streamId, [makeEvent()], {
          expectedVersion: version,
        });
        expect(after.nextExpectedVersion).toBe(version + 1);
      } finally {
        await store.close();
      }

      const db = new Database(path, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    },
    TIMEOUT_MS,
  );
});
