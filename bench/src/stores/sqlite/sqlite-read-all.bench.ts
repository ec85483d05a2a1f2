import { openSqliteEventStore } from '@debiteur/store-sqlite';
import { STREAM_COUNT, interleavedEvents } from '../bench-events';
import { BenchContext } from '../bench-context';
import { Figure, ratioFigure } from '../figure';
import { Trial, compareSides } from '../measure';
import { openRawSqlite } from './raw-sqlite';
import { sqliteTemplate } from './sqlite-template';

interface RawRow {
  readonly position: number;
  readonly stream_version: number;
  readonly data: string;
  readonly metadata: string;
}

/** Reads the file through the adapter: every event decoded into a RecordedEvent. */
const adapterTrial = (path: string) => async (): Promise<Trial> => {
  const store = openSqliteEventStore({ path });
  return {
    run: async () => {
      let events = 0;
      for await (const event of store.readAll()) events += event.streamVersion > 0 ? 1 : 0;
      return { events };
    },
    dispose: () => store.close(),
  };
};

/** One SELECT in position order, iterated row by row, with both JSON columns parsed. */
const baselineTrial = (path: string) => async (): Promise<Trial> => {
  const db = openRawSqlite(path, true);
  const select = db.prepare<[], RawRow>(
    `SELECT position, event_id, stream_id, stream_version, type, schema_version, data, metadata,
            recorded_at FROM events ORDER BY position`,
  );
  return {
    run: async () => {
      let events = 0;
      for (const row of select.iterate()) {
        const data: unknown = JSON.parse(row.data);
        const metadata: unknown = JSON.parse(row.metadata);
        events += data !== undefined && metadata !== undefined && row.stream_version > 0 ? 1 : 0;
      }
      return { events };
    },
    dispose: async () => {
      db.close();
    },
  };
};

/** readAll + decode of the whole file, SQLite adapter vs a raw SELECT and JSON.parse. */
export const sqliteReadAllFigures = async (context: BenchContext): Promise<Figure[]> => {
  const total = context.sizes.readAllEvents;
  context.log(`SQLite readAll: loading ${total} events`);
  const template = await sqliteTemplate(
    context.folder,
    'read-all',
    interleavedEvents(total / STREAM_COUNT),
  );
  const { path } = template;
  try {
    const comparison = await compareSides(
      { adapter: adapterTrial(path), baseline: baselineTrial(path) },
      context.repetitions,
    );
    return [
      ratioFigure({
        id: 'sqlite.readAll',
        label: `SQLite readAll + decode, ${total.toLocaleString('en-US')} events`,
        comparison,
        goal: 0.7,
        command: context.command('sqlite-read'),
        details: {
          baselineDoes:
            'better-sqlite3: one SELECT … ORDER BY position, iterate(), JSON.parse of data and metadata',
        },
      }),
    ];
  } finally {
    template.remove();
  }
};
