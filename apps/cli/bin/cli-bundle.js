'use strict';
// The debiteur command runs one bundle of its TypeScript sources (docs/adr/0023). esbuild
// builds it into apps/cli/.bundle, or a user cache folder when that cannot be written; it is
// rebuilt whenever a file it was built from has changed since, so it cannot go stale. Plain
// JavaScript: it runs before any TypeScript can.
const { createHash, randomBytes } = require('node:crypto');
const { builtinModules } = require('node:module');
const fs = require('node:fs');
const { homedir } = require('node:os');
const { basename, dirname, join, relative, resolve } = require('node:path');

const repoRoot = resolve(__dirname, '..', '..', '..');
const tsconfig = join(repoRoot, 'tsconfig.tsx.json');
/** Where the command's bundles are built unless told otherwise (ignored by git). */
const bundleDir = resolve(__dirname, '..', '.bundle');

/**
 * Where bundles go when the checkout cannot be written (an install owned by another user, a
 * read-only image): the user's cache, one folder per checkout so two checkouts never share.
 */
const userCacheRoot = () =>
  join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'debiteur', 'bundles');
const userCacheDir = () =>
  join(userCacheRoot(), createHash('sha256').update(repoRoot).digest('hex').slice(0, 16));

/** The folders tried, in order: `DEBITEUR_BUNDLE_DIR` alone when set. */
const defaultDirs = () =>
  process.env.DEBITEUR_BUNDLE_DIR
    ? [resolve(process.env.DEBITEUR_BUNDLE_DIR)]
    : [bundleDir, userCacheDir()];

/**
 * Files a bundle depends on that esbuild does not list as inputs: the build's own settings,
 * and what pnpm installed (the bundle requires npm packages by their installed paths).
 */
const configInputs = [
  __filename,
  tsconfig,
  join(repoRoot, 'tsconfig.base.json'),
  join(repoRoot, 'node_modules', '.pnpm', 'lock.yaml'),
];

/** Superseded bundles are deleted once they are this old: a launch may still be loading one. */
const SUPERSEDED_AFTER_MS = 60_000;

const builtins = new Set(builtinModules);

/** esbuild's service process is stopped once no build of this process needs it any more. */
let buildsRunning = 0;

/**
 * Keeps every npm package out of the bundle, required by its full path as resolved from the
 * workspace package that imports it: each package sees exactly its own dependencies, as it
 * does when its sources run unbundled.
 */
const packagesStayOutside = {
  name: 'packages-stay-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@debiteur/')) return undefined;
      if (args.path.startsWith('node:') || builtins.has(args.path)) {
        return { path: args.path, external: true };
      }
      try {
        return { path: require.resolve(args.path, { paths: [args.resolveDir] }), external: true };
      } catch (error) {
        if (error.code !== 'MODULE_NOT_FOUND') throw error;
        // Not installed (an optional peer): left as it is, to fail only if ever required.
        return { path: args.path, external: true };
      }
    });
  },
};

/**
 * Gives each source its own `__dirname` and `__filename`, as when it runs unbundled: files it
 * finds beside itself (the SQLite store's page-reader worker) stay where they are. Declared
 * on the source's first line, so its line numbers do not move.
 */
const ownLocation = {
  name: 'own-location',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const declarations = [
        source.includes('__dirname')
          ? `const __dirname = ${JSON.stringify(dirname(args.path))};`
          : '',
        source.includes('__filename') ? `const __filename = ${JSON.stringify(args.path)};` : '',
      ].join('');
      return { contents: declarations + source, loader: 'ts' };
    });
  },
};

const manifestOf = (dir, name) => join(dir, `${name}.json`);

/** Modes the bundles are written with, whatever the umask: only their owner may change them. */
const FOLDER_MODE = 0o755;
const FILE_MODE = 0o644;

/**
 * Whether a bundle folder or file can be trusted to run: owned by this user (or root) and
 * writable by no one else, so no other user can plant a bundle or a manifest in it (a shared
 * `/tmp` folder named by DEBITEUR_BUNDLE_DIR, a cache under a `sudo`-kept HOME). Platforms
 * without POSIX owners (Windows) skip the check.
 */
const trusted = (path) => {
  if (typeof process.getuid !== 'function') return true;
  const stat = fs.statSync(path);
  const owner = stat.uid === process.getuid() || stat.uid === 0;
  return owner && (stat.mode & 0o022) === 0;
};

/** When a file or folder last changed: its ctime too, which copying with old times cannot set. */
const changedAt = (path) => {
  const stat = fs.statSync(path);
  return Math.max(stat.mtimeMs, stat.ctimeMs);
};

/**
 * The bundle a manifest names, when it was built here, by this Node, after the last change to
 * any of its inputs or of the folders of its sources (a file added beside them could change
 * how an import resolves); null when it must be built again.
 */
const freshBundle = (dir, name) => {
  try {
    const manifestFile = manifestOf(dir, name);
    if (!trusted(dir) || !trusted(manifestFile)) return null;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (manifest.root !== repoRoot || manifest.node !== process.version) return null;
    if (manifest.sources.length === 0 || basename(manifest.bundle) !== manifest.bundle) return null;
    const folders = new Set(manifest.sources.map((file) => dirname(file)));
    const watched = [...manifest.sources, ...folders, ...manifest.settings];
    const fresh = watched.every((path) => changedAt(join(repoRoot, path)) < manifest.builtAt);
    const bundle = join(dir, manifest.bundle);
    return fresh && fs.existsSync(bundle) && trusted(bundle) ? bundle : null;
  } catch {
    return null;
  }
};

/** Writes `file` through a temporary file renamed over it: a reader sees the old or the new. */
const replaceFile = (file, contents) => {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temporary, contents, { mode: FILE_MODE });
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
};

