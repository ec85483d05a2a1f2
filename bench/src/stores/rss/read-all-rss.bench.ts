import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BenchContext } from '../bench-context';
import { lastJsonLineOfNode } from '../../child-json-line';
import { STREAM_COUNT, interleavedEvents } from '../bench-events';
import { Figure } from '../figure';
import { sqliteTemplate } from '../sqlite/sqlite-template';
import { RssReport } from './rss-report';

const BUDGET_MB = 200;
/** "Flat": after the first 10% of the read, RSS grows by less than a tenth of the budget. */
const FLAT_GROWTH_MB = BUDGET_MB / 10;

const benchRoot = resolve(__dirname, '..', '..', '..');

/** Runs the reader script under tsx in a fresh Node process and parses its report. */
const readInChild = (path: string, mode: RssReport['mode'], expected: number): Promise<RssReport> =>
  lastJsonLineOfNode<RssReport>(
    [
      require.resolve('tsx/cli', { paths: [benchRoot] }),
      '--tsconfig',
      join(benchRoot, 'tsconfig.tsx.json'),
      join(__dirname, 'read-all-rss.script.ts'),
      path,
      mode,
      String(expected),
    ],
    `the ${mode} reader`,
  );

/** RSS growth after the first 10% of the read. */
const growthMb = (report: RssReport): number => {
  const early =
    report.trace.find((sample) => sample.read >= report.events / 10)?.rssMb ?? report.beforeMb;
  return report.peakMb - early;
};

const mb = (value: number): string => `${value.toFixed(0)} MB`;

/**
 * Peak RSS of a process that reads a whole SQLite file through readAll (1M events by
 * default), next to a raw SELECT reader: the goal is a flat line under BUDGET_MB.
 */
export const readAllRssFigures = async (context: BenchContext): Promise<Figure[]> => {
  const total = context.sizes.rssEvents;
  context.log(`Peak RSS: loading ${total} events into a SQLite file`);
  const loadStart = Date.now();
  const template = await sqliteTemplate(
    context.folder,
    'rss',
    interleavedEvents(total / STREAM_COUNT),
  );
  const loadSeconds = (Date.now() - loadStart) / 1_000;
  try {
    const fileMb = statSync(template.path).size / 2 ** 20;
    context.log(
      `Peak RSS: ${fileMb.toFixed(0)} MB file loaded in ${loadSeconds.toFixed(0)} s; reading it twice`,
    );
    const adapter = await readInChild(template.path, 'adapter', total);
    const raw = await readInChild(template.path, 'raw', total);
    const growth = growthMb(adapter);
    const command = context.command('rss');
    const complete = adapter.events === total && raw.events === total;
    return [
      {
        id: 'sqlite.readAll.peakRss',
        label: `SQLite readAll + decode, ${total.toLocaleString('en-US')} events: peak RSS (own process)`,
        unit: 'MB',
        adapter: adapter.peakMb,
        baseline: raw.peakMb,
        ratio: null,
        spread: null,
        goal: `flat (< ${FLAT_GROWTH_MB} MB growth after 10%), < ${BUDGET_MB} MB`,
        met: complete && adapter.peakMb < BUDGET_MB && growth < FLAT_GROWTH_MB,
        command,
        text: {
          adapter: `${mb(adapter.peakMb)} (+${mb(Math.max(0, growth))} after 10%)`,
          baseline: `${mb(raw.peakMb)} (+${mb(Math.max(0, growthMb(raw)))} after 10%)`,
        },
        details: { fileMb, loadSeconds, growthMb: growth, adapter, raw },
      },
      {
        id: 'sqlite.readAll.1m',
        label: `SQLite readAll + decode, ${total.toLocaleString('en-US')} events, one pass from a fresh process`,
        unit: 'events/s',
        adapter: adapter.events / adapter.seconds,
        baseline: raw.events / raw.seconds,
        ratio: raw.seconds / adapter.seconds,
        spread: null,
        goal: null,
        met: null,
        command,
        details: { adapterSeconds: adapter.seconds, rawSeconds: raw.seconds },
      },
    ];
  } finally {
    template.remove();
  }
};
