import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../testing/run-cli';

jest.setTimeout(60_000);

const ladder = (firstAfterDue: number) => [
  { level: 1, kind: 'reminder', afterDueDays: firstAfterDue, channel: 'email' },
  { level: 2, kind: 'demand', afterDueDays: firstAfterDue + 13, channel: 'post' },
  { level: 3, kind: 'hand-over', afterDueDays: firstAfterDue + 40, channel: 'post' },
];

describe('debiteur generate, then debiteur simulate --compare', () => {
  const folder = useTempFolder('simulate', { per: 'describe' });
  beforeAll(() => {
    writeFileSync(
      folder.path('day-15.json'),
      JSON.stringify({ defaultPaymentTermDays: 14, adaptive: false, ladder: ladder(1) }),
    );
    writeFileSync(
      folder.path('adaptive.json'),
      JSON.stringify({ defaultPaymentTermDays: 14, adaptive: true, ladder: ladder(1) }),
    );
  });

  it('writes the same portfolio for the same seed and compares two policies side by side', async () => {
    const portfolio = folder.path('portfolio.jsonl');
    const args = ['generate', '--debtors', '40', '--invoices', '300', '--seed', '9'];
    const generated = await runCli([...args, '--out', `jsonl:${portfolio}`]);
    expect(generated.code).toBe(0);
    const again = await runCli([...args, '--out', `jsonl:${portfolio}.again`]);
    expect(again.code).toBe(0);
    expect(readFileSync(`${portfolio}.again`)).toEqual(readFileSync(portfolio));

    const policies = [
      '--policy',
      folder.path('day-15.json'),
      '--compare',
      folder.path('adaptive.json'),
    ];
    const table = await runCli(['simulate', '--portfolio', `jsonl:${portfolio}`, ...policies]);
    expect(table.code).toBe(0);
    const header = table.stdout.split('\n')[0] ?? '';
    expect(header).toMatch(/day-15\.json\s+adaptive\.json/);

    const json = await runCli([
      'simulate',
      '--portfolio',
      `jsonl:${portfolio}`,
      ...policies,
      '--json',
    ]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as {
      policies: { name: string; measures: { invoices: number } }[];
    };
    expect(parsed.policies.map((p) => p.name)).toEqual(['day-15.json', 'adaptive.json']);
    expect(parsed.policies.every((p) => p.measures.invoices === 300)).toBe(true);
  });

  it('tells apart two policy files of the same name by their folders', async () => {
    const portfolio = folder.path('small.jsonl');
    const args = ['generate', '--debtors', '5', '--invoices', '20', '--seed', '3'];
    expect((await runCli([...args, '--out', `jsonl:${portfolio}`])).code).toBe(0);
    for (const [run, firstAfterDue] of [
      ['old', 1],
      ['new', 7],
    ] as const) {
      mkdirSync(folder.path(run), { recursive: true });
      writeFileSync(
        folder.path(join(run, 'policy.json')),
        JSON.stringify({
          defaultPaymentTermDays: 14,
          adaptive: false,
          ladder: ladder(firstAfterDue),
        }),
      );
    }
    const run = await runCli([
      'simulate',
      '--portfolio',
      `jsonl:${portfolio}`,
      '--policy',
      folder.path(join('old', 'policy.json')),
      '--compare',
      folder.path(join('new', 'policy.json')),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const names = (JSON.parse(run.stdout) as { policies: { name: string }[] }).policies.map(
      (p) => p.name,
    );
    expect(names).toEqual([join('old', 'policy.json'), join('new', 'policy.json')]);
  });

  it('fails in one line, without a stack, on a portfolio with no invoice', async () => {
    const empty = folder.path('empty.jsonl');
    writeFileSync(empty, '');
    const run = await runCli([
      'simulate',
      '--portfolio',
      `jsonl:${empty}`,
      '--policy',
      folder.path('day-15.json'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `debiteur: ${empty}: no invoice in the 0 events read: nothing to simulate\n`,
    );
  });

  it('refuses a policy file with a misspelt field as a usage error', async () => {
    const typo = folder.path('typo.json');
    const policy = { defaultPaymentTermDays: 14, adaptive: false, ladder: ladder(1) };
    writeFileSync(typo, JSON.stringify({ ...policy, promiseGraceDay: 10 }));
    const empty = folder.path('empty-too.jsonl');
    writeFileSync(empty, '');
    const run = await runCli(['simulate', '--portfolio', `jsonl:${empty}`, '--policy', typo]);
    expect(run.code).toBe(2);
  });

  it.each([
    ['that is not there', 'missing.jsonl', (path: string) => `no portfolio at ${path}`],
    ['that is a folder', '', (path: string) => `${path} is a directory, not a portfolio file`],
  ])('refuses a portfolio %s in one line, as a usage error', async (_what, name, message) => {
    const path = folder.path(name);
    const run = await runCli([
      ...['simulate', '--portfolio', `jsonl:${path}`],
      ...['--policy', folder.path('day-15.json')],
    ]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 2,
      stderr: `debiteur: ${message(path)}\n`,
    });
  });

  it('refuses a bad policy file with a usage error', async () => {
    const bad = folder.path('bad.json');
    writeFileSync(bad, JSON.stringify({ defaultPaymentTermDays: 14, adaptive: false, ladder: [] }));
    const run = await runCli([
      'simulate',
      '--portfolio',
      `jsonl:${folder.path('x.jsonl')}`,
      '--policy',
      bad,
    ]);
    expect(run.code).toBe(2);
  });
});
