import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative } from 'node:path';
import { bundled, deleteBundlesOfDeletedCheckouts } from '../bin/cli-bundle';

// The sources live inside the workspace, as the CLI's do, so their npm imports resolve; in
// the bundles' own folder, which git, ESLint and Prettier leave alone.
const bundleFolder = join(__dirname, '..', '.bundle');
let sources = '';
let bundles = '';
/** Bundle folders apart from the sources: making one there does not touch a source folder. */
let apart = '';
let entry = '';

const write = (file: string, text: string): void => writeFileSync(join(sources, file), text);
const run = (bundle: string): string =>
  execFileSync(process.execPath, [bundle], { encoding: 'utf8' });
/** Waits past the millisecond files were last written in: freshness compares times. */
const aTick = (): Promise<void> => new Promise((done) => setTimeout(done, 20));

beforeAll(async () => {
  mkdirSync(bundleFolder, { recursive: true });
  sources = mkdtempSync(join(bundleFolder, 'spec-'));
  bundles = join(sources, 'out');
  apart = mkdtempSync(join(bundleFolder, 'spec-apart-'));
  entry = join(sources, 'entry.ts');
  write('greeting.ts', 'export const greeting = (name: string): string => `hello ${name}`;\n');
  // A source's own location, whatever a string or comment says: __dirname, __filename.
  write(
    'where.ts',
    "export const where = { dir: __dirname, file: __filename, text: '__dirname' };\n",
  );
  write(
    'entry.ts',
    [
      "import { DateTime } from 'luxon';",
      "import { greeting } from './greeting';",
      "import { where } from './where';",
      "console.log(JSON.stringify({ text: greeting('debtor'), where,",
      "  year: DateTime.fromISO('2026-11-24').year }));",
    ].join('\n'),
  );
  await aTick();
}, 30_000);

afterAll(() => {
  rmSync(sources, { recursive: true, force: true });
  rmSync(apart, { recursive: true, force: true });
});

