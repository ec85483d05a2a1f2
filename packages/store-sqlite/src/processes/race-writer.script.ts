import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { ExpectedVersionConflict } from '@debiteur/eventstore';
import { openSqliteEventStore } from '../sqlite-event-store';

/**
 * One of several processes racing to create the same streams. It opens the store (on a
 * file that may not exist yet), prints `ready`, waits for a line on stdin, then tries to
 * create each stream with `no-stream` and prints `won <i>` or `lost <i> <actual version>`.
 */
const main = async (path: string, streams: number, name: string): Promise<void> => {
  const store = openSqliteEventStore({ path });
  process.stdout.write('ready\n');
  await once(process.stdin, 'data');
  for (let i = 0; i < streams; i += 1) {
    try {
      await store.appendToStream(
        `invoice:tenant-race:${i}`,
        [
          {
            eventId: randomUUID(),
            type: 'Created',
            schemaVersion: 1,
            data: { by: name },
            metadata: {
              tenantId: 'tenant-race',
              occurredAt: '2024-03-01T09:30:00.000+01:00',
              actor: name,
              reason: null,
              correlationId: `race-${i}`,
              causationId: null,
            },
          },
        ],
        { expectedVersion: 'no-stream' },
      );
      process.stdout.write(`won ${i}\n`);
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflict)) throw error;
      process.stdout.write(`lost ${i} ${error.actual}\n`);
    }
  }
  await store.close();
  process.stdin.destroy();
};

main(process.argv[2] ?? '', Number(process.argv[3]), process.argv[4] ?? 'writer').catch(
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
