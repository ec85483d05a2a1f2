import { useTempFolder } from '@debiteur/store-sqlite/testing';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { seedFirstBooks } from './analyst/testing/seed-books';
import { runCli, runCliIntoEarlyStop, runCliOnTerminal } from './testing/run-cli';

jest.setTimeout(60_000);

/** A line of a stack trace, which a user's mistake must never print. */
const STACK_LINE = /^\s+at /m;

/** What `verify --json` found of each problem: its stream, version and kind. */
const problemsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { streamId: string; streamVersion: number; problem: string })
    .map(({ streamId, streamVersion, problem }) => ({ streamId, streamVersion, problem }));

describe('How debiteur fails', () => {
  const folder = useTempFolder('command-failures', { per: 'describe' });
  let store: string;
  let portfolio: string;
  beforeAll(async () => {
    store = `sqlite:${folder.path('books.db')}`;
    await seedFirstBooks(store);
    portfolio = folder.path('portfolio.jsonl');
    const generated = await runCli([
      'generate',
      '--tenants',
      '1',
      '--debtors',
      '20',
      '--invoices',
      '300',
      '--seed',
      '3',
      '--out',
      `jsonl:${portfolio}`,
    ]);
    expect(generated.code).toBe(0);
  });

  it('exits 2 on a bad command line, saying why and printing the usage', async () => {
    const run = await runCli(['replay', '--projection', 'all', '--no-such-flag']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--no-such-flag'");
    expect(run.stderr).toContain('Usage: debiteur replay [options]');
    const missing = await runCli(['history', 'F-1', '--store', store]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--tenant <id>' not specified");
    expect(missing.stderr).toContain('Usage: debiteur history [options] <invoice>');
  });

  it('refuses a SQLite source that is not there, and does not create it (exit 2)', async () => {
    const missing = folder.path('typo', 'books.db');
    for (const command of [['verify'], ['replay', '--projection', 'aging'], ['export']]) {
      const run = await runCli([...command, '--store', `sqlite:${missing}`]);
      expect({ command, code: run.code, stderr: run.stderr.trim() }).toEqual({
        command,
        code: 2,
        stderr: `debiteur: sqlite:${missing}: no such file (a source is read, never created)`,
      });
    }
    expect(existsSync(folder.path('typo'))).toBe(false);
  });

  it('refuses a source file that is a folder in one line (exit 2)', async () => {
    for (const scheme of ['jsonl', 'sqlite']) {
      const run = await runCli(['verify', '--store', `${scheme}:${folder.dir}`]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 2,
        stderr: `debiteur: ${scheme}:${folder.dir}: a folder, not a file (name the file itself)\n`,
      });
    }
  });

  it('explains an invoice the books do not hold in one line, without a stack (exit 1)', async () => {
    const run = await runCli(['history', 'NO-SUCH', '--tenant', 'acme', '--store', store]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'debiteur: No invoice of acme has "NO-SUCH" as its id or as its invoice number',
    );
  });

  it('lists every unreadable line of a JSONL file and checks the rest (exit 1)', async () => {
    const lines = readFileSync(portfolio, 'utf8').trimEnd().split('\n');
    const damaged = folder.path('damaged.jsonl');
    const broken = [...lines];
    broken[2] = '{"eventId": "cut off';
    broken[9] = '42';
    writeFileSync(damaged, `${broken.join('\n')}\n`);
    const run = await runCli(['verify', '--store', `jsonl:${damaged}`, '--json']);
    expect(run.code).toBe(1);
    const problems = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { line?: number; problem: string });
    expect(problems.filter((p) => p.problem === 'unreadable-line')).toEqual([
      { line: 3, problem: 'unreadable-line', detail: 'not valid JSON' },
      { line: 10, problem: 'unreadable-line', detail: 'not a JSON object' },
    ]);
    expect(run.stderr).toContain(`Verified ${lines.length - 2} events`);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('names an event whose recordedAt no store could keep by stream and version, and folds it', async () => {
    const lines = readFileSync(portfolio, 'utf8').trimEnd().split('\n');
    const at = lines.findIndex((line, n) => n > 0 && line.includes('"streamVersion":2,'));
    const event = JSON.parse(lines[at] ?? '{}') as { streamId: string; streamVersion: number };
    const damaged = folder.path('bad-time.jsonl');
    lines[at] = JSON.stringify({ ...event, recordedAt: '2025-02-30T10:00:00+01:00' });
    writeFileSync(damaged, `${lines.join('\n')}\n`);

    const run = await runCli(['verify', '--store', `jsonl:${damaged}`, '--json']);

    expect(run.code).toBe(1);
    expect(problemsOf(run.stdout)).toEqual([
      { streamId: event.streamId, streamVersion: 2, problem: 'recorded-at-invalid' },
    ]);
    const replay = await runCli(['replay', '--projection', 'aging', '--store', `jsonl:${damaged}`]);
    expect(replay.code).toBe(1);
    expect(replay.stderr).toContain(`${event.streamId}@2: recordedAt "2025-02-30T10:00:00+01:00"`);
    expect(replay.stderr).not.toMatch(STACK_LINE);
  });

  it('names every problem of one event: a gap before it, its recordedAt and its data', async () => {
    const lines = readFileSync(portfolio, 'utf8').trimEnd().split('\n');
    type Line = { streamId: string; streamVersion: number; data: unknown };
    const parsed = lines.map((line) => JSON.parse(line) as Line);
    const third = parsed.findIndex((e) => e.streamVersion === 3);
    const streamId = parsed[third]?.streamId ?? '';
    const second = parsed.findIndex((e) => e.streamId === streamId && e.streamVersion === 2);
    expect(second).toBeGreaterThanOrEqual(0);
    lines[third] = JSON.stringify({
      ...parsed[third],
      data: { not: 'this event' },
      recordedAt: '2025-02-30T10:00:00+01:00',
    });
    lines.splice(second, 1);
    const damaged = folder.path('gap-time-data.jsonl');
    writeFileSync(damaged, `${lines.join('\n')}\n`);

    const run = await runCli(['verify', '--store', `jsonl:${damaged}`, '--json']);

    expect(run.code).toBe(1);
    expect(problemsOf(run.stdout)).toEqual([
      { streamId, streamVersion: 3, problem: 'version-gap' },
      { streamId, streamVersion: 3, problem: 'recorded-at-invalid' },
      { streamId, streamVersion: 3, problem: 'undecodable' },
    ]);
  });

  it('reports each unreadable line once on a terminal too, where the events are counted first', () => {
    const damaged = folder.path('damaged-on-terminal.jsonl');
    const lines = readFileSync(portfolio, 'utf8').trimEnd().split('\n');
    lines[4] = 'not json';
    writeFileSync(damaged, `${lines.join('\n')}\n`);
    const run = runCliOnTerminal(['verify', '--store', `jsonl:${damaged}`]);
    expect(run.code).toBe(1);
    expect(run.stdout.split(`${damaged}:5: not valid JSON`)).toHaveLength(2);
    expect(run.stdout).toContain('1 problem.');
  });

  it('fails on a --tenant of whom the source holds no event, before it writes anything (exit 1)', async () => {
    const damaged = folder.path('one-bad-line.jsonl');
    const lines = readFileSync(portfolio, 'utf8').trimEnd().split('\n');
    writeFileSync(damaged, `${['{not json', ...lines].join('\n')}\n`);
    const earlier = folder.path('earlier-export.csv');
    const commands = [
      ['replay', '--projection', 'timeline', '--format', 'csv'],
      ['replay', '--projection', 'all', '--out', earlier],
      ['export', '--format', 'csv'],
      ['export', '--out', earlier],
      ['verify'],
    ];
    for (const source of [store, `jsonl:${portfolio}`, `jsonl:${damaged}`]) {
      for (const command of commands) {
        writeFileSync(earlier, 'an earlier export\n');
        const run = await runCli([...command, '--tenant', 'acme-typo', '--store', source]);
        expect({ command, source, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual(
          {
            command,
            source,
            code: 1,
            stdout: '',
            stderr: `debiteur: no events of tenant "acme-typo" in ${source} (tenant ids are matched exactly)\n`,
          },
        );
        expect(readFileSync(earlier, 'utf8')).toBe('an earlier export\n');
      }
    }
    expect(existsSync(folder.path('earlier-export.timeline.csv'))).toBe(false);
  });

  it('says so when --as-of lies in the future or before the first event, and answers all the same', async () => {
    const future = await runCli([
      ...['replay', '--projection', 'aging', '--tenant', 'acme', '--store', store],
      ...['--as-of', '2206-01-01T00:00:00Z'],
    ]);
    expect(future.code).toBe(0);
    expect(future.stderr).toBe(
      '--as-of 2206-01-01T00:00:00Z is in the future: every event recorded so far counts, ' +
        'and the reports are aged to 2206-01-01.\n',
    );
    expect(JSON.parse(future.stdout)).toMatchObject({ tenantId: 'acme', asOf: '2206-01-01' });
    const before = await runCli([
      ...['replay', '--projection', 'aging', '--tenant', 'acme', '--store', store],
      ...['--as-of', '2001-01-01T00:00:00Z'],
    ]);
    expect(before.code).toBe(0);
    expect(before.stderr).toBe(
      'No event was recorded by 2001-01-01T00:00:00Z: the books were empty then.\n',
    );
  });

  it('refuses an --out that is the file it reads, which stays as it was (exit 2)', async () => {
    const source = folder.path('read-and-kept.jsonl');
    const events = readFileSync(portfolio, 'utf8');
    writeFileSync(source, events);
    for (const command of [
      ['replay', '--projection', 'aging', '--out', source],
      ['export', '--out', source],
    ]) {
      const run = await runCli([...command, '--store', `jsonl:${source}`]);
      expect({ command, code: run.code, stderr: run.stderr }).toEqual({
        command,
        code: 2,
        stderr: `debiteur: --out ${source} is the source being read (jsonl:${source}): write to another file\n`,
      });
      expect(readFileSync(source, 'utf8')).toBe(events);
    }
  });

  it('leaves no partial output when it fails midway, and an earlier file as it was (exit 1)', async () => {
    const damaged = folder.path('bad-line-midway.jsonl');
    const lines = readFileSync(portfolio, 'utf8').trimEnd().split('\n');
    const middle = Math.floor(lines.length / 2);
    writeFileSync(
      damaged,
      `${[...lines.slice(0, middle), '{not json', ...lines.slice(middle)].join('\n')}\n`,
    );
    const midway = folder.path('midway');
    mkdirSync(midway);
    const out = join(midway, 'books.csv');
    const reports = ['aging', 'behaviour', 'call-sheet', 'dso', 'timeline'];
    const earlier = [out, ...reports.map((p) => join(midway, `books.${p}.csv`))];
    for (const command of [
      ['replay', '--projection', 'all', '--out', out],
      ['export', '--format', 'csv', '--out', out],
    ]) {
      for (const file of earlier) writeFileSync(file, `earlier ${file}\n`);
      const run = await runCli([...command, '--store', `jsonl:${damaged}`]);
      expect({ command, code: run.code }).toEqual({ command, code: 1 });
      expect(run.stderr).toContain(`${damaged}:${middle + 1}: not valid JSON`);
      expect(readdirSync(midway).sort()).toEqual(earlier.map((file) => basename(file)).sort());
      for (const file of earlier) expect(readFileSync(file, 'utf8')).toBe(`earlier ${file}\n`);
    }
  });

  it('puts no report of a replay in place when one of them cannot be written out', async () => {
    const full = folder.path('disk-full');
    mkdirSync(full);
    const reports = ['behaviour', 'call-sheet', 'dso', 'timeline'];
    for (const p of reports) writeFileSync(join(full, `books.${p}.csv`), 'earlier\n');
    symlinkSync('/dev/full', join(full, 'books.aging.csv')); // every write fails: ENOSPC
    const run = await runCli([
      ...['replay', '--projection', 'all', '--store', `jsonl:${portfolio}`],
      ...['--out', join(full, 'books.csv')],
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ENOSPC');
    for (const p of reports)
      expect(readFileSync(join(full, `books.${p}.csv`), 'utf8')).toBe('earlier\n');
    expect(readdirSync(full)).toHaveLength(5);
  });

  it('writes the header of every CSV report, also when the books held nothing yet', async () => {
    const out = folder.path('empty-books', 'books.csv');
    mkdirSync(folder.path('empty-books'));
    const run = await runCli([
      ...['replay', '--projection', 'all', '--store', store, '--out', out],
      ...['--as-of', '2001-01-01T00:00:00Z'],
    ]);
    expect(run.code).toBe(0);
    const files = readdirSync(folder.path('empty-books')).sort();
    expect(files).toEqual(
      ['aging', 'behaviour', 'call-sheet', 'dso', 'timeline'].map((p) => `books.${p}.csv`),
    );
    for (const file of files) {
      const text = readFileSync(folder.path('empty-books', file), 'utf8');
      expect({ file, lines: text.split('\n').length }).toEqual({ file, lines: 2 });
      expect(text).toMatch(/^tenantId,/);
    }
  });

  it('leaves out the events of a file that repeat a version already read, and says so', async () => {
    const events = readFileSync(portfolio, 'utf8');
    const twice = folder.path('export-joined-to-itself.jsonl');
    writeFileSync(twice, events + events);
    const lines = events.trimEnd().split('\n');
    const replayOf = (file: string) =>
      runCli(['replay', '--projection', 'all', '--store', `jsonl:${file}`]);
    const [once, doubled] = [await replayOf(portfolio), await replayOf(twice)];
    expect(doubled.code).toBe(0);
    expect(doubled.stdout).toBe(once.stdout);
    expect(doubled.stderr).toContain(
      `; ${lines.length} events at or below a version of their stream already read left out (run debiteur verify)`,
    );

    const issued = lines
      .map((line) => JSON.parse(line) as { type: string; streamId: string; data: object })
      .find((event) => event.type === 'Issued' && event.streamId.startsWith('invoice:'));
    const { invoiceId, tenant } = {
      invoiceId: (issued?.data as { invoiceId: string }).invoiceId,
      tenant: issued?.streamId.split(':')[1] ?? '',
    };
    const historyOf = (file: string) =>
      runCli(['history', invoiceId, '--tenant', tenant, '--store', `jsonl:${file}`]);
    const [caseOnce, caseTwice] = [await historyOf(portfolio), await historyOf(twice)];
    expect(caseTwice.code).toBe(0);
    expect(caseTwice.stdout).toBe(caseOnce.stdout);
    expect(caseTwice.stderr).toMatch(
      /^invoice:\S+ version 1 \(Issued\) is at or below a version already read and is left out \(run debiteur verify\)$/m,
    );
  });

  it('stops quietly when the reader of its output stops early (exit 0)', async () => {
    const run = await runCliIntoEarlyStop(['export', '--store', `jsonl:${portfolio}`]);
    expect(run).toEqual({ code: 0, stderr: '' });
  });
});
