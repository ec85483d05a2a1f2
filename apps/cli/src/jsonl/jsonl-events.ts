import { instantInUtc, RecordedEvent } from '@debiteur/eventstore';
import { createReadStream } from 'node:fs';
import { fileLineSink } from '../analyst/file-line-sink';
import { writingTo } from '../analyst/line-sink';

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
    /** The event the line holds, when its shape was read. */
    readonly event: Pick<RecordedEvent, 'streamId' | 'streamVersion'> | null = null,
  ) {
    super(
      `${path}:${line}: ` +
        (event === null ? '' : `${event.streamId}@${event.streamVersion}: `) +
        problem,
    );
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

/** Why an event's `recordedAt` is refused. */
export const recordedAtProblem = (recordedAt: unknown): string =>
  recordedAt === undefined
    ? 'the line has no recordedAt'
    : `recordedAt ${JSON.stringify(recordedAt)} is not an ISO-8601 instant with an offset ` +
      'that exists, within ±14:00 and years 1–9999';

/** What a read makes of the lines (see `readJsonlEventPages`). */
export interface JsonlReadOptions {
  /**
   * What to do with a line that holds no event; by default the read fails. When given, an
   * event whose `recordedAt` no store could keep is passed on as it is, for the caller to
   * judge (`debiteur verify` names it with its stream and version).
   */
  readonly onInvalidLine?: OnInvalidLine | undefined;
  /** The events to read on (a filter); the others are skipped before their time is read. */
  readonly keep?: ((event: RecordedEvent) => boolean) | undefined;
}

/** An event as JSON.parse gave it: fresh, so the reader may set its fields in place. */
type ParsedEvent = { -readonly [K in keyof RecordedEvent]: RecordedEvent[K] };

const asRecordedEvent = (value: unknown, path: string, line: number): ParsedEvent => {
  if (typeof value !== 'object' || value === null) {
    throw new JsonlLineInvalid(path, line, 'not a JSON object');
  }
  const missing = REQUIRED.filter((field) => !(field in value));
  if (missing.length > 0) {
    throw new JsonlLineInvalid(path, line, `missing ${missing.join(', ')}`);
  }
  const event = value as ParsedEvent;
  if (typeof event.metadata !== 'object' || (event.metadata as unknown) === null) {
    throw new JsonlLineInvalid(path, line, 'metadata is not an object', event);
  }
  event.globalPosition ??= String(line);
  return event;
};

/**
 * The event with its `recordedAt` in UTC, as the stores write it (ADR 0027); one that no
 * store could keep is JsonlLineInvalid, or, `passBadTime`, the event as it is.
 */
const inUtc = (
  event: ParsedEvent,
  path: string,
  line: number,
  passBadTime: boolean,
): RecordedEvent => {
  const recordedAt = instantInUtc(event.recordedAt);
  if (recordedAt !== null) event.recordedAt = recordedAt;
  else if (!passBadTime) {
    throw new JsonlLineInvalid(path, line, recordedAtProblem(event.recordedAt), event);
  }
  return event;
};

/** How much of the file is read at once: the lines in it become one page of events. */
const READ_CHUNK = 1024 * 1024;

const eventOfLine = (line: string, path: string, number: number): ParsedEvent | null => {
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
 * lines as one page (never empty); blank lines are skipped, a line may end in CRLF, and
 * only the events `keep` keeps are read on. A line that holds no event is JsonlLineInvalid,
 * unless `onInvalidLine` takes it and the read goes on (as `debiteur verify` does, to list
 * them all). An event whose `recordedAt` no store could keep is JsonlLineInvalid too, or,
 * when `onInvalidLine` is given, passed on as it is for the caller to judge.
 */
export async function* readJsonlEventPages(
  path: string,
  { onInvalidLine, keep }: JsonlReadOptions = {},
): AsyncGenerator<RecordedEvent[]> {
  let number = 0;
  let rest = '';
  const passBadTime = onInvalidLine !== undefined;
  const pageOf = (lines: readonly string[]): RecordedEvent[] => {
    const page: RecordedEvent[] = [];
    for (const line of lines) {
      number += 1;
      try {
        const event = eventOfLine(line, path, number);
        if (event === null || (keep !== undefined && !keep(event))) continue;
        page.push(inUtc(event, path, number, passBadTime));
      } catch (error) {
        if (!(error instanceof JsonlLineInvalid)) throw error;
        (onInvalidLine ?? throwIt)(error);
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
  return writingTo(out, async () => {
    let count = 0;
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
    return count;
  });
};
