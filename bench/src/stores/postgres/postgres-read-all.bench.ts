import { openPostgresEventStore, schemaNames } from '@debiteur/store-postgres';
import { STREAM_COUNT, interleavedEvents } from '../bench-events';
import { BenchContext } from '../bench-context';
import { Figure, ratioFigure } from '../figure';
import { Sides, Trial, compareSides } from '../measure';
import { PostgresTarget } from './postgres-trials';
import { dropSchema, freshSchemaName, loadPostgres, openWarmPool } from './raw-postgres';

/** The page size of both readers: the adapter's default. */
const PAGE = 500;

interface RawRow {
  readonly position: string;
  readonly stream_version: number;
  readonly data: unknown;
}

const sides = (target: PostgresTarget, schema: string, events: string): Sides => ({
  adapter: async (): Promise<Trial> => {
    const store = await openPostgresEventStore({ connectionString: target.url, schema });
    await store.headPosition(); // opens the connection before the clock starts
    return {
      run: async () => {
        let read = 0;
        for await (const event of store.readAll({ batchSize: PAGE }))
          read += event.streamVersion > 0 ? 1 : 0;
        return { events: read };
      },
      dispose: () => store.close(),
    };
  },
  // node-postgres parses json with JSON.parse as each row arrives.
  baseline: async (): Promise<Trial> => {
    const pool = await openWarmPool(target.url, 1);
    const select = `SELECT position, event_id, stream_id, stream_version, type, schema_version, data, tenant_id,
                           occurred_at, actor, reason, correlation_id, causation_id, recorded_at
                      FROM ${events} WHERE position > $1 ORDER BY position LIMIT ${PAGE}`;
    return {
      run: async () => {
        let read = 0;
        let after = '0';
        for (;;) {
          const { rows } = await pool.query<RawRow>(select, [after]);
          for (const row of rows) read += row.data !== undefined && row.stream_version > 0 ? 1 : 0;
          const last = rows[rows.length - 1];
          if (last === undefined || rows.length < PAGE) return { events: read };
          after = last.position;
        }
      },
      dispose: () => pool.end(),
    };
  },
});

const readAllFigure = async (
  context: BenchContext,
  target: PostgresTarget,
  total: number,
): Promise<Figure> => {
  const names = schemaNames(freshSchemaName('read'));
  // Opening the adapter once creates the schema; both sides then read the same table.
  await (
    await openPostgresEventStore({ connectionString: target.url, schema: names.schemaName })
  ).close();
  context.log(`PostgreSQL readAll: loading ${total} events`);
  await loadPostgres(target.admin, names, interleavedEvents(total / STREAM_COUNT));
  try {
    const comparison = await compareSides(
      sides(target, names.schemaName, names.events),
      context.repetitions,
    );
    return ratioFigure({
      id: `postgres.readAll.${total}`,
      label: `PostgreSQL readAll + decode, ${total.toLocaleString('en-US')} events`,
      comparison,
      goal: 0.7,
      command: context.command('postgres-read'),
      details: {
        baselineDoes: `node-postgres: SELECT … WHERE position > $1 ORDER BY position LIMIT ${PAGE}, json parsed by the driver`,
      },
    });
  } finally {
    await dropSchema(target.admin, names);
  }
};

/** readAll + decode of one table, PostgreSQL adapter vs raw keyset-paged SELECTs, at each size. */
export const postgresReadAllFigures = async (
  context: BenchContext,
  target: PostgresTarget,
): Promise<Figure[]> => {
  const figures: Figure[] = [];
  for (const total of context.sizes.postgresReadAllEvents)
    figures.push(await readAllFigure(context, target, total));
  return figures;
};