describe('bundled (the debiteur command runs one bundle of its sources)', () => {
  it('bundles the workspace sources, keeps npm packages outside and each file its own location', async () => {
    const bundle = await bundled(entry, 'entry', bundles);

    expect(JSON.parse(run(bundle))).toEqual({
      text: 'hello debtor',
      where: { dir: sources, file: join(sources, 'where.ts'), text: '__dirname' },
      year: 2026,
    });
    const code = readFileSync(bundle, 'utf8');
    expect(code).toContain('hello ${name}');
    // luxon is required from where the workspace installed it, not copied in.
    expect(code).toMatch(/require\("[^"]*node_modules[^"]*luxon[^"]*"\)/);
    expect(code).not.toContain('class DateTime');
  }, 30_000);

  it('reuses a bundle that is newer than all its inputs', async () => {
    const bundle = await bundled(entry, 'entry', bundles);
    const builtAt = statSync(bundle).mtimeMs;
    await aTick();

    expect(await bundled(entry, 'entry', bundles)).toBe(bundle);
    expect(statSync(bundle).mtimeMs).toBe(builtAt);
  }, 30_000);

  it('gives launches side by side a whole bundle each, and the last one built stays', async () => {
    write('greeting.ts', 'export const greeting = (name: string): string => `hallo ${name}`;\n');
    await aTick();

    const both = await Promise.all([
      bundled(entry, 'entry', bundles),
      bundled(entry, 'entry', bundles),
    ]);

    for (const bundle of both)
      expect(JSON.parse(run(bundle))).toMatchObject({ text: 'hallo debtor' });
    expect(both).toContain(await bundled(entry, 'entry', bundles));
  }, 30_000);

  it('rebuilds when an imported source changes after the build', async () => {
    await bundled(entry, 'entry', bundles);
    await aTick();
    write(
      'greeting.ts',
      'export const greeting = (name: string): string => `goedemorgen ${name}`;\n',
    );

    const bundle = await bundled(entry, 'entry', bundles);

    expect(JSON.parse(run(bundle))).toMatchObject({ text: 'goedemorgen debtor' });
  }, 30_000);

  it('does not reuse a bundle one of whose inputs has gone', async () => {
    write('extra.ts', "export const extra = 'extra';\n");
    write('uses-extra.ts', "import { extra } from './extra';\nconsole.log(extra);\n");
    await aTick();
    await bundled(join(sources, 'uses-extra.ts'), 'uses-extra', bundles);

    rmSync(join(sources, 'extra.ts'));

    await expect(bundled(join(sources, 'uses-extra.ts'), 'uses-extra', bundles)).rejects.toThrow(
      /Could not resolve "\.\/extra"/,
    );
  }, 30_000);

  it('rejects with the compiler message when a source does not compile', async () => {
    write('broken.ts', 'export const broken = ;\n');

    await expect(bundled(join(sources, 'broken.ts'), 'broken', bundles)).rejects.toThrow(
      /Unexpected ";"/,
    );
  }, 30_000);

  it('builds into the next folder when the first cannot be written (a read-only checkout)', async () => {
    const unwritable = join(sources, 'greeting.ts', 'bundles'); // under a file: cannot be made
    const fallback = join(apart, 'cache');

    const bundle = await bundled(entry, 'entry', [unwritable, fallback]);

    expect(bundle.startsWith(fallback)).toBe(true);
    expect(JSON.parse(run(bundle))).toMatchObject({ text: 'goedemorgen debtor' });
  }, 30_000);

  it('runs a fresh bundle from a later folder rather than building in the first', async () => {
    const prebuilt = await bundled(entry, 'entry', join(apart, 'prebuilt'));
    const empty = join(apart, 'empty');

    expect(await bundled(entry, 'entry', [empty, join(apart, 'prebuilt')])).toBe(prebuilt);
    expect(existsSync(empty)).toBe(false);
  }, 30_000);

  it('rejects naming every folder tried, and the setting to use, when none can be written', async () => {
    const underAFile = [join(sources, 'entry.ts', 'a'), join(sources, 'entry.ts', 'b')];

    await expect(bundled(entry, 'entry', underAFile)).rejects.toThrow(
      /no folder to build the bundle in: .*entry\.ts\/a \(cannot be written.*\); .*entry\.ts\/b \(cannot be written.*\); set DEBITEUR_BUNDLE_DIR/,
    );
  }, 30_000);

  it('builds in the next folder when writing into the first one fails midway', async () => {
    const blocked = join(apart, 'blocked');
    mkdirSync(join(blocked, 'entry.json'), { recursive: true }); // the manifest cannot land
    const next = join(apart, 'next');

    const bundle = await bundled(entry, 'entry', [blocked, next]);

    expect(bundle.startsWith(next)).toBe(true);
  }, 30_000);

  describe('never runs a bundle another user could have planted', () => {
    /** A manifest that passes every freshness check, naming a bundle that says PLANTED. */
    const plant = (dir: string): void => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'planted.cjs'), 'console.log(JSON.stringify({ text: "PLANTED" }));');
      const manifest = {
        root: join(__dirname, '..', '..', '..'),
        node: process.version,
        builtAt: 1e15,
        bundle: 'planted.cjs',
        sources: [relative(join(__dirname, '..', '..', '..'), entry)],
        settings: [],
      };
      writeFileSync(join(dir, 'entry.json'), JSON.stringify(manifest));
    };

    it('runs a planted bundle in a folder of its own (the check itself is not too strict)', async () => {
      const own = join(apart, 'own-planted');
      plant(own);
      chmodSync(own, 0o755);

      expect(JSON.parse(run(await bundled(entry, 'entry', own)))).toEqual({ text: 'PLANTED' });
    }, 30_000);

    it('passes over a folder that everyone can write to, and builds in the next', async () => {
      const shared = join(apart, 'shared');
      plant(shared);
      chmodSync(shared, 0o777);
      const own = join(apart, 'own-after-shared');

      const bundle = await bundled(entry, 'entry', [shared, own]);

      expect(bundle.startsWith(own)).toBe(true);
      expect(JSON.parse(run(bundle))).toMatchObject({ text: 'goedemorgen debtor' });
    }, 30_000);

    it('passes over a manifest or bundle that others can write to', async () => {
      const loose = join(apart, 'loose-files');
      plant(loose);
      chmodSync(loose, 0o755);
      chmodSync(join(loose, 'planted.cjs'), 0o666);

      const bundle = await bundled(entry, 'entry', loose);

      expect(basename(bundle)).not.toBe('planted.cjs');
      expect(JSON.parse(run(bundle))).toMatchObject({ text: 'goedemorgen debtor' });
    }, 30_000);

    const asRoot = process.getuid?.() === 0 ? it : it.skip;
    asRoot(
      'passes over a folder owned by another user',
      async () => {
        const theirs = join(apart, 'theirs');
        plant(theirs);
        chmodSync(theirs, 0o755);
        chownSync(theirs, 65534, 65534); // nobody
        const own = join(apart, 'own-after-theirs');

        const bundle = await bundled(entry, 'entry', [theirs, own]);

        expect(bundle.startsWith(own)).toBe(true);
      },
      30_000,
    );
  });
});

