import type { Config } from 'jest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const workspaceRoots = ['packages', 'apps'];

/** Every workspace package with a `src/` folder becomes one Jest project. */
const packageDirs = workspaceRoots.flatMap((root) =>
  existsSync(join(__dirname, root))
    ? readdirSync(join(__dirname, root))
        .map((name) => join(root, name))
        .filter((dir) => existsSync(join(__dirname, dir, 'src')))
    : [],
);

const swcTransform: Config['transform'] = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const config: Config = {
  projects: packageDirs.map((dir) => ({
    displayName: dir.split('/').pop() ?? dir,
    rootDir: join(__dirname, dir),
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    transform: swcTransform,
    moduleNameMapper: {
      // Dynamic imports name the compiled file (`./x.js`, as node16 resolution asks); tests load the source.
      '^(\\.{1,2}/.*)\\.js$': '$1',
      '^@debiteur/(api|scheduler|cli)$': join(__dirname, 'apps/$1/src'),
      '^@debiteur/([^/]+)$': join(__dirname, 'packages/$1/src'),
      '^@debiteur/([^/]+)/(.+)$': join(__dirname, 'packages/$1/src/$2'),
    },
  })),
};

export default config;