/** Deletes the bundles of `name` older than `SUPERSEDED_AFTER_MS`, except `current`. */
const deleteSuperseded = (dir, name, current) => {
  const now = Date.now();
  for (const file of fs.readdirSync(dir)) {
    if (!file.startsWith(`${name}.`) || !/\.cjs(\.map)?$/.test(file)) continue;
    if (file.startsWith(basename(current))) continue;
    const path = join(dir, file);
    if (now - changedAt(path) > SUPERSEDED_AFTER_MS) fs.rmSync(path, { force: true });
  }
};

/** The checkouts the manifests in `folder` were built for (none if it holds no manifest). */
const checkoutsBuiltFor = (folder) =>
  fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(fs.readFileSync(join(folder, file), 'utf8')).root);

/**
 * Whether a manifest's checkout is known to be gone: its path is text and looking it up says
 * it does not exist. Any other answer (no path, a folder one may not look into, an unmounted
 * disk) keeps the bundles.
 */
const checkoutGone = (root) => {
  if (typeof root !== 'string' || root === '') return false;
  try {
    fs.lstatSync(root);
    return false;
  } catch (error) {
    return error.code === 'ENOENT';
  }
};

/**
 * Deletes the folders under `cacheRoot` (one per checkout, as `userCacheDir` names them) whose
 * every manifest names a checkout that no longer exists, once untouched for
 * `SUPERSEDED_AFTER_MS` before `now`: a deleted checkout's bundles are never run again. A folder this user
 * does not own, or with no manifest or one that cannot be read, is left alone.
 */
const deleteBundlesOfDeletedCheckouts = (cacheRoot, now = Date.now()) => {
  let names = [];
  try {
    names = fs.readdirSync(cacheRoot);
  } catch {
    return;
  }
  for (const name of names) {
    const folder = join(cacheRoot, name);
    try {
      if (!fs.statSync(folder).isDirectory() || !trusted(folder)) continue;
      if (now - changedAt(folder) <= SUPERSEDED_AFTER_MS) continue;
      const roots = checkoutsBuiltFor(folder);
      const deleted = roots.length > 0 && roots.every(checkoutGone);
      if (deleted) fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // An unreadable manifest or a folder removed meanwhile: nothing to clean here.
    }
  }
};

/**
 * Builds a bundle under a name of its own, then commits it by renaming the manifest that
 * names it over the old one: launches side by side each get a whole bundle, and the last
 * manifest written always describes the bundle it names.
 */
const build = async (entry, dir, name) => {
  const esbuild = require('esbuild');
  const builtAt = Date.now();
  const bundle = join(dir, `${name}.${builtAt.toString(36)}-${randomBytes(4).toString('hex')}.cjs`);
  let result;
  buildsRunning += 1;
  try {
    result = await esbuild.build({
      absWorkingDir: repoRoot,
      entryPoints: [entry],
      outfile: bundle,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node.split('.')[0]}`,
      tsconfig,
      keepNames: true,
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'silent',
      plugins: [packagesStayOutside, ownLocation],
    });
  } finally {
    buildsRunning -= 1;
    if (buildsRunning === 0) await esbuild.stop();
  }
  const fromRoot = (file) => relative(repoRoot, resolve(repoRoot, file));
  const sources = Object.keys(result.metafile.inputs).map(fromRoot);
  const settings = configInputs.filter((file) => fs.existsSync(file)).map(fromRoot);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
    for (const output of result.outputFiles) {
      fs.writeFileSync(output.path, output.contents, { mode: FILE_MODE });
    }
    const manifest = {
      root: repoRoot,
      node: process.version,
      builtAt,
      bundle: basename(bundle),
      sources,
      settings,
    };
    replaceFile(manifestOf(dir, name), JSON.stringify(manifest));
    deleteSuperseded(dir, name, bundle);
  } catch (error) {
    throw Object.assign(
      new Error(`cannot write the bundle to ${dir}: ${error.message}`, { cause: error }),
      { bundleNotWritten: true },
    );
  }
  if (dir === userCacheDir()) deleteBundlesOfDeletedCheckouts(userCacheRoot());
  return bundle;
};

/** Whether this process can write bundles into `dir` (made when missing) and run them from it. */
const usableForBuilding = (dir) => {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
    fs.accessSync(dir, fs.constants.W_OK);
    return trusted(dir);
  } catch {
    return false;
  }
};

/**
 * Resolves to the path of an up-to-date bundle named `name` of `entry`, a TypeScript file of
 * the workspace: the first fresh and trusted one in `dirs`, else one built into the first of
 * `dirs` that it can be written into (default `apps/cli/.bundle`, then the user's cache
 * folder). A folder another user could write to is passed over.
 */
const bundled = async (entry, name, dirs = defaultDirs()) => {
  const candidates = typeof dirs === 'string' ? [dirs] : dirs;
  for (const dir of candidates) {
    const fresh = freshBundle(dir, name);
    if (fresh !== null) return fresh;
  }
  const problems = [];
  for (const dir of candidates) {
    if (!usableForBuilding(dir)) {
      problems.push(`${dir} (cannot be written, or another user owns it or can write to it)`);
      continue;
    }
    try {
      return await build(resolve(entry), dir, name);
    } catch (error) {
      if (!error.bundleNotWritten) throw error;
      problems.push(error.message);
    }
  }
  throw new Error(
    `no folder to build the bundle in: ${problems.join('; ')}; ` +
      'set DEBITEUR_BUNDLE_DIR to a folder of your own that you can write',
  );
};

module.exports = { bundled, deleteBundlesOfDeletedCheckouts };