describe("the user cache's bundle folders", () => {
  const aCheckoutsFolder = (cacheRoot: string, name: string, root?: string): string => {
    const folder = join(cacheRoot, name);
    mkdirSync(folder, { recursive: true, mode: 0o755 });
    if (root !== undefined) writeFileSync(join(folder, 'debiteur.json'), JSON.stringify({ root }));
    writeFileSync(join(folder, 'debiteur.abc.cjs'), '');
    return folder;
  };
  const twoMinutesOn = (): number => Date.now() + 120_000;

  it("deletes a deleted checkout's folder, and keeps a live checkout's and an unknown one", () => {
    const cacheRoot = join(apart, 'user-cache');
    const gone = aCheckoutsFolder(cacheRoot, 'gone', join(apart, 'a-deleted-checkout'));
    const live = aCheckoutsFolder(cacheRoot, 'live', sources);
    const unknown = aCheckoutsFolder(cacheRoot, 'unknown');

    deleteBundlesOfDeletedCheckouts(cacheRoot, twoMinutesOn());

    expect([existsSync(gone), existsSync(live), existsSync(unknown)]).toEqual([false, true, true]);
  });

  it('keeps a folder whose manifest names no checkout, or one it cannot look into', () => {
    const cacheRoot = join(apart, 'user-cache-unsure');
    const noRoot = aCheckoutsFolder(cacheRoot, 'no-root');
    writeFileSync(join(noRoot, 'debiteur.json'), JSON.stringify({ node: 'v20' }));
    const underAFile = aCheckoutsFolder(cacheRoot, 'under-a-file', join(entry, 'checkout'));

    deleteBundlesOfDeletedCheckouts(cacheRoot, twoMinutesOn());

    expect([existsSync(noRoot), existsSync(underAFile)]).toEqual([true, true]);
  });

  it('keeps a folder changed within the last minute, whatever its manifest says', () => {
    const cacheRoot = join(apart, 'user-cache-recent');
    const gone = aCheckoutsFolder(cacheRoot, 'gone', join(apart, 'a-deleted-checkout'));

    deleteBundlesOfDeletedCheckouts(cacheRoot);

    expect(existsSync(gone)).toBe(true);
  });

  it('leaves a missing cache alone', () => {
    expect(() => deleteBundlesOfDeletedCheckouts(join(apart, 'no-cache-yet'))).not.toThrow();
  });
});

describe('the debiteur command', () => {
  it('builds its bundle into DEBITEUR_BUNDLE_DIR when that is set', () => {
    const dir = join(apart, 'from-env');
    const help = execFileSync(
      process.execPath,
      [join(__dirname, '..', 'bin', 'debiteur.js'), '--help'],
      {
        encoding: 'utf8',
        env: { ...process.env, DEBITEUR_BUNDLE_DIR: dir },
      },
    );

    expect(help).toContain('Usage: debiteur');
    expect(readdirSync(dir)).toEqual(
      expect.arrayContaining(['debiteur.json', expect.stringMatching(/^debiteur\..*\.cjs$/)]),
    );
  }, 120_000);
});
