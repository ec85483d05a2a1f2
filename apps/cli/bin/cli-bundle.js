'use strict';
// The debiteur command runs one bundle of its TypeScript sources (docs/adr/0023). esbuild
// builds it into apps/cli/.bundle; it is rebuilt whenever a file it was built from has
// changed since, so it cannot go stale. Plain JavaScript: it runs before any TypeScript can.
const { builtinModules } = require('node:module');
const {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');

const repoRoot = resolve(__dirname, '..', '..', '..');
/** Where the command's bundles are built unless told otherwise (ignored by git). */
const bundleDir = resolve(__dirname, '..', '.bundle');
const tsconfig = join(repoRoot, 'tsconfig.tsx.json');

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

const builtins = new Set(builtinModules);

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
      } catch {
        // Not installed (an optional peer): left as it is, to fail only if ever required.
        return { path: args.path, external: true };
      }
    });
  },
};

/**
 * Gives each source its own `__dirname`, as when it runs unbundled: files it finds beside
 * itself (the SQLite store's page-reader worker) stay where they are.
 */
const ownDirname = {
  name: 'own-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('__dirname')) return undefined;
      return {
        contents: source.replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path))),
        loader: 'ts',
      };
    });
  },
};

const manifestOf = (bundle) => `${bundle}.inputs.json`;

/** Whether the bundle exists and was built here after the last change to any of its inputs. */
const isFresh = (bundle) => {
  try {
    const manifest = JSON.parse(readFileSync(manifestOf(bundle), 'utf8'));
    if (manifest.root !== repoRoot) return false;
    statSync(bundle);
    return manifest.inputs.every(
      (file) => statSync(join(repoRoot, file)).mtimeMs < manifest.builtAt,
    );
  } catch {
    return false;
  }
};

/** Writes `file` through a temporary file renamed over it: a reader sees the old or the new. */
const replaceFile = (file, write) => {
  const temporary = `${file}.${process.pid}.tmp`;
  write(temporary);
  renameSync(temporary, file);
};

const build = async (entry, bundle) => {
  const esbuild = require('esbuild');
  const builtAt = Date.now();
  const result = await esbuild.build({
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
    logLevel: 'error',
    plugins: [packagesStayOutside, ownDirname],
  });
  mkdirSync(dirname(bundle), { recursive: true });
  // The bundle last (its source map first): a bundle on disk always has its map beside it.
  const outputs = [...result.outputFiles].sort(
    (a, b) => Number(a.path === bundle) - Number(b.path === bundle),
  );
  for (const output of outputs) {
    replaceFile(output.path, (to) => writeFileSync(to, output.contents));
  }
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((file) =>
      relative(repoRoot, resolve(repoRoot, file)),
    ),
    ...configInputs.filter((file) => existsSync(file)).map((file) => relative(repoRoot, file)),
  ];
  replaceFile(manifestOf(bundle), (to) =>
    writeFileSync(to, JSON.stringify({ root: repoRoot, builtAt, inputs })),
  );
};

/**
 * Resolves to the path of an up-to-date bundle named `name` of `entry`, a TypeScript file of
 * the workspace: built into `dir` first when missing or older than one of its inputs.
 */
const bundled = async (entry, name, dir = bundleDir) => {
  const bundle = join(dir, `${name}.cjs`);
  if (!isFresh(bundle)) await build(resolve(entry), bundle);
  return bundle;
};

module.exports = { bundled };
