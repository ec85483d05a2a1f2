import { PlannedAppend, appendPlan, eventCount, splitByStream } from '../append-plan';
import { BenchContext } from '../bench-context';
import { CONCURRENT_CLIENTS, SEEDED_PER_STREAM } from '../bench-sizes';
import { STREAM_COUNT } from '../bench-events';
import { Figure, latencyFigure, ratioFigure } from '../figure';
import { RunOutcome, Sides, compareSides, elapsedMs, percentile } from '../measure';
import { AppendCheck, checkAppends, checkPassed } from './verify-appends';
import { PostgresTarget, adapterSchema, rawSchema } from './postgres-trials';
import { multiRowInsertSql, postgresRow } from './raw-postgres';

/** Runs every share on its own client at once; each append's latency is kept. */
const concurrently = async (
  shares: readonly (readonly PlannedAppend[])[],
  append: (planned: PlannedAppend) => Promise<unknown>,
): Promise<RunOutcome> => {
  const latenciesMs: number[] = [];
  await Promise.all(
    shares.map(async (share) => {
      for (const planned of share) {
        const start = process.hrtime.bigint();
        await append(planned);
        latenciesMs.push(elapsedMs(start));
      }
    }),
  );
  return { events: shares.reduce((sum, share) => sum + eventCount(share), 0), latenciesMs };
};

const SEEDED_EVENTS = SEEDED_PER_STREAM * STREAM_COUNT;

const sides = (
  target: PostgresTarget,
  plan: readonly PlannedAppend[],
  checks: Map<string, AppendCheck[]>,
): Sides => {
  const shares = splitByStream(plan, CONCURRENT_CLIENTS);
  const appendedIds = plan.flatMap((append) => append.events.map((event) => event.eventId));
  const record = (side: string, check: AppendCheck): void => {
    checks.set(side, [...(checks.get(side) ?? []), check]);
  };
  return {
    adapter: async () => {
      const schema = await adapterSchema(target, CONCURRENT_CLIENTS);
      return {
        run: () =>
          concurrently(shares, (append) =>
            schema.store.appendToStream(append.streamId, append.events, {
              expectedVersion: append.expectedVersion,
            }),
          ),
        dispose: async () => {
          const expected = SEEDED_EVENTS + appendedIds.length;
          record(
            'adapter',
            await checkAppends(target.admin, schema.names, appendedIds, expected, schema.store),
          );
          await schema.dispose();
        },
      };
    },
    baseline: async () => {
      const schema = await rawSchema(target, CONCURRENT_CLIENTS);
      const insert = multiRowInsertSql(schema.names, 1);
      return {
        run: () =>
          concurrently(shares, (append) =>
            schema.pool.query(
              insert,
              append.events.flatMap((event, index) =>
                postgresRow({
                  streamId: append.streamId,
                  streamVersion: append.expectedVersion + index + 1,
                  event,
                }),
              ),
            ),
          ),
        dispose: async () => {
          const expected = SEEDED_EVENTS + appendedIds.length;
          record(
            'baseline',
            await checkAppends(target.admin, schema.names, appendedIds, expected, null),
          );
          await schema.dispose();
        },
      };
    },
  };
};

/**
 * Single-event appends from CONCURRENT_CLIENTS clients at once, each on its own streams:
 * throughput and p99 latency against raw single-row INSERTs at the same concurrency, then
 * a check of every pass that no event was lost or stored twice.
 */
export const postgresConcurrencyFigures = async (
  context: BenchContext,
  target: PostgresTarget,
): Promise<Figure[]> => {
  const plan = appendPlan({
    appends: context.sizes.concurrentAppends,
    batchSize: 1,
    seededPerStream: SEEDED_PER_STREAM,
  });
  context.log(
    `PostgreSQL concurrent appends: ${plan.length} per pass from ${CONCURRENT_CLIENTS} clients`,
  );
  const checks = new Map<string, AppendCheck[]>();
  const comparison = await compareSides(sides(target, plan, checks), context.repetitions);
  const command = context.command('postgres-concurrent');
  const adapterChecks = checks.get('adapter') ?? [];
  const failed = adapterChecks.filter((check) => !checkPassed(check));
  const sum = (pick: (check: AppendCheck) => number): number =>
    adapterChecks.reduce((total, check) => total + pick(check), 0);
  const label = `PostgreSQL concurrent single-event append, ${CONCURRENT_CLIENTS} clients`;
  return [
    ratioFigure({
      id: 'postgres.append.concurrent',
      label,
      comparison,
      goal: 0.5,
      command,
      details: {
        baselineDoes: 'node-postgres: one autocommit single-row INSERT per event, same pool size',
      },
    }),
    latencyFigure(
      { id: 'postgres.append.concurrent.p99', label: `${label}: p99 latency`, comparison, command },
      (l) => percentile(l, 0.99),
    ),
    latencyFigure(
      {
        id: 'postgres.append.concurrent.p50',
        label: `${label}: median latency`,
        comparison,
        command,
      },
      (l) => percentile(l, 0.5),
    ),
    {
      id: 'postgres.append.concurrent.check',
      label: `${label}: events lost / doubled over ${adapterChecks.length} passes`,
      unit: 'events',
      adapter: sum((check) => check.lost) + sum((check) => check.doubled),
      baseline: null,
      ratio: null,
      spread: null,
      goal: '0 lost, 0 doubled, versions 1..n',
      met: adapterChecks.length > 0 && failed.length === 0,
      command,
      text: {
        adapter: `${sum((check) => check.lost)} lost, ${sum((check) => check.doubled)} doubled, ${sum((check) => check.brokenStreams)} streams with gaps`,
      },
      details: { adapterChecks, baselineChecks: checks.get('baseline') ?? [] },
    },
  ];
};
