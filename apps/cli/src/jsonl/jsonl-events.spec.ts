import { RecordedEvent } from '@debiteur/eventstore';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonlLineInvalid, readJsonlEvents, writeJsonlEvents } from './jsonl-events';

const event = (n: number): RecordedEvent => ({
  eventId: `e-${n}`,
  streamId: 'invoice:acme:F-1',
  streamVersion: n,
  type: 'Paid',
  schemaVersion: 1,
  data: { amount: { amount: 100 * n, currency: 'EUR' }, note: 'regel\nmet "quotes"' },
  metadata: {
    tenantId: 'acme',
    occurredAt: '2026-03-02T10:00:00+01:00',
    actor: 'test',
    reason: null,
    correlationId: 'c',
    causationId: null,
  },
  globalPosition: String(n),
  recordedAt: '2026-03-02T09:00:00.000Z',
});

describe('JSONL event files', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'debiteur-jsonl-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const readAll = async (path: string) => {
    const events: RecordedEvent[] = [];
    for await (const e of readJsonlEvents(path)) events.push(e);
    return events;
  };

  it('reads back exactly what was written, in order', async () => {
    const path = join(folder, 'events.jsonl');
    const written = [1, 2, 3].map(event);

    expect(await writeJsonlEvents(path, written)).toBe(3);
    expect(await readAll(path)).toEqual(written);
  });

  it('names the line of a row that is not JSON or lacks a field', async () => {
    const path = join(folder, 'bad.jsonl');
    writeFileSync(path, `${JSON.stringify(event(1))}\n\n{"eventId":"x"}\n`);

    await expect(readAll(path)).rejects.toEqual(
      expect.objectContaining({ line: 3 }) as JsonlLineInvalid,
    );
  });
});
