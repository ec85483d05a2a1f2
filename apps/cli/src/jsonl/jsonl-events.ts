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

const isText = (value: unknown): boolean => typeof value === 'string' && value !== '';
const isWhole = (value: unknown): boolean => Number.isSafeInteger(value);

/**
 * What is wrong with the envelope's fields, by type (the event's data and metadata fields
 * are the codecs' to judge): every reader of the event relies on them.
 */
const envelopeProblems = (event: Readonly<Record<string, unknown>>): string[] => {
  const problems: string[] = [];
  for (const field of ['eventId', 'streamId', 'type'] as const) {
    if (!isText(event[field])) problems.push(`${field} is not a non-empty string`);
  }
  for (const field of ['streamVersion', 'schemaVersion'] as const) {
    if (!isWhole(event[field])) problems.push(`${field} is not a whole number`);
  }
  const metadata = event['metadata'];
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    problems.push('metadata is not an object');
  }
  const position = event['globalPosition'];
  if (position !== undefined && position !== null && typeof position !== 'string') {
    problems.push('globalPosition is not a string');
  }
  return problems;
};

/** The quick form of `envelopeProblems` (none), for the reads of millions of lines. */
const envelopeSound = (event: ParsedEvent): boolean =>
  isText(event.eventId) &&
  isText(event.streamId) &&
  isText(event.type) &&
  isWhole(event.streamVersion) &&
  isWhole(event.schemaVersion) &&
  typeof event.metadata === 'object' &&
  (event.metadata as unknown) !== null &&
  !Array.isArray(event.metadata) &&
  (event.globalPosition === undefined ||
    (event.globalPosition as unknown) === null ||
    typeof event.globalPosition === 'string');

const asRecordedEvent = (value: unknown, path: string, line: number): ParsedEvent => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JsonlLineInvalid(path, line, 'not a JSON object');
  }
  const missing = REQUIRED.filter((field) => !(field in value));
  if (missing.length > 0) {
    throw new JsonlLineInvalid(path, line, `missing ${missing.join(', ')}`);
  }
  const event = value as ParsedEvent;
  if (!envelopeSound(event)) {
    const problems = envelopeProblems(value as Readonly<Record<string, unknown>>);
    const named = isText(event.streamId) && isWhole(event.streamVersion);
    throw new JsonlLineInvalid(path, line, problems.join('; '), named ? event : null);
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

/** A page of events and, side by side, the line of the file each was on. */
export interface NumberedPage {
  readonly events: RecordedEvent[];
  readonly lines: number[];
}

const BYTE_ORDER_MARK = '\uFEFF';

async function* readPages(
  path: string,
  { onInvalidLine, keep }: JsonlReadOptions,
  numbered: boolean,
): AsyncGenerator<NumberedPage> {
  let number = 0;
  let rest = '';
  let first = true;
  const passBadTime = onInvalidLine !== undefined;
  const pageOf = (lines: readonly string[]): NumberedPage => {
    const page: NumberedPage = { events: [], lines: [] };
    for (const line of lines) {
      number += 1;
      try {
        const event = eventOfLine(line, path, number);
        if (event === null || (keep !== undefined && !keep(event))) continue;
        page.events.push(inUtc(event, path, number, passBadTime));
        if (numbered) page.lines.push(number);
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
    let text = chunk as string;
    // A byte order mark (as some editors write) is no part of the first line.
    if (first && text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
    first = false;
    const lines = (rest + text).split('\n');
    rest = lines.pop() ?? '';
    const page = pageOf(lines);
    if (page.events.length > 0) yield page;
  }
  const last = pageOf([rest]);
  if (last.events.length > 0) yield last;
}

/**
 * Reads the events of a JSONL file a chunk of about 1 MiB at a time, each chunk's whole
 * lines as one page (never empty); a byte order mark at the start and blank lines are
 * skipped, a line may end in CRLF, and only the events `keep` keeps are read on. A line
 * that holds no event (not JSON, an envelope field missing or of the wrong type) is
 * JsonlLineInvalid, unless `onInvalidLine` takes it and the read goes on (as `debiteur
 * verify` does, to list them all). An event whose `recordedAt` no store could keep is
 * JsonlLineInvalid too, or, when `onInvalidLine` is given, passed on as it is for the
 * caller to judge.
 */
export async function* readJsonlEventPages(
  path: string,
  options: JsonlReadOptions = {},
): AsyncGenerator<RecordedEvent[]> {
  for await (const page of readPages(path, options, false)) yield page.events;
}

/** The same pages, each with the line numbers of its events (for messages that name them). */
export const readJsonlNumberedPages = (
  path: string,
  options: JsonlReadOptions = {},
): AsyncGenerator<NumberedPage> => readPages(path, options, true);

/** Reads the events of a JSONL file in file order (see `readJsonlEventPages`). */
export async function* readJsonlEvents(path: string): AsyncGenerator<RecordedEvent> {
  for await (const page of readJsonlEventPages(path)) yield* page;
}

/** How many events of a synchronous source are written between two turns of the event loop. */
const EVENTS_BETWEEN_TURNS = 10_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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
      // A synchronous source (a generated portfolio) is written without a promise per event,
      // but gives the event loop a turn now and then, so a Ctrl-C is taken while it writes.
      for (const event of events) {
        out.add(JSON.stringify(event));
        count += 1;
        onEvent(count);
        if (count % EVENTS_BETWEEN_TURNS === 0) await nextTurn();
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
