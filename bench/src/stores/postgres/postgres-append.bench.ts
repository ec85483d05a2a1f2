import { PlannedAppend, appendPlan, eventCount } from '../append-plan';
import { BenchContext } from '../bench-context';
import { BATCH_SIZE, CONCURRENT_CLIENTS, SEEDED_PER_STREAM } from '../bench-sizes';
import { Figure, ratioFigure } from '../figure';
import { Sides, compareSides } from '../measure';
import { PostgresTarget, adapterSchema, rawSchema } from './postgres-trials';
import { multiRowInsertSql, postgresRow } from './raw-postgres';

const sides = (target: PostgresTarget, plan: readonly PlannedAppend[]): Sides => ({
  adapter: async () => {
    const schema = await adapterSchema(target, CONCURRENT_CLIENTS);
    return {
      run: async () => {
        for (const append of plan) {
          await schema.store.appendToStream(append.streamId, append.events, {
            expectedVersion: append.expectedVersion,
          });
        }
        return { events: eventCount(plan) };
      },
      dispose: () => schema.dispose(),
    };
  },
  // One autocommit multi-row INSERT per batch; UNIQUE (stream_id, stream_version) is the check.
  baseline: async () => {
    const schema = await rawSchema(target, CONCURRENT_CLIENTS);
    const insert = multiRowInsertSql(schema.names, BATCH_SIZE);
    return {
      run: async () => {
        for (const append of plan) {
          const rows = append.events.map((event, index) =>
            postgresRow({
              streamId: append.streamId,
              streamVersion: append.expectedVersion + index + 1,
              event,
            }),
          );
          await schema.pool.query(insert, rows.flat());
        }
        return { events: eventCount(plan) };
      },
      dispose: () => schema.dispose(),
    };
  },
});

/** Batched appends with an expected version, PostgreSQL adapter vs a raw multi-row INSERT. */
export const postgresAppendFigures = async (
  context: BenchContext,
  target: PostgresTarget,
): Promise<Figure[]> => {
  const plan = appendPlan({
    appends: context.sizes.batches,
    batchSize: BATCH_SIZE,
    seededPerStream: SEEDED_PER_STREAM,
  });
  context.log(`PostgreSQL batched appends: ${plan.length} batches of ${BATCH_SIZE} per pass`);
  const comparison = await compareSides(sides(target, plan), context.repetitions);
  return [
    ratioFigure({
      id: 'postgres.append.batch',
      label: `PostgreSQL batched append, ${BATCH_SIZE} events`,
      comparison,
      goal: 0.6,
      command: context.command('postgres-append'),
      details: {
        baselineDoes: `node-postgres: one autocommit ${BATCH_SIZE}-row INSERT … VALUES per batch`,
      },
    }),
  ];
};
