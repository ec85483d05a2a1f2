import { openStores } from '@debiteur/application';
import { RecordedEvent } from '@debiteur/eventstore';
import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { allEvents } from '../analyst/testing/expected-books';
import { seedFirstBooks } from '../analyst/testing/seed-books';
import { runCli } from '../testing/run-cli';

jest.setTimeout(120_000);

const server = usePostgresTestServer();

type Line = Record<string, unknown> & RecordedEvent;

/** Changes the lines of an export: each case edits one event as a careless hand would. */
type Edit = (lines: Line[]) => { line: number; streamId?: string; problem: string };

/** The index of the `n`th event (0-based) of the first stream that has more than `n`. */
const nthOfAStream = (lines: readonly Line[], n: number): number => {
  const seen = new Map<string, number>();
  for (const [index, line] of lines.entries()) {
    const count = seen.get(line.streamId) ?? 0;
    if (count === n && line.streamId.startsWith('invoice:')) return index;
    seen.set(line.streamId, count + 1);
  }
  throw new Error('seed: no stream long enough');
};

const at = (lines: Line[], index: number, changes: Record<string, unknown>) => {
  const line = { ...(lines[index] as Line), ...changes } as Line;
  lines[index] = line;
  return { line: index + 1, streamId: line.streamId };
};

const EDITS: [string, Edit][] = [
  [
    'a version repeated (the store would renumber it)',
    (lines) => {
      const index = nthOfAStream(lines, 2);
      return { ...at(lines, index, { streamVersion: 2 }), problem: 'version-gap' };
    },
  ],
  [
    'a version skipped',
    (lines) => {
      const index = nthOfAStream(lines, 1);
      return { ...at(lines, index, { streamVersion: 3 }), problem: 'version-gap' };
    },
  ],
  [
    'an event of another category in an invoice stream',
    (lines) => {
      const debtor = lines.find((l) => l.type === 'DebtorRegistered') as Line;
      const ofItsTenant = `invoice:${debtor.metadata.tenantId}:`;
      const invoice = [...lines].reverse().find((l) => l.streamId.startsWith(ofItsTenant)) as Line;
      lines.push({
        ...debtor,
        eventId: 'wrong-category',
        streamId: invoice.streamId,
        streamVersion: invoice.streamVersion + 1,
      });
      return { line: lines.length, streamId: invoice.streamId, problem: 'wrong-category' };
    },
  ],
  [
    'an event whose metadata names another tenant than its stream',
    (lines) => {
      const index = lines.findIndex((l) => l.type === 'Paid');
      const line = lines[index] as Line;
      const metadata = { ...line.metadata, tenantId: 'another-tenant' };
      return { ...at(lines, index, { metadata }), problem: 'wrong-tenant' };
    },
  ],
  [
    'an event whose data does not decode',
    (lines) => {
      const index = lines.findIndex((l) => l.type === 'Paid');
      return { ...at(lines, index, { data: { amount: 'a lot' } }), problem: 'undecodable' };
    },
  ],
  [
    'U+0000 in its metadata',
    (lines) => {
      const line = lines[3] as Line;
      const metadata = { ...line.metadata, reason: 'why\u0000' };
      return { ...at(lines, 3, { metadata }), problem: 'metadata.reason' };
    },
  ],
  [
    'a streamId that is a number',
    (lines) => {
      at(lines, 4, { streamId: 123 });
      return { line: 5, problem: 'streamId is not a non-empty string' };
    },
  ],
];

describe('debiteur import refuses a file verify would not pass', () => {
  const folder = useTempFolder('import-refusals', { per: 'describe' });
  let exported: Line[];
  let next = 0;
  const write = (lines: readonly Line[], prefix = '') => {
    const path = folder.path(`edited-${++next}.jsonl`);
    writeFileSync(path, prefix + lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    return path;
  };
  beforeAll(async () => {
    const store = `sqlite:${folder.path('source.db')}`;
    await seedFirstBooks(store);
    const out = folder.path('export.jsonl');
    expect((await runCli(['export', '--store', store, '--out', out])).code).toBe(0);
    exported = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Line);
  });

  describe.each([
    ['SQLite', () => Promise.resolve(`sqlite:${folder.path(`target-${++next}.db`)}`)],
    ['PostgreSQL', () => server().createDatabase()],
  ])('into %s', (_kind, newTarget) => {
    it.each(EDITS)(
      'with %s: names line, stream and problem, and imports nothing (exit 1)',
      async (_case, edit) => {
        const lines = [...exported];
        const expected = edit(lines);
        const file = write(lines);
        const target = await newTarget();

        const run = await runCli(['import', file, '--store', target]);

        expect(run.code).toBe(1);
        const named = run.stderr.split('\n').find((l) => l.startsWith(`${file}:${expected.line}:`));
        expect(named).toContain(expected.problem);
        if (expected.streamId !== undefined) expect(named).toContain(expected.streamId);
        expect(run.stderr).toContain('nothing was imported');
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expect(await allEvents(target)).toEqual([]);
      },
    );
  });

  it('reads a file that starts with a byte order mark', async () => {
    const target = `sqlite:${folder.path('bom.db')}`;
    const run = await runCli(['import', write(exported, '\uFEFF'), '--store', target]);

    expect(run.code).toBe(0);
    expect(await allEvents(target)).toHaveLength(exported.length);
  });

  it('leaves out the events of streams Debiteur did not make, counted apart', async () => {
    const foreign = { ...(exported[0] as Line), eventId: 'foreign', streamId: 'Invoice:acme:X' };
    const target = `sqlite:${folder.path('foreign.db')}`;

    const run = await runCli(['import', write([...exported, foreign]), '--store', target]);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ skipped: 0, foreign: 1 });
    expect(await allEvents(target)).toHaveLength(exported.length);
  });

  it('names the line and what the target holds when its stream is not the file’s', async () => {
    const target = `sqlite:${folder.path('diverged.db')}`;
    const first = exported[0] as Line;
    const stores = await openStores(target);
    try {
      await stores.events.appendToStream(
        first.streamId,
        [{ ...first, eventId: 'written-elsewhere' }],
        { expectedVersion: 'no-stream' },
      );
    } finally {
      await stores.close();
    }
    const file = write(exported);

    const run = await runCli(['import', file, '--store', target]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:1: ${first.streamId}@1: `);
    expect(run.stderr).toContain(`already holds ${first.streamId} at version 1`);
  });
});
