import { systemClock } from '@debiteur/application';
import { businessDateOf, CalendarDate } from '@debiteur/core';
import { CliIo, UsageError } from '../cli-io';
import { futureAsOfNotice, parseAsOf } from '../analyst/as-of';
import { csvLine } from '../analyst/csv';
import { EventFilter, withEventSource } from '../analyst/event-source';
import { LineSink, openLineSink } from '../analyst/line-sink';
import { OutputFormat, outputFormatOf } from '../analyst/output-format';
import { UnreadableRow } from '../analyst/pages-past-unreadable';
import { isServiceStream } from '../analyst/service-streams';
import { refuseOutputOverSource } from '../analyst/output-over-source';
import { sourceProgress, tickTo } from '../analyst/source-progress';
import { requireEventsOfTenant } from '../analyst/tenant-events';
import { storeLocation } from '../store-option';
import { replayFold, TimelineRow } from './replay-fold';
import {
  csvRowsOf,
  CSV_HEADERS,
  PROJECTION_NAMES,
  ProjectionName,
  ReportProjection,
  ReportRecord,
  reportRecords,
  tenantsOf,
} from './replay-projections';
import { timelineCsvLine, timelineJsonLine } from './timeline-lines';
import { turnOffAllocationSitePretenuring } from './allocation-site-pretenuring';

export interface ReplayOptions {
  readonly store?: string;
  readonly projection: string;
  readonly tenant?: string;
  readonly asOf?: string;
  readonly out?: string;
  readonly format?: string;
}

/** A report projection's output: a CSV file (with its header) or a share of the JSONL stream. */
interface ProjectionSink {
  write(record: ReportRecord): Promise<void>;
}

/** The timeline's output: a line per event, buffered, written out after each page. */
interface TimelineSink {
  add(row: TimelineRow): void;
  drain(): Promise<void>;
}

const projectionsOf = (name: string): readonly ProjectionName[] => {
  if (name === 'all') return PROJECTION_NAMES;
  if ((PROJECTION_NAMES as readonly string[]).includes(name)) return [name as ProjectionName];
  throw new UsageError(`--projection must be one of ${[...PROJECTION_NAMES, 'all'].join(', ')}`);
};

/** `x.csv` with `--projection all`: `x.behaviour.csv`, `x.aging.csv`, … */
export const csvFileFor = (out: string, projection: ProjectionName): string =>
  out.replace(/\.csv$/i, `.${projection}.csv`);

const jsonlSink = (sink: LineSink): ProjectionSink => ({
  write: (record) => sink.write(JSON.stringify(record)),
});

/** A CSV file's header is written when it is opened: a report with no rows still has one. */
const csvSink = (sink: LineSink, projection: ProjectionName): ProjectionSink => {
  sink.add(csvLine(CSV_HEADERS[projection]));
  return {
    async write(record) {
      for (const row of csvRowsOf(record)) await sink.write(csvLine(row));
    },
  };
};

const timelineSink = (sink: LineSink, format: OutputFormat): TimelineSink => {
  if (format === 'csv') sink.add(csvLine(CSV_HEADERS.timeline));
  const lineOf = format === 'csv' ? timelineCsvLine : timelineJsonLine;
  return { add: (row) => sink.add(lineOf(row)), drain: () => sink.drain() };
};

interface Sinks {
  readonly reports: Map<ReportProjection, ProjectionSink>;
  readonly timeline: TimelineSink | undefined;
  /** Puts every output in place. */
  close(): Promise<void>;
  /** Gives every output up: no partial file is left where one goes (LineSink.abandon). */
  abandon(): Promise<void>;
}

