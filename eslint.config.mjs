// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * What keeps `packages/core` pure: no clock, no randomness, no I/O, and no imports but
 * fp-ts, io-ts, luxon and its own files. Time and identities arrive with the command
 * (see docs/adr/0002). packages/core/test/purity-rule.spec.ts proves each rule bites.
 */
const clock = 'packages/core has no clock: take `now` from the command.';
const randomness = 'packages/core has no randomness: ids come with the command.';

export const corePurityRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'luxon',
          importNames: ['Settings'],
          message: "packages/core never changes luxon's global settings.",
        },
      ],
      patterns: [
        {
          regex: '^(?!(fp-ts|io-ts|luxon)(/|$)|\\.\\.?/)',
          message: 'packages/core imports only fp-ts, io-ts, luxon and its own files.',
        },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: clock },
    { object: 'DateTime', property: 'now', message: clock },
    {
      object: 'DateTime',
      property: 'local',
      message: 'packages/core has no clock: use DateTime.fromISO with an explicit zone.',
    },
    {
      object: 'DateTime',
      property: 'fromObject',
      message: 'packages/core has no clock: DateTime.fromObject fills missing fields from it.',
    },
    { object: 'performance', property: 'now', message: clock },
    { object: 'Math', property: 'random', message: randomness },
    { object: 'crypto', property: 'randomUUID', message: randomness },
    { object: 'crypto', property: 'getRandomValues', message: randomness },
    { object: 'process', property: 'env', message: 'packages/core reads no environment.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: `${clock} (\`new Date()\` reads it)`,
    },
    { selector: "CallExpression[callee.name='Date']", message: `${clock} (\`Date()\` reads it)` },
    {
      selector:
        "CallExpression[callee.object.name='DateTime'][callee.property.name='utc'][arguments.length=0]",
      message: `${clock} (\`DateTime.utc()\` reads it)`,
    },
  ],
  'no-restricted-globals': [
    'error',
    ...['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask'].map((name) => ({
      name,
      message: 'packages/core has no timers.',
    })),
    { name: 'fetch', message: 'packages/core does no I/O.' },
    { name: 'process', message: 'packages/core reads no process state.' },
    { name: 'require', message: 'packages/core imports statically.' },
    { name: 'globalThis', message: 'packages/core reaches for nothing global.' },
    { name: 'performance', message: clock },
    { name: 'crypto', message: randomness },
    { name: 'Intl', message: 'packages/core formats nothing by the host locale or time zone.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.bundle/**',
      'data/**',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: corePurityRules,
  },
  {
    // Tests of the core may also generate data with fast-check; the rest of the rules hold.
    files: ['packages/core/src/**/*.spec.ts', 'packages/core/src/**/*.spec-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(fp-ts|io-ts|luxon|fast-check)(/|$)|\\.\\.?/)',
              message: 'core tests import only fp-ts, io-ts, luxon, fast-check and core files.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
