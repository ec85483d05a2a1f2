import { RecordedEvent } from '@debiteur/eventstore';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileLineSink } from '../analyst/line-sink';

/**
 * The JSONL event file (`jsonl:<path>`): one recorded event per line, in global order, as
 * the store gave it (`eventId`, `streamId`, `streamVersion`, `type`, `schemaVersion`, `data`,
 * `metadata`, `recordedAt`, `globalPosition`). Exports, generated portfolios and imports
 * all use it; it streams both ways in constant memory.
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

const asRecordedEvent = (value: unknown, path: string, line: number): RecordedEvent => {
  if (typeof value !== 'object' || value === null) {
    throw new JsonlLineInvalid(path, line, 'not a JSON object');
  }
  const missing = REQUIRED.filter((field) => !(field in value));
  if (missing.length > 0) {
    throw new JsonlLineInvalid(path, line, `missing ${missing.join(', ')}`);
  }
  const event = value as RecordedEvent;
  return { ...event, globalPosition: event.globalPosition ?? String(line) };
};

/** Reads the events of a JSONL file one line at a time; blank lines are skipped. */
export async function* readJsonlEvents(path: string): AsyncGenerator<RecordedEvent> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new JsonlLineInvalid(path, number, 'not valid JSON');
    }
    yield asRecordedEvent(parsed, path, number);
  }
}

/**
 * Writes events to a JSONL file in chunks of lines, honouring back-pressure; resolves with
 * the count.
 */
export const writeJsonlEvents = async (
  path: string,
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  onEvent: (count: number) => void = () => undefined,
): Promise<number> => {
  const out = fileLineSink(path);
  let count = 0;
  try {
    for await (const event of events) {
      await out.write(JSON.stringify(event));
      count += 1;
      onEvent(count);
    }
  } finally {
    await out.close();
  }
  return count;
};
