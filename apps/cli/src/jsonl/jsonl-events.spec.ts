import { RecordedEvent } from '@debiteur/eventstore';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { writeFileSync } from 'node:fs';
import {
  JsonlLineInvalid,
  readJsonlEventPages,
  readJsonlEvents,
  readJsonlNumberedPages,
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

  it('names the line of an event whose metadata is not an object', async () => {
    const path = folder.path('no-metadata.jsonl');
    writeFileSync(
      path,
      `${JSON.stringify(event(1))}\n${JSON.stringify({ ...event(2), metadata: null })}\n`,
    );

    await expect(readAll(path)).rejects.toEqual(
      expect.objectContaining({
        line: 2,
        problem: 'metadata is not an object',
      }) as JsonlLineInvalid,
    );
  });

  it('names the line of a row that is not JSON or lacks a field', async () => {
    const path = folder.path('bad.jsonl');
    writeFileSync(path, `${JSON.stringify(event(1))}\n\n{"eventId":"x"}\n`);

    await expect(readAll(path)).rejects.toEqual(
      expect.objectContaining({ line: 3 }) as JsonlLineInvalid,
    );
  });

  it('reads recordedAt in UTC, as the stores write it, whatever offset the line gives', async () => {
    const path = folder.path('offsets.jsonl');
    const lines = [
      { ...event(1), recordedAt: '2025-03-04T10:00:00.001+01:00' },
      { ...event(2), recordedAt: '2025-03-04T09:00:00.002Z' },
      { ...event(3), recordedAt: '2025-03-04T04:30:00-05:00' },
    ];
    writeFileSync(path, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));

    expect((await readAll(path)).map((e) => e.recordedAt)).toEqual([
      '2025-03-04T09:00:00.001Z',
      '2025-03-04T09:00:00.002Z',
      '2025-03-04T09:30:00.000Z',
    ]);
  });

  it.each([
    ['is missing', undefined],
    ['is no instant', 'yesterday'],
    ['names a day that does not exist', '2026-02-30T10:00:00Z'],
    ['has no offset', '2026-02-03T10:00:00'],
    ['has an offset beyond ±14:00', '2026-02-03T10:00:00+15:00'],
    ['lies before year 1', '0000-12-31T10:00:00.000Z'],
    ['lies after year 9999', '+010000-01-01T00:00:00.000Z'],
    ['lies after year 9999 once in UTC', '9999-12-31T23:30:00.000-01:00'],
  ])('refuses a line whose recordedAt %s, naming line, stream and version', async (_case, at) => {
    const path = folder.path('bad-time.jsonl');
    const bad = { ...event(2), recordedAt: at };
    writeFileSync(path, `${JSON.stringify(event(1))}\n${JSON.stringify(bad)}\n`);

    const refused = readAll(path);

    await expect(refused).rejects.toEqual(
      expect.objectContaining({
        line: 2,
        event: expect.objectContaining({
          streamId: bad.streamId,
          streamVersion: bad.streamVersion,
        }) as unknown,
      }) as JsonlLineInvalid,
    );
  });

  it('passes an event with a bad recordedAt on as it is when told what to do with bad lines', async () => {
    const path = folder.path('lenient.jsonl');
    const bad = { ...event(2), recordedAt: '2026-02-30T10:00:00Z' };
    writeFileSync(path, [event(1), bad, event(3)].map((e) => `${JSON.stringify(e)}\n`).join(''));
    const invalid: JsonlLineInvalid[] = [];

    const pages: RecordedEvent[][] = [];
    for await (const page of readJsonlEventPages(path, { onInvalidLine: (i) => invalid.push(i) }))
      pages.push(page);

    expect(pages.flat()).toEqual([event(1), bad, event(3)]);
    expect(invalid).toEqual([]);
  });

  it('reads no further than `keep`: a bad recordedAt of an event it skips is not looked at', async () => {
    const path = folder.path('kept.jsonl');
    const other = { ...event(2), streamId: 'invoice:bolt:B-2', recordedAt: 'yesterday' };
    writeFileSync(path, [event(1), other, event(3)].map((e) => `${JSON.stringify(e)}\n`).join(''));

    const kept: RecordedEvent[] = [];
    const keep = (e: RecordedEvent) => !e.streamId.startsWith('invoice:bolt:');
    for await (const page of readJsonlEventPages(path, { keep })) kept.push(...page);

    expect(kept).toEqual([event(1), event(3)]);
  });

  it('reads a file that starts with a byte order mark', async () => {
    const path = folder.path('bom.jsonl');
    writeFileSync(path, `\uFEFF${JSON.stringify(event(1))}\n${JSON.stringify(event(2))}\n`);

    expect(await readAll(path)).toEqual([event(1), event(2)]);
  });

  it.each([
    ['a streamId that is a number', { streamId: 123 }],
    ['an eventId that is null', { eventId: null }],
    ['a streamVersion that is text', { streamVersion: '2' }],
    ['a schemaVersion of 1.5', { schemaVersion: 1.5 }],
    ['metadata that is a list', { metadata: [] }],
  ])('names the line of an event with %s, and reads on when told to', async (_case, change) => {
    const path = folder.path('typed.jsonl');
    const lines = [event(1), { ...event(2), ...change }, event(3)];
    writeFileSync(path, lines.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const invalid: JsonlLineInvalid[] = [];

    await expect(readAll(path)).rejects.toEqual(
      expect.objectContaining({ line: 2 }) as JsonlLineInvalid,
    );
    const read: RecordedEvent[] = [];
    for await (const page of readJsonlEventPages(path, { onInvalidLine: (i) => invalid.push(i) }))
      read.push(...page);
    expect(read).toEqual([event(1), event(3)]);
    expect(invalid.map((i) => i.line)).toEqual([2]);
  });

  it('gives the line of each event, past blank lines and skipped events', async () => {
    const path = folder.path('numbered.jsonl');
    const other = { ...event(2), streamId: 'invoice:bolt:B-2' };
    const lines = [JSON.stringify(event(1)), '', JSON.stringify(other), JSON.stringify(event(3))];
    writeFileSync(path, `${lines.join('\n')}\n`);
    const keep = (e: RecordedEvent) => !e.streamId.startsWith('invoice:bolt:');

    const numbers: number[] = [];
    for await (const page of readJsonlNumberedPages(path, { keep })) numbers.push(...page.lines);

    expect(numbers).toEqual([1, 4]);
  });
});