/** Ends every sink, each whatever the others do; the first failure, if any, is thrown. */
const endAll = async (
  sinks: ReadonlySet<LineSink>,
  end: (sink: LineSink) => Promise<void>,
): Promise<void> => {
  const ended = await Promise.allSettled([...sinks].map(end));
  const failed = ended.find((result) => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
};
const abandonAll = (sinks: ReadonlySet<LineSink>) => endAll(sinks, (sink) => sink.abandon());

/**
 * Puts every output in place only when every one was written out: a failure to write any
 * abandons them all, so a failed write never leaves some reports new and some old. Only a
 * rename refused partway (a file of another user's in a sticky folder) does (docs/cli.md).
 */
const closeAll = async (sinks: ReadonlySet<LineSink>): Promise<void> => {
  try {
    await endAll(sinks, (sink) => sink.seal());
  } catch (error) {
    await abandonAll(sinks).catch(() => undefined);
    throw error;
  }
  await endAll(sinks, (sink) => sink.close());
};

/** The file each projection goes to (undefined: stdout): one JSONL file, or a CSV file each. */
const outputFilesOf = (
  projections: readonly ProjectionName[],
  out: string | undefined,
  format: OutputFormat,
): Map<ProjectionName, string | undefined> =>
  new Map(
    projections.map((p) => [
      p,
      out === undefined || format === 'jsonl' || projections.length === 1
        ? out
        : csvFileFor(out, p),
    ]),
  );

/** Opens one sink per projection: one JSONL stream for all, or one CSV file each. */
const openSinks = (
  files: ReadonlyMap<ProjectionName, string | undefined>,
  format: OutputFormat,
  io: CliIo,
): Sinks => {
  const lines = new Map<ProjectionName, LineSink>();
  try {
    let jsonl: LineSink | undefined;
    for (const [p, file] of files) {
      if (format === 'csv') lines.set(p, openLineSink(file, io));
      else lines.set(p, (jsonl ??= openLineSink(file, io)));
    }
  } catch (error) {
    abandonAll(new Set(lines.values())).catch(() => undefined);
    throw error;
  }
  const reports = new Map<ReportProjection, ProjectionSink>();
  let timeline: TimelineSink | undefined;
  for (const [p, sink] of lines) {
    if (p === 'timeline') timeline = timelineSink(sink, format);
    else reports.set(p, format === 'jsonl' ? jsonlSink(sink) : csvSink(sink, p));
  }
  const all = new Set(lines.values());
  return { reports, timeline, close: () => closeAll(all), abandon: () => abandonAll(all) };
};

/** `; 3 events <what>` for a count above nought, else nothing: for the closing line. */
const leftOut = (events: number, what: string): string =>
  events === 0 ? '' : `; ${events} event${events === 1 ? '' : 's'} ${what}`;

/**
 * `debiteur replay`: streams every event of the source through the core's projections and
 * writes the reports as of `--as-of` (default: now). See docs/cli.md for the formats.
 */
export const runReplay = async (io: CliIo, options: ReplayOptions): Promise<void> => {
  const projections = projectionsOf(options.projection);
  const asOf = parseAsOf(options.asOf);
  const format = outputFormatOf(options.out, options.format, 'jsonl');
  if (format === 'csv' && projections.length > 1 && options.out === undefined) {
    throw new UsageError(
      '--projection all as CSV needs --out <file.csv> (one file per projection)',
    );
  }
  turnOffAllocationSitePretenuring();
  const now = systemClock.now();
  const today: CalendarDate = asOf?.date ?? businessDateOf(now);
  // Every category is read (the fold passes over the few tenant-settings events and leaves
  // the service's own streams alone): a store reads its global order straight through rather
  // than through the category index.
  const filter: EventFilter = options.tenant === undefined ? {} : { tenantId: options.tenant };
  const location = storeLocation(options, io);
  const files = outputFilesOf(projections, options.out, format);
  refuseOutputOverSource(
    location,
    [...files.values()].filter((file) => file !== undefined),
  );
  // A stored row that does not read back is left out and counted, as an event that does not
  // decode is: the books of one bad row's invoice are short, every other invoice's are whole.
  const passedOver = { undecodable: 0, service: 0 };
  const passOver = (row: UnreadableRow) => {
    if (isServiceStream(row.streamId)) passedOver.service += 1;
    else passedOver.undecodable += 1;
  };
  await withEventSource(
    location,
    async (source) => {
      await requireEventsOfTenant(source, options.tenant);
      const notice = futureAsOfNotice(asOf, now);
      if (notice !== null) io.err(notice);
      // Opened first: an --out that cannot be written fails before the count and the bar.
      const sinks = openSinks(files, format, io);
      const progress = await sourceProgress('replay', source, filter).catch(async (error) => {
        await sinks.abandon().catch(() => undefined);
        throw error;
      });
      const started = Date.now();
      let replayed = false;
      try {
        const timeline = sinks.timeline;
        const result = await replayFold(source.pages(filter), {
          reports: sinks.reports.size > 0,
          asOf,
          trusted: source.stores !== null,
          onEvent: tickTo(progress),
          ...(timeline === undefined
            ? {}
            : { onTimelineEntry: (row) => timeline.add(row), afterPage: () => timeline.drain() }),
        });
        progress.stop();
        if (asOf !== null && result.folded === 0 && result.later > 0) {
          io.err(`No event was recorded by ${asOf.instant}: the books were empty then.`);
        }
        const tenants = tenantsOf(result.reports, options.tenant);
        for (const [projection, sink] of sinks.reports) {
          for (const record of reportRecords(projection, result.reports, tenants, today)) {
            await sink.write(record);
          }
        }
        const seconds = (Date.now() - started) / 1000;
        const undecodable = result.undecodable + passedOver.undecodable;
        const unusual = undecodable + result.foreignEvents + result.repeated > 0;
        if (process.stderr.isTTY || unusual) {
          io.err(
            `Replayed ${result.read} events from ${source.description} in ${seconds.toFixed(1)} s ` +
              `(${Math.round(result.read / Math.max(seconds, 0.001))} events/s): ${result.folded} folded, ` +
              `${result.later} recorded after --as-of, ${undecodable} undecodable` +
              (undecodable > 0 ? ' (run debiteur verify)' : '') +
              leftOut(
                result.serviceEvents + passedOver.service,
                "of the service's own streams left alone",
              ) +
              leftOut(result.foreignEvents, 'of streams Debiteur did not make left out') +
              leftOut(
                result.repeated,
                'at or below a version of their stream already read left out (run debiteur verify)',
              ),
          );
        }
        replayed = true;
      } finally {
        progress.stop();
        // A replay that failed midway leaves no partial report behind (nor empties an old one).
        // A failure to clean up must not hide the replay's own failure.
        await (replayed ? sinks.close() : sinks.abandon().catch(() => undefined));
      }
    },
    { onUnreadableRow: passOver },
  );
};
