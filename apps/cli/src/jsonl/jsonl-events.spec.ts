import { RecordedEvent } from '@debiteur/eventstore';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { writeFileSync } from 'node:fs';
import {
  JsonlLineInvalid,
  readJsonlEventPages,
  readJsonlEvents,
  writeJsonlEvents,
} from './jsonl-events';
import { recordedEvent } from '../testing/recorded-event';

const event = (n: number): RecordedEvent => recordedEvent(n);

describe('JSONL event files', () => {
  const folder = useTempFolder('jsonl', { per: 'test' });

  const readAll = async (path: string) => {
    const events: RecordedEvent[] = [];
    for await (const e of readJsonlEvents(path)) events.push(e);
    return events;
  };

  it('reads back exactly what was written, in order', async () => {
    const path = folder.path('events.jsonl');
    const written = [1, 2, 3].map(event);

    expect(await writeJsonlEvents(path, written)).toBe(3);
    expect(await readAll(path)).toEqual(written);
  });

  it('reads a file of several chunks page by page: CRLF lines, multi-byte text, no line lost', async () => {
    const path = folder.path('big.jsonl');
    const written = Array.from({ length: 6_000 }, (_, n) => ({
      ...event(n + 1),
      data: { note: `€ ${'ë'.repeat(n % 300)}` },
    }));
    writeFileSync(path, written.map((e) => `${JSON.stringify(e)}\r\n`).join(''));

    const pages: RecordedEvent[][] = [];
    for await (const page of readJsonlEventPages(path)) pages.push(page);

    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.length > 0)).toBe(true);
    expect(pages.flat()).toEqual(written);
  });

  it('names the line of a bad row beyond the first chunk', async () => {
    const path = folder.path('late.jsonl');
    const good = `${JSON.stringify({ ...event(1), data: { note: 'x'.repeat(1000) } })}\n`;
    writeFileSync(path, `${good.repeat(2_000)}not json\n`);

    await expect(readAll(path)).rejects.toEqual(
      expect.objectContaining({ line: 2_001 }) as JsonlLineInvalid,
    );
  });

  it('names the line of a row that is not JSON or lacks a field', async () => {
    const path = folder.path('bad.jsonl');
    writeFileSync(path, `${JSON.stringify(event(1))}\n\n{"eventId":"x"}\n`);

    await expect(readAll(path)).rejects.toEqual(
      expect.objectContaining({ line: 3 }) as JsonlLineInvalid,
    );
  });
});
