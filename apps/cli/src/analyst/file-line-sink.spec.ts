import { useTempFolder } from '@debiteur/store-sqlite/testing';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import fc from 'fast-check';
import { FILE_BUFFER_BYTES, fileLineSink, OutputNotWritable } from './file-line-sink';

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

  it('names the path and leaves no hidden file when the output cannot be put in place', async () => {
    const path = folder.path('taken.csv');
    const sink = fileLineSink(path);
    sink.add('a line');
    mkdirSync(path); // something else took the name meanwhile
    await expect(sink.close()).rejects.toThrow(`cannot write ${path}: `);
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
    await expect(sink.close()).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(sink.close()).resolves.toBeUndefined();
  });

  it('refuses a path it cannot open, naming the path', () => {
    const path = folder.path('missing', 'out.csv');
    expect(() => fileLineSink(path)).toThrow(OutputNotWritable);
    expect(() => fileLineSink(path)).toThrow(`cannot write ${path}: ENOENT`);
  });
});
