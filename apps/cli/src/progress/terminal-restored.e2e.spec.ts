import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { BIN, collectedRun, runCli } from '../testing/run-cli';

jest.setTimeout(120_000);

/** What a progress bar writes when it starts: the cursor hidden, line wrap turned off. */
const HIDE_CURSOR = '\u001b[?25l';
const WRAP_OFF = '\u001b[?7l';
/** What gives the terminal back: the cursor shown, line wrap turned on. */
const SHOW_CURSOR = '\u001b[?25h';
const WRAP_ON = '\u001b[?7h';
/** The cursor back to where it was saved, at the start of the bar's line. */
const BACK_TO_BAR = '\u001b8';

const quoted = (word: string): string => `'${word.replace(/'/g, "'\\''")}'`;

/** `debiteur …` as a shell command that first shows its process id (`pid 123`) on the terminal. */
const debiteur = (args: readonly string[]): string =>
  `sh -c 'echo "pid $$" >&2; exec "$@"' sh ${[process.execPath, BIN, ...args].map(quoted).join(' ')}`;

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/** The last `n` lines the terminal showed, each as a line of its own. */
const lastLines = (shown: string, n: number): readonly string[] =>
  shown.split('\n').slice(-n - 1, -1);

/**
 * Runs `shell` on a pseudo-terminal (util-linux `script`) and resolves with everything the
 * terminal was shown, its line ends as `\n`; with `signal`, `debiteur` is sent it once its
 * progress bar has drawn a count.
 */
const shownOnTerminal = (shell: string, signal?: NodeJS.Signals): Promise<string> => {
  const child = spawn('script', ['-qec', shell, '/dev/null'], {
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  let shown = '';
  let signalled = false;
  child.stdout.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
    const pid = /pid (\d+)/.exec(shown)?.[1];
    if (signal === undefined || signalled || pid === undefined) return;
    if (!/\] [1-9]\d*\/\d+ events/.test(shown)) return;
    signalled = true;
    process.kill(Number(pid), signal);
  });
  return collectedRun(child).then(() => shown.replace(/\r\n/g, '\n'));
};

/**
 * The terminal got its cursor and line wrap back once, after the bar took them, and the bar's
 * line was ended: what comes next starts on a line of its own.
 */
const expectTerminalGivenBack = (shown: string): void => {
  expect(
    [HIDE_CURSOR, WRAP_OFF, SHOW_CURSOR, WRAP_ON].map((part) => occurrences(shown, part)),
  ).toEqual([1, 1, 1, 1]);
  expect(shown.indexOf(SHOW_CURSOR)).toBeGreaterThan(shown.indexOf(WRAP_OFF));
  const after = shown.slice(shown.indexOf(WRAP_ON) + WRAP_ON.length);
  // cli-progress's own stop: back to where the bar began (ESC 8), then on to the next line.
  expect(after.startsWith(BACK_TO_BAR) ? after.slice(BACK_TO_BAR.length) : after).toMatch(/^\n/);
};

describe('the terminal a progress bar was shown on', () => {
  const folder = useTempFolder('terminal-restored', { per: 'describe' });
  let events: string;

  beforeAll(async () => {
    events = folder.path('events.jsonl');
    const generate = ['generate', '--debtors', '2000', '--invoices', '20000', '--seed', '3'];
    expect((await runCli([...generate, '--out', `jsonl:${events}`])).code).toBe(0);
  });

  it('gets its cursor and line wrap back once when the command ends as it should', async () => {
    const out = folder.path('small.jsonl');
    const generate = ['generate', '--debtors', '3', '--invoices', '20', '--out', `jsonl:${out}`];

    const shown = await shownOnTerminal(`${debiteur(generate)}; echo "status $?"`);

    expectTerminalGivenBack(shown);
    expect(lastLines(shown, 3)[0]).toMatch(/^Generated 3 debtors, 20 invoices: /);
    expect(lastLines(shown, 2)).toEqual([out, 'status 0']);
  });

  it('gets them back when a reader stops early (| head -1), and stdout holds only events', async () => {
    const first = folder.path('first-line');
    const exported = debiteur(['export', '--store', `jsonl:${events}`]);

    const shown = await shownOnTerminal(`${exported} | head -1 > ${quoted(first)}; echo done`);

    expectTerminalGivenBack(shown);
    expect(lastLines(shown, 1)).toEqual(['done']);
    const lines = readFileSync(first, 'utf8').split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toHaveProperty('streamId');
  });

  it('gets them back, and says why below the bar, when standard output fails (exit 1)', async () => {
    const exported = debiteur(['export', '--store', `jsonl:${events}`]);

    // /dev/full refuses every write with ENOSPC.
    const shown = await shownOnTerminal(`${exported} > /dev/full; echo "status $?"`);

    expectTerminalGivenBack(shown);
    expect(lastLines(shown, 2)).toEqual([
      'debiteur: could not write to standard output: no space left on device (ENOSPC)',
      'status 1',
    ]);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)(
    'gets them back when %s stops the command, which still dies of it (%i in a shell)',
    async (signal, status) => {
      const replay = ['replay', '--projection', 'timeline', '--store', `jsonl:${events}`];

      const shown = await shownOnTerminal(
        `${debiteur(replay)} > /dev/null; echo "status $?"`,
        signal,
      );

      expectTerminalGivenBack(shown);
      expect(lastLines(shown, 1)).toEqual([`status ${status}`]);
    },
  );

  it('gets them back once, with the interrupted line below the bar, when Ctrl-C stops an --out file', async () => {
    mkdirSync(folder.path('portfolio'));
    const out = folder.path('portfolio', 'big.jsonl');
    const generate = ['generate', '--invoices', '200000', '--debtors', '500', '--seed', '1'];
    const generating = debiteur([...generate, '--out', `jsonl:${out}`]);

    const shown = await shownOnTerminal(`${generating}; echo "status $?"`, 'SIGINT');

    expectTerminalGivenBack(shown);
    expect(lastLines(shown, 2)).toEqual([
      `debiteur: interrupted; ${out} was not written`,
      'status 130',
    ]);
    expect(readdirSync(folder.path('portfolio'))).toEqual([]);
  });

  it('gets nothing written to a stderr that is no terminal, even when SIGINT stops the command', async () => {
    const child = spawn(process.execPath, [BIN, 'export', '--store', `jsonl:${events}`], {
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    child.stdout.once('data', () => child.kill('SIGINT'));

    const run = await collectedRun(child);

    expect(run.signal).toBe('SIGINT');
    expect(run.stderr).toBe('');
  });
});
