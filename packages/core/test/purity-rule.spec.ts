import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(__dirname, '../../..');
const eslintBin = join(repoRoot, 'node_modules/eslint/bin/eslint.js');

interface LintMessage {
  readonly ruleId: string | null;
  readonly line: number;
}

/** Lints `code` as if it were a file in packages/core/src, with the repository's config. */
const lintAsCoreFile = (code: string): readonly LintMessage[] => {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [eslintBin, '--stdin', '--stdin-filename', 'packages/core/src/sample.ts', '--format', 'json'],
      { cwd: repoRoot, input: code, encoding: 'utf8' },
    );
  } catch (error) {
    // ESLint exits 1 when it found problems; the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const [report] = JSON.parse(output) as { messages: LintMessage[] }[];
  return report?.messages ?? [];
};

const allowedImport = "import { DateTime } from 'luxon';";

const impureLines = [
  "import { readFileSync } from 'fs';",
  "import { join } from 'node:path';",
  "import { Injectable } from '@nestjs/common';",
  "import Database from 'better-sqlite3';",
  "import axios from 'axios';",
  "import { v4 } from 'uuid';",
  "import { Settings } from 'luxon';",
  'export const a = Date.now();',
  'export const b = new Date();',
  allowedImport,
  'export const c = DateTime.now();',
  'export const d = DateTime.local();',
  'export const d2 = DateTime.utc();',
  'export const d3 = DateTime.fromObject({ hour: 9 });',
  'export const e = Math.random();',
  'export const e2 = crypto.getRandomValues(new Uint8Array(4));',
  'export const e3 = globalThis.crypto.randomUUID();',
  'export const f = process.env.HOME;',
  'export const g = () => setTimeout(() => undefined, 1);',
  'export const g2 = () => setImmediate(() => undefined);',
  'export const g3 = () => queueMicrotask(() => undefined);',
  'export const h = performance.now();',
  'export const i = Intl.DateTimeFormat().resolvedOptions().timeZone;',
];

const purityRules = new Set([
  'no-restricted-imports',
  'no-restricted-properties',
  'no-restricted-syntax',
  'no-restricted-globals',
]);

describe('The core purity lint rule', () => {
  it('flags every clock, randomness, I/O and framework use in packages/core', () => {
    const messages = lintAsCoreFile(impureLines.join('\n') + '\n');
    const flaggedLines = new Set(
      messages.filter((m) => m.ruleId !== null && purityRules.has(m.ruleId)).map((m) => m.line),
    );
    const unflagged = impureLines.filter(
      (line, index) => line !== allowedImport && !flaggedLines.has(index + 1),
    );
    expect(unflagged).toEqual([]);
  });

  it('lets pure code that takes time from its caller through', () => {
    const pure = [
      "import { DateTime } from 'luxon';",
      "import * as E from 'fp-ts/Either';",
      "import * as t from 'io-ts';",
      "import { helper } from './helper';",
      "import { other } from '../shared/other';",
      'export const codec = t.string;',
      'export const newYear = DateTime.utc(2026, 1, 1);',
      'export const both = [helper, other];',
      'export const dayOf = (now: string): string | null =>',
      "  DateTime.fromISO(now, { zone: 'Europe/Amsterdam' }).toISODate();",
      'export const ok = E.right(new Date(0).getTime());',
      '',
    ].join('\n');
    expect(
      lintAsCoreFile(pure).filter((m) => m.ruleId !== null && purityRules.has(m.ruleId)),
    ).toEqual([]);
  });
});
