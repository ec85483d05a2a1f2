import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { countJsonlEvents } from './count-jsonl-events';
import { readJsonlEventPages } from './jsonl-events';
import { recordedEvent } from '../testing/recorded-event';

/** An event line; `pad` lengthens its data, so a file of a few lines spans read chunks. */
const line = (n: number, pad = 0): string =>
  JSON.stringify(recordedEvent(n, { data: { note: `één "regel"${'€'.repeat(pad)}` } }));

describe('countJsonlEvents', () => {
  const folder = useTempFolder('count', { per: 'test' });

  const eventsRead = async (path: string): Promise<number> => {
    let count = 0;
    for await (const page of readJsonlEventPages(path)) count += page.length;
    return count;
  };

  it('counts what reading the file gives: blank lines, CRLF and a last line without a break', async () => {
    const path = folder.path('events.jsonl');
    writeFileSync(path, `${line(1)}\r\n\n  \t\r\n${line(2)}\n\n${line(3)}`);
    expect(await countJsonlEvents(path)).toBe(3);
    expect(await eventsRead(path)).toBe(3);
  });

  it('counts lines across the read chunks of a large file', async () => {
    const path = folder.path('large.jsonl');
    const lines = Array.from({ length: 30_000 }, (_, i) => line(i));
    writeFileSync(path, `${lines.join('\n')}\n`);
    expect(await countJsonlEvents(path)).toBe(30_000);
  });

  it('gives 0 for an empty file', async () => {
    const path = folder.path('empty.jsonl');
    writeFileSync(path, '');
    expect(await countJsonlEvents(path)).toBe(0);
  });

  it('agrees with reading any file of event lines and ASCII-blank lines, across read chunks', async () => {
    const blank = fc.constantFrom('', ' ', '\t', '\r', ' \r');
    // Up to 20,000 three-byte characters a line: a file of a few lines crosses 64 KiB chunks.
    const event = fc.tuple(fc.nat(1_000), fc.nat(20_000)).map(([n, pad]) => line(n, pad));
    const row = fc.oneof(
      event,
      blank,
      event.map((text) => `${text}\r`),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 60 }), fc.boolean(), async (rows, trailing) => {
        run += 1;
        const path = folder.path(`run-${run}.jsonl`);
        writeFileSync(path, rows.join('\n') + (trailing ? '\n' : ''));
        expect(await countJsonlEvents(path)).toBe(await eventsRead(path));
      }),
      { numRuns: 80 },
    );
  });
});
