import { isInstantWithOffset, RecordedEvent } from '@debiteur/eventstore';
import { createReadStream } from 'node:fs';
import { fileLineSink } from '../analyst/file-line-sink';

/**
 * The JSONL event file (`jsonl:<path>`): one recorded event per line, in global order, as
 * the store gave it (`eventId`, `streamId`, `streamVersion`, `type`, `schemaVersion`, `data`,
 * `metadata`, `recordedAt`, `globalPosition`). Exports, generated portfolios and imports
 * all use it; it streams both ways in constant memory. A line's `recordedAt` is read in UTC,
 * as every store writes it (docs/adr/0027), so a file and the store it is imported into give
 * the same timeline.
 */
export class JsonlLineInvalid extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${path}:${line}: ${problem}`);
    this.name = 'JsonlLineInvalid';
  }
}

const REQUIRED = [
  'eventId',
  'streamId',
  'streamVersion',
  'type',
  'schemaVersion',
  'metadata',
] as const;

/** 0001-01-01T00:00:00Z: the first instant a store keeps (see `isInstantWithOffset`). */
const FIRST_KEPT_MILLIS = -62_135_596_800_000;

/**
 * `recordedAt` as the stores write it (UTC, milliseconds), when it is an instant with an
 * offset that every store can keep; else null. Text already in that form is taken as it is.
 */
const recordedAtInUtc = (recordedAt: unknown): string | null => {
  if (typeof recordedAt !== 'string') return null;
  const millis = Date.parse(recordedAt);
  if (Number.isNaN(millis)) return null;
  const utc = new Date(millis).toISOString();
  if (utc === recordedAt && millis >= FIRST_KEPT_MILLIS) return utc;
  return isInstantWithOffset(recordedAt) ? utc : null;
};

/** Why a line's `recordedAt` was refused, naming its event's stream and version. */
const recordedAtProblem = ({ streamId, streamVersion, recordedAt }: RecordedEvent): string =>
  `${streamId}@${streamVersion}: ` +
  ((recordedAt as unknown) === undefined
    ? 'the line has no recordedAt'
    : `recordedAt ${JSON.stringify(recordedAt)} is not an ISO-8601 instant with an offset ` +
      'that exists, within ±14:00 and years 1–9999');

const asRecordedEvent = (value: unknown, path: string, line: number): RecordedEvent => {
  if (typeof value !== 'object' || value === null) {
    throw new JsonlLineInvalid(path, line, 'not a JSON object');
  }
  const missing = REQUIRED.filter((field) => !(field in value));
  if (missing.length > 0) {
    throw new JsonlLineInvalid(path, line, `missing ${missing.join(', ')}`);
  }
  const event = value as RecordedEvent;
  const recordedAt = recordedAtInUtc(event.recordedAt);
  if (recordedAt === null) {
    throw new JsonlLineInvalid(path, line, recordedAtProblem(event));
  }
  return { ...event, recordedAt, globalPosition: event.globalPosition ?? String(line) };
};

/** How much of the file is read at once: the lines in it become one page of events. */
const READ_CHUNK = 1024 * 1024;

const eventOfLine = (line: string, path: string, number: number): RecordedEvent | null => {
  if (line.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new JsonlLineInvalid(path, number, 'not valid JSON');
  }
  return asRecordedEvent(parsed, path, number);
};

/** What a reader does with a line that holds no event: throw it (the default) or go on. */
export type OnInvalidLine = (invalid: JsonlLineInvalid) => void;

const throwIt: OnInvalidLine = (invalid) => {
  throw invalid;
};

/**
 * Reads the events of a JSONL file a chunk of about 1 MiB at a time, each chunk's whole
 * lines as one page (never empty); blank lines are skipped, a line may end in CRLF. A line
 * that holds no event is JsonlLineInvalid, unless `onInvalidLine` takes it and the read
 * goes on (as `debiteur verify` does, to list them all).
 */
export async function* readJsonlEventPages(
  path: string,
  onInvalidLine: OnInvalidLine = throwIt,
): AsyncGenerator<RecordedEvent[]> {
  let number = 0;
  let rest = '';
  const pageOf = (lines: readonly string[]): RecordedEvent[] => {
    const page: RecordedEvent[] = [];
    for (const line of lines) {
      number += 1;
      try {
        const event = eventOfLine(line, path, number);
        if (event !== null) page.push(event);
      } catch (error) {
        if (!(error instanceof JsonlLineInvalid)) throw error;
        onInvalidLine(error);
      }
    }
    return page;
  };
  for await (const chunk of createReadStream(path, {
    encoding: 'utf8',
    highWaterMark: READ_CHUNK,
  })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop() ?? '';
    const page = pageOf(lines);
    if (page.length > 0) yield page;
  }
  const last = pageOf([rest]);
  if (last.length > 0) yield last;
}

/** Reads the events of a JSONL file in file order (see `readJsonlEventPages`). */
export async function* readJsonlEvents(path: string): AsyncGenerator<RecordedEvent> {
  for await (const page of readJsonlEventPages(path)) yield* page;
}

/** Writes events to a JSONL file (through `fileLineSink`); resolves with the count. */
export const writeJsonlEvents = async (
  path: string,
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  onEvent: (count: number) => void = () => undefined,
): Promise<number> => {
  const out = fileLineSink(path);
  let count = 0;
  try {
    if (Symbol.iterator in events) {
      // A synchronous source (a generated portfolio) is written without a promise per event.
      for (const event of events) {
        out.add(JSON.stringify(event));
        count += 1;
        onEvent(count);
      }
    } else {
      for await (const event of events) {
        await out.write(JSON.stringify(event));
        count += 1;
        onEvent(count);
      }
    }
  } finally {
    await out.close();
  }
  return count;
};
