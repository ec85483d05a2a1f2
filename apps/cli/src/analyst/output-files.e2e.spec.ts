import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { spawn, spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { BIN, collectedRun, CliRun, runCli } from '../testing/run-cli';

jest.setTimeout(120_000);

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether this machine lets a user mount a small file system of its own (a user namespace). */
const mountsTmpfs =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1"', 'sh', tmpdir()])
    .status === 0;

describe('an output file of debiteur (ADR 0035)', () => {
  const source = useTempFolder('outputs-source', { per: 'describe' });
  const folder = useTempFolder('outputs', { per: 'test' });
  let events: string;

  beforeAll(async () => {
    events = source.path('events.jsonl');
    const args = [
      'generate',
      '--out',
      `jsonl:${events}`,
      '--invoices',
      '10000',
      '--debtors',
      '200',
    ];
    expect((await runCli(args)).code).toBe(0);
  });

  /** Runs `debiteur`, and sends `signal` once a hidden temporary file is in the folder. */
  const interrupted = async (
    args: readonly string[],
    signal: NodeJS.Signals,
  ): Promise<CliRun & { readonly temporary: readonly string[] }> => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    const run = collectedRun(child);
    let temporary: string[] = [];
    while (child.exitCode === null && temporary.length === 0) {
      temporary = readdirSync(folder.dir).filter((name) => name.endsWith('.tmp'));
      if (temporary.length === 0) await pause(5);
    }
    if (temporary.length > 0) child.kill(signal);
    return { ...(await run), temporary };
  };

  describe('interrupted (Ctrl-C) while it is written', () => {
    it('is not written: the hidden files are gone, an earlier file is as it was (dies of SIGINT: 130 in a shell)', async () => {
      const earlier = folder.path('books.timeline.csv');
      writeFileSync(earlier, 'earlier\n');
      const out = folder.path('books.csv');
      const args = ['replay', '--store', `jsonl:${events}`, '--projection', 'all', '--out', out];

      const run = await interrupted([...args, '--format', 'csv'], 'SIGINT');

      expect(run.temporary).not.toEqual([]);
      expect(run.signal).toBe('SIGINT');
      expect(readdirSync(folder.dir)).toEqual(['books.timeline.csv']);
      expect(readFileSync(earlier, 'utf8')).toBe('earlier\n');
      const said = run.stderr.split('\n').filter((line) => line.startsWith('debiteur: '));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^debiteur: interrupted; .* were not written$/);
      expect(said[0]).toContain(earlier);
    });
  });

  describe('interrupted while a generated portfolio is written', () => {
    it('is not written: the signal is taken while events are still being written (dies of SIGINT: 130 in a shell)', async () => {
      const out = folder.path('portfolio.jsonl');
      const args = ['generate', '--invoices', '60000', '--debtors', '500', '--seed', '9'];

      const run = await interrupted([...args, '--out', `jsonl:${out}`], 'SIGINT');

      expect(run.temporary).not.toEqual([]);
      expect(run.signal).toBe('SIGINT');
      expect(run.stderr).toContain(`debiteur: interrupted; ${out} was not written\n`);
      expect(readdirSync(folder.dir)).toEqual([]);
    });
  });

  describe('stopped (SIGTERM) while it is written', () => {
    it('is not written, and the command dies of SIGTERM (143 in a shell)', async () => {
      const out = folder.path('events.jsonl');
      writeFileSync(out, 'earlier\n');

      const run = await interrupted(
        ['export', '--store', `jsonl:${events}`, '--out', out],
        'SIGTERM',
      );

      expect(run.temporary).not.toEqual([]);
      expect(run.signal).toBe('SIGTERM');
      expect(run.stderr).toContain(`debiteur: interrupted; ${out} was not written\n`);
      expect(readdirSync(folder.dir)).toEqual(['events.jsonl']);
      expect(readFileSync(out, 'utf8')).toBe('earlier\n');
    });
  });

  describe('when the terminal closes (SIGHUP) while it is written', () => {
    it('is not written, and the command dies of SIGHUP (129 in a shell)', async () => {
      const out = folder.path('events.jsonl');
      writeFileSync(out, 'earlier\n');

      const run = await interrupted(
        ['export', '--store', `jsonl:${events}`, '--out', out],
        'SIGHUP',
      );

      expect(run.temporary).not.toEqual([]);
      expect(run.signal).toBe('SIGHUP');
      expect(run.stderr).toContain(`debiteur: interrupted; ${out} was not written\n`);
      expect(readdirSync(folder.dir)).toEqual(['events.jsonl']);
      expect(readFileSync(out, 'utf8')).toBe('earlier\n');
    });
  });

  describe('when the terminal it runs in hangs up', () => {
    // A pseudo-terminal (python3's pty) closed under the command once its hidden file is there:
    // the kernel sends SIGHUP, and the progress bar's next write to the terminal fails (EIO).
    const HANG_UP = [
      'import glob, os, pty, select, sys, time',
      'folder, argv = sys.argv[1], sys.argv[2:]',
      'pid, fd = pty.fork()',
      'if pid == 0: os.execv(argv[0], argv)',
      'def drain(seconds):',
      '    end = time.time() + seconds',
      '    while time.time() < end:',
      '        if select.select([fd], [], [], 0.05)[0]: os.read(fd, 65536)',
      'end = time.time() + 60',
      "while time.time() < end and not glob.glob(folder + '/.*.tmp'): drain(0.05)",
      'drain(0.5)',
      'os.close(fd)',
      '_, status = os.waitpid(pid, 0)',
      'print(os.WTERMSIG(status) if os.WIFSIGNALED(status) else -os.WEXITSTATUS(status))',
    ].join('\n');
    const hasPython = spawnSync('python3', ['-c', 'import pty']).status === 0;

    (hasPython ? it : it.skip)('deletes its hidden file and dies of SIGHUP', () => {
      const out = folder.path('big.jsonl');
      const generate = ['generate', '--invoices', '200000', '--debtors', '500', '--seed', '1'];
      const args = [folder.dir, process.execPath, BIN, ...generate, '--out', `jsonl:${out}`];

      const run = spawnSync('python3', ['-c', HANG_UP, ...args], { encoding: 'utf8' });

      expect(run.stderr).toBe('');
      expect(run.stdout).toBe('1\n'); // the signal the command died of: SIGHUP
      expect(readdirSync(folder.dir)).toEqual([]);
    });
  });

  describe('named by a link', () => {
    const portfolio = ['generate', '--invoices', '20', '--debtors', '3', '--seed', '1'];
    let expected: string;

    beforeAll(async () => {
      const plain = source.path('portfolio.jsonl');
      expect((await runCli([...portfolio, '--out', `jsonl:${plain}`])).code).toBe(0);
      expected = readFileSync(plain, 'utf8');
    });

    const isLinkTo = (link: string, target: string) =>
      lstatSync(link).isSymbolicLink() && readlinkSync(link) === target;

    it('is written to the file the link names, as cp and > do, and the link stays', async () => {
      mkdirSync(folder.path('reports'));
      writeFileSync(folder.path('reports', 'real.jsonl'), 'earlier\n');
      const link = folder.path('latest.jsonl');
      symlinkSync('reports/real.jsonl', link);

      const run = await runCli([...portfolio, '--out', `jsonl:${link}`]);

      expect(run.code).toBe(0);
      expect(isLinkTo(link, 'reports/real.jsonl')).toBe(true);
      expect(readFileSync(folder.path('reports', 'real.jsonl'), 'utf8')).toBe(expected);
      expect(readdirSync(folder.path('reports'))).toEqual(['real.jsonl']);
      expect(readdirSync(folder.dir).sort()).toEqual(['latest.jsonl', 'reports']);
    });

    it('refuses a link to no file (dangling, into no folder, a loop): exit 2, the links kept', async () => {
      mkdirSync(folder.path('reports'));
      const dangling = folder.path('latest.jsonl');
      const lost = folder.path('lost.jsonl');
      const loop = folder.path('loop.jsonl');
      symlinkSync('reports/new.jsonl', dangling);
      symlinkSync('missing/new.jsonl', lost);
      symlinkSync('other.jsonl', loop);
      symlinkSync('loop.jsonl', folder.path('other.jsonl'));

      const runs = await Promise.all(
        [dangling, lost, loop].map((link) => runCli([...portfolio, '--out', `jsonl:${link}`])),
      );

      expect(runs.map((run) => [run.code, run.stderr])).toEqual([
        [
          2,
          `debiteur: cannot write ${dangling}: it is a link that names no file to write (ENOENT): give the path of the file itself\n`,
        ],
        [
          2,
          `debiteur: cannot write ${lost}: it is a link that names no file to write (ENOENT): give the path of the file itself\n`,
        ],
        [
          2,
          `debiteur: cannot write ${loop}: it is a link that names no file to write (ELOOP): give the path of the file itself\n`,
        ],
      ]);
      expect(readdirSync(folder.path('reports'))).toEqual([]);
      expect(isLinkTo(dangling, 'reports/new.jsonl')).toBe(true);
      expect(isLinkTo(lost, 'missing/new.jsonl')).toBe(true);
      expect(isLinkTo(loop, 'other.jsonl')).toBe(true);
    });
  });

  describe('when the disk refuses a write', () => {
    it('says so in one line, naming the file: exit 1, no hidden file, an earlier one kept', async () => {
      const out = folder.path('big.jsonl');
      writeFileSync(out, 'earlier\n');
      const args = [BIN, 'export', '--store', `jsonl:${events}`, '--out', out];
      // A limit on the size of a file the command writes: each write past it fails (EFBIG).
      const child = spawn('sh', [
        '-c',
        'ulimit -f 64 && exec "$0" "$@"',
        process.execPath,
        ...args,
      ]);

      const run = await collectedRun(child);

      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `debiteur: could not write ${out}: file too large (EFBIG); nothing was written\n`,
      );
      expect(readdirSync(folder.dir)).toEqual(['big.jsonl']);
      expect(readFileSync(out, 'utf8')).toBe('earlier\n');
    });

    it('says a full disk behind standard output in one line too (exit 1)', async () => {
      // /dev/full refuses every write with ENOSPC.
      const child = spawn('sh', [
        '-c',
        'exec "$0" "$@" > /dev/full',
        process.execPath,
        ...[BIN, 'export', '--store', `jsonl:${events}`],
      ]);

      const run = await collectedRun(child);

      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'debiteur: could not write to standard output: no space left on device (ENOSPC)\n',
      );
    });

    /**
     * Exports over an earlier `out.jsonl` on a tmpfs mounted with `mountOptions`, in a mount
     * namespace of the command's own; what it saw is read back from files outside the tmpfs.
     */
    const exportOnTinyDisk = (mountOptions: string) => {
      const disk = folder.path('disk');
      const seen = folder.path('seen');
      mkdirSync(disk);
      mkdirSync(seen);
      const script = [
        `mount -t tmpfs -o ${mountOptions} tmpfs "$1" || exit 99`,
        'printf "earlier\\n" > "$1/out.jsonl"',
        `"$3" "$4" export --store "jsonl:$5" --out "$1/out.jsonl" 2> "$2/stderr"`,
        'echo $? > "$2/code"',
        'ls -A "$1" > "$2/listing"',
        'cat "$1/out.jsonl" > "$2/kept"',
      ].join('\n');
      const args = [disk, seen, process.execPath, BIN, events];
      const run = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', ...args], {
        env: { ...process.env, LOG_LEVEL: 'warn' },
      });
      expect(run.status).toBe(0);
      return { disk, seenIn: (name: string) => readFileSync(`${seen}/${name}`, 'utf8') };
    };

    (mountsTmpfs ? it : it.skip)(
      'says a disk with no room for the hidden file in one line too: exit 1, not a usage error',
      () => {
        // Two inodes, the folder's and the earlier file's: no new file can be made.
        const { disk, seenIn } = exportOnTinyDisk('size=256k,nr_inodes=2');

        expect(seenIn('stderr')).toBe(
          `debiteur: could not write ${disk}/out.jsonl: no space left on device (ENOSPC); nothing was written\n`,
        );
        expect(seenIn('code')).toBe('1\n');
        expect(seenIn('listing')).toBe('out.jsonl\n');
        expect(seenIn('kept')).toBe('earlier\n');
      },
    );

    (mountsTmpfs ? it : it.skip)(
      'says a full disk in one line: exit 1, no hidden file, an earlier one kept (ENOSPC)',
      () => {
        // 256 KiB: the disk that fills up while the export is written.
        const { disk, seenIn } = exportOnTinyDisk('size=256k');

        expect(seenIn('code')).toBe('1\n');
        expect(seenIn('stderr')).toBe(
          `debiteur: could not write ${disk}/out.jsonl: no space left on device (ENOSPC); nothing was written\n`,
        );
        expect(seenIn('listing')).toBe('out.jsonl\n');
        expect(seenIn('kept')).toBe('earlier\n');
      },
    );
  });
});
