import { openSqliteEventStore } from '@debiteur/store-sqlite';
import { PlannedAppend, appendPlan, eventCount } from '../append-plan';
import { interleavedEvents } from '../bench-events';
import { BenchContext } from '../bench-context';
import { BATCH_SIZE, SEEDED_PER_STREAM } from '../bench-sizes';
import { Figure, ratioFigure } from '../figure';
import { Sides, Trial, compareSides } from '../measure';
import { removeSqliteFile } from '../temp-folder';
import { SqliteTemplate, sqliteTemplate } from './sqlite-template';
import { SqliteRow, multiRowInsert, openRawSqlite, singleRowInsert, sqliteRow } from './raw-sqlite';

const rowsOf = (append: PlannedAppend, recordedAt: string): SqliteRow[] =>
  append.events.map((event, index) =>
    sqliteRow(
      { streamId: append.streamId, streamVersion: append.expectedVersion + index + 1, event },
      recordedAt,
    ),
  );

const adapterTrial =
  (template: SqliteTemplate, plan: readonly PlannedAppend[]) => async (): Promise<Trial> => {
    const path = template.copy();
    const store = openSqliteEventStore({ path });
    return {
      run: async () => {
        for (const append of plan) {
          await store.appendToStream(append.streamId, append.events, {
            expectedVersion: append.expectedVersion,
          });
        }
        return { events: eventCount(plan) };
      },
      dispose: async () => {
        await store.close();
        removeSqliteFile(path);
      },
    };
  };

/**
 * The raw writer: the caller knows the version, the UNIQUE (stream_id, stream_version)
 * constraint is the optimistic check, and each batch is one autocommit INSERT.
 */
const baselineTrial =
  (template: SqliteTemplate, plan: readonly PlannedAppend[]) => async (): Promise<Trial> => {
    const path = template.copy();
    const db = openRawSqlite(path, true);
    const single = singleRowInsert(db);
    const batch = multiRowInsert(db, plan[0]?.events.length ?? 1);
    return {
      run: async () => {
        for (const append of plan) {
          const rows = rowsOf(append, new Date().toISOString());
          const [row] = rows;
          if (rows.length === 1 && row !== undefined) single.run(...row);
          else batch.run(...rows.flat());
        }
        return { events: eventCount(plan) };
      },
      dispose: async () => {
        db.close();
        removeSqliteFile(path);
      },
    };
  };

const sides = (template: SqliteTemplate, plan: readonly PlannedAppend[]): Sides => ({
  adapter: adapterTrial(template, plan),
  baseline: baselineTrial(template, plan),
});

/** Single-event and batched appends with an expected version, SQLite adapter vs raw better-sqlite3. */
export const sqliteAppendFigures = async (context: BenchContext): Promise<Figure[]> => {
  const { sizes, repetitions } = context;
  const template = await sqliteTemplate(
    context.folder,
    'append',
    interleavedEvents(SEEDED_PER_STREAM),
  );
  try {
    const singlePlan = appendPlan({
      appends: sizes.singleAppends,
      batchSize: 1,
      seededPerStream: SEEDED_PER_STREAM,
    });
    context.log(`SQLite single-event appends: ${singlePlan.length} per pass`);
    const single = await compareSides(sides(template, singlePlan), repetitions);

    const batchPlan = appendPlan({
      appends: sizes.batches,
      batchSize: BATCH_SIZE,
      seededPerStream: SEEDED_PER_STREAM,
    });
    context.log(`SQLite batched appends: ${batchPlan.length} batches of ${BATCH_SIZE} per pass`);
    const batched = await compareSides(sides(template, batchPlan), repetitions);

    const command = context.command('sqlite-append');
    return [
      ratioFigure({
        id: 'sqlite.append.single',
        label: 'SQLite single-event append, expected version (fsync per commit)',
        comparison: single,
        goal: 0.5,
        command,
        details: {
          baselineDoes: 'better-sqlite3: one autocommit INSERT per event, same schema and pragmas',
        },
      }),
      ratioFigure({
        id: 'sqlite.append.batch',
        label: `SQLite batched append, ${BATCH_SIZE} events`,
        comparison: batched,
        goal: 0.6,
        command,
        details: {
          baselineDoes: `better-sqlite3: one autocommit ${BATCH_SIZE}-row INSERT … VALUES per batch`,
        },
      }),
    ];
  } finally {
    template.remove();
  }
};
