import { useTempFolder } from '@debiteur/store-sqlite/testing';
import fs, {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import fc from 'fast-check';
import { FILE_BUFFER_BYTES, fileLineSink, OutputNotWritable } from './file-line-sink';
import { OutputWriteFailed } from './output-write-failed';

const { openSync, fsyncSync } = fs; // the real ones, for spies that call them
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('fileLineSink', () => {
  const folder = useTempFolder('sink', { per: 'test' });

  const written = async (lines: readonly string[], name = 'out.txt'): Promise<string> => {
    const path = folder.path(name);
    const sink = fileLineSink(path);
    for (const line of lines) sink.add(line);
    await sink.close();
    return readFileSync(path, 'utf8');
  };

  it('writes every line in order across many buffers, multi-byte characters intact', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `${i},é€😀 line,"q"`);
    const text = await written(lines);
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * FILE_BUFFER_BYTES);
    expect(text).toBe(lines.map((line) => `${line}\n`).join(''));
  });

  it('writes a line longer than its buffer on its own, between the lines around it', async () => {
    const long = 'ü'.repeat(FILE_BUFFER_BYTES);
    const text = await written(['before', long, 'after']);
    expect(text).toBe(`before\n${long}\nafter\n`);
  });

  it('writes any lines as their UTF-8 text, each followed by a line feed', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 2_000 }), { maxLength: 400 }),
        async (lines) => {
          run += 1;
          const text = await written(lines, `run-${run}.txt`);
          expect(text).toBe(lines.map((line) => `${line}\n`).join(''));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('resolves write and drain at once, and a second close changes nothing', async () => {
    const path = folder.path('twice.txt');
    const sink = fileLineSink(path);
    await sink.write('one');
    await sink.drain();
    await sink.close();
    await sink.close();
    expect(readFileSync(path, 'utf8')).toBe('one\n');
  });

  it('keeps an earlier file as it was until close puts the whole output in its place', async () => {
    const path = folder.path('report.csv');
    writeFileSync(path, 'earlier\n');
    const sink = fileLineSink(path);
    for (let line = 0; line < 30_000; line += 1) sink.add(`line ${line}`);
    expect(readFileSync(path, 'utf8')).toBe('earlier\n');
    await sink.close();
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(30_001);
    expect(readdirSync(folder.dir)).toEqual(['report.csv']);
  });

  it('abandon leaves an earlier file as it was, and no file where there was none', async () => {
    const earlier = folder.path('earlier.csv');
    writeFileSync(earlier, 'earlier\n');
    for (const path of [earlier, folder.path('new.csv')]) {
      const sink = fileLineSink(path);
      for (let line = 0; line < 30_000; line += 1) sink.add(`line ${line}`);
      await sink.abandon();
      await sink.close();
    }
    expect(readdirSync(folder.dir)).toEqual(['earlier.csv']);
    expect(readFileSync(earlier, 'utf8')).toBe('earlier\n');
  });

  it('follows a link: the file it names is replaced, and the link stays', async () => {
    const real = folder.path('real.csv');
    writeFileSync(real, 'earlier\n');
    const link = folder.path('link.csv');
    symlinkSync(real, link);
    const sink = fileLineSink(link);
    sink.add('new');
    await sink.close();
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(folder.dir).sort()).toEqual(['link.csv', 'real.csv']);
  });

  it('refuses a link to no file, and leaves it as it was (the user names the file itself)', () => {
    mkdirSync(folder.path('reports'));
    const link = folder.path('link.csv');
    symlinkSync('reports/real.csv', link);
    expect(() => fileLineSink(link)).toThrow(OutputNotWritable);
    expect(() => fileLineSink(link)).toThrow(
      `cannot write ${link}: it is a link that names no file to write (ENOENT)`,
    );
    expect(readdirSync(folder.path('reports'))).toEqual([]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('follows a chain of links, each relative to its own folder, to the file at its end', async () => {
    mkdirSync(folder.path('a'));
    mkdirSync(folder.path('b'));
    writeFileSync(folder.path('b', 'last.csv'), 'earlier\n');
    symlinkSync('../b/middle.csv', folder.path('a', 'first.csv'));
    symlinkSync('last.csv', folder.path('b', 'middle.csv'));
    const sink = fileLineSink(folder.path('a', 'first.csv'));
    sink.add('new');
    await sink.close();
    expect(readFileSync(folder.path('b', 'last.csv'), 'utf8')).toBe('new\n');
    expect(readdirSync(folder.path('a'))).toEqual(['first.csv']);
    expect(readdirSync(folder.path('b')).sort()).toEqual(['last.csv', 'middle.csv']);
  });

  it('follows `..` after a linked folder as the kernel does, not as text', async () => {
    // work/dir -> ../real/deep; real/deep/out.csv -> ../target.csv is real/target.csv, while
    // the text alone would say work/target.csv.
    for (const name of ['real/deep', 'work']) mkdirSync(folder.path(name), { recursive: true });
    symlinkSync('../real/deep', folder.path('work', 'dir'));
    symlinkSync('../target.csv', folder.path('real', 'deep', 'out.csv'));
    writeFileSync(folder.path('real', 'target.csv'), 'earlier\n');
    writeFileSync(folder.path('work', 'target.csv'), 'not this one\n');
    const sink = fileLineSink(folder.path('work', 'dir', 'out.csv'));
    sink.add('new');
    await sink.close();
    expect(readFileSync(folder.path('real', 'target.csv'), 'utf8')).toBe('new\n');
    expect(readFileSync(folder.path('work', 'target.csv'), 'utf8')).toBe('not this one\n');
  });

  it('refuses a loop of links, and leaves the links as they were', () => {
    const [one, two] = [folder.path('one.csv'), folder.path('two.csv')];
    symlinkSync('two.csv', one);
    symlinkSync('one.csv', two);
    expect(() => fileLineSink(one)).toThrow(OutputNotWritable);
    expect(() => fileLineSink(one)).toThrow(`cannot write ${one}: `);
    expect(() => fileLineSink(one)).toThrow('ELOOP');
    expect(readdirSync(folder.dir).sort()).toEqual(['one.csv', 'two.csv']);
    expect(lstatSync(one).isSymbolicLink()).toBe(true);
  });

  it('keeps the permissions of the file it replaces, whatever the umask', async () => {
    const path = folder.path('private.csv');
    writeFileSync(path, 'earlier\n');
    chmodSync(path, 0o600);
    const shared = folder.path('shared.csv');
    writeFileSync(shared, 'earlier\n');
    chmodSync(shared, 0o664);
    for (const file of [path, shared]) {
      const sink = fileLineSink(file);
      sink.add('new');
      await sink.close();
    }
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(shared).mode & 0o777).toBe(0o664);
  });

  it('makes a legal hidden name for the longest legal file name', async () => {
    const name = `${'a'.repeat(200)}ë${'b'.repeat(40)}.csv`; // 247 bytes of UTF-8
    const sink = fileLineSink(folder.path(name));
    sink.add('new');
    await sink.close();
    expect(readdirSync(folder.dir)).toEqual([name]);
  });

  it('names the path and leaves no hidden file when the output cannot be put in place', async () => {
    const path = folder.path('taken.csv');
    const sink = fileLineSink(path);
    sink.add('a line');
    mkdirSync(path); // something else took the name meanwhile
    const closed = sink.close();
    await expect(closed).rejects.toBeInstanceOf(OutputWriteFailed);
    await expect(closed).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(closed).rejects.toThrow(`could not write ${path}: `);
    expect(readdirSync(folder.dir)).toEqual(['taken.csv']);
  });

  it('after seal, abandon still leaves an earlier file as it was', async () => {
    const path = folder.path('sealed.csv');
    writeFileSync(path, 'earlier\n');
    const sink = fileLineSink(path);
    sink.add('new');
    await sink.seal();
    await sink.abandon();
    await sink.close();
    expect(readFileSync(path, 'utf8')).toBe('earlier\n');
    expect(readdirSync(folder.dir)).toEqual(['sealed.csv']);
  });

  it('refuses a directory, naming it', () => {
    expect(() => fileLineSink(folder.dir)).toThrow(`cannot write ${folder.dir}: it is a directory`);
  });

  it('refuses lines once closed', async () => {
    const sink = fileLineSink(folder.path('closed.txt'));
    await sink.close();
    expect(() => sink.add('late')).toThrow('is closed');
    await expect(sink.write('late')).rejects.toThrow('is closed');
  });

  it('reports a failed write as a rejected close, and closes the file all the same', async () => {
    const sink = fileLineSink('/dev/full'); // every write fails: no space left on device
    sink.add('a line');
    const closed = sink.close();
    await expect(closed).rejects.toBeInstanceOf(OutputWriteFailed);
    await expect(closed).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(sink.close()).resolves.toBeUndefined();
  });

  it('names the file and the reason of a failed write, without a temporary name', async () => {
    const sink = fileLineSink('/dev/full');
    const long = 'x'.repeat(FILE_BUFFER_BYTES); // written at once, by add
    expect(() => sink.add(long)).toThrow(
      'could not write /dev/full: no space left on device (ENOSPC); only part of the output was written',
    );
    expect(() => sink.add('more')).toThrow('is closed');
    await expect(sink.abandon()).resolves.toBeUndefined();
  });

  describe('on the disk', () => {
    afterEach(() => jest.restoreAllMocks());

    it('syncs the file before the rename, and its folder after: once each, however long', async () => {
      const open = jest.spyOn(fs, 'openSync');
      const sync = jest.spyOn(fs, 'fsyncSync');
      const rename = jest.spyOn(fs, 'renameSync');
      const path = folder.path('synced.csv');
      writeFileSync(path, 'earlier\n');
      const sink = fileLineSink(path);
      for (let line = 0; line < 40_000; line += 1) sink.add(`line ${line}`);
      await sink.close();

      const opened = (name: string) =>
        open.mock.results[open.mock.calls.findIndex(([p]) => p === name)]?.value as number;
      const temporary = rename.mock.calls[0]?.[0] as string;
      expect(rename.mock.calls).toEqual([[temporary, path]]);
      expect(sync.mock.calls).toEqual([[opened(temporary)], [opened(folder.dir)]]);
      const [file, dir] = sync.mock.invocationCallOrder;
      const [renamed] = rename.mock.invocationCallOrder;
      expect(file).toBeLessThan(renamed!);
      expect(renamed).toBeLessThan(dir!);
      expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(40_001);
    });

    it('passes over a folder its file system does not sync (EINVAL)', async () => {
      // /proc does not sync a folder: a real EINVAL, in place of the output's folder.
      jest
        .spyOn(fs, 'openSync')
        .mockImplementation((name, ...rest) =>
          openSync(name === folder.dir ? '/proc' : name, ...rest),
        );
      const path = folder.path('proc.csv');
      const sink = fileLineSink(path);
      sink.add('a line');
      await expect(sink.close()).resolves.toBeUndefined();
      expect(readFileSync(path, 'utf8')).toBe('a line\n');
    });

    it('says so when the folder fails to sync: the file is in place', async () => {
      const eio = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      jest
        .spyOn(fs, 'fsyncSync')
        .mockImplementationOnce(fsyncSync)
        .mockImplementationOnce(() => {
          throw eio;
        });
      const path = folder.path('unsynced.csv');
      const sink = fileLineSink(path);
      sink.add('a line');
      await expect(sink.close()).rejects.toThrow(
        `could not write ${path}: i/o error (EIO); it is in place, but a power cut may still lose it`,
      );
      expect(readdirSync(folder.dir)).toEqual(['unsynced.csv']);
    });

    it('reports a disk too full to make the temporary file as a failed write, not a bad path', () => {
      const full = Object.assign(new Error('ENOSPC: no space left on device, open'), {
        code: 'ENOSPC',
      });
      jest.spyOn(fs, 'openSync').mockImplementationOnce(() => {
        throw full;
      });
      const path = folder.path('full.csv');
      writeFileSync(path, 'earlier\n');
      let thrown: unknown;
      try {
        fileLineSink(path);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(OutputWriteFailed);
      expect(thrown).toMatchObject({
        code: 'ENOSPC',
        message: `could not write ${path}: no space left on device (ENOSPC); nothing was written`,
      });
      expect(readdirSync(folder.dir)).toEqual(['full.csv']);
      expect(readFileSync(path, 'utf8')).toBe('earlier\n');
    });

    it('deletes the temporary file and keeps an earlier one when the file fails to sync', async () => {
      const eio = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      jest.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
        throw eio;
      });
      const path = folder.path('failed.csv');
      writeFileSync(path, 'earlier\n');
      const sink = fileLineSink(path);
      sink.add('a line');
      await expect(sink.close()).rejects.toThrow(
        `could not write ${path}: i/o error (EIO); nothing was written`,
      );
      expect(readdirSync(folder.dir)).toEqual(['failed.csv']);
      expect(readFileSync(path, 'utf8')).toBe('earlier\n');
    });
  });

  describe('while a temporary file is open', () => {
    const listening = () =>
      (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => process.listenerCount(signal));

    it('listens for SIGINT, SIGTERM and SIGHUP, and stops once it is put in place or given up', async () => {
      await nextTurn(); // an earlier test's sink stops listening two turns after its close
      await nextTurn();
      const before = listening();
      const kept = fileLineSink(folder.path('kept.csv'));
      const given = fileLineSink(folder.path('given.csv'));
      expect(listening()).toEqual(before.map((n) => n + 1));
      await kept.close();
      await nextTurn();
      await nextTurn();
      expect(listening()).toEqual(before.map((n) => n + 1));
      await given.abandon();
      await nextTurn();
      await nextTurn();
      expect(listening()).toEqual(before);
    });

    it('stops listening when the temporary file cannot be made', async () => {
      await nextTurn();
      await nextTurn();
      const before = listening();
      expect(() => fileLineSink(folder.path('missing', 'out.csv'))).toThrow(OutputNotWritable);
      await nextTurn();
      await nextTurn();
      expect(listening()).toEqual(before);
    });

    it('does not listen for a file written in place, which it cannot take back', async () => {
      const before = listening();
      const sink = fileLineSink('/dev/null');
      expect(listening()).toEqual(before);
      await sink.close();
    });
  });

  it('refuses a path it cannot open, naming the path', () => {
    const path = folder.path('missing', 'out.csv');
    expect(() => fileLineSink(path)).toThrow(OutputNotWritable);
    expect(() => fileLineSink(path)).toThrow(`cannot write ${path}: ENOENT`);
  });
});
