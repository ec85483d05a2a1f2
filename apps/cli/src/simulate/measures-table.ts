import { SimulationMeasures } from './simulation-measures';

export interface PolicyResult {
  /** The policy file's name (see `policyNames`), as the column header. */
  readonly name: string;
  readonly measures: SimulationMeasures;
  readonly byProfile?: Readonly<Record<string, SimulationMeasures>>;
}

const ROWS: readonly (readonly [string, (m: SimulationMeasures) => string])[] = [
  ['invoices', (m) => String(m.invoices)],
  ['reminders sent', (m) => String(m.remindersSent)],
  ['first reminders', (m) => String(m.firstReminders)],
  ['needless reminders', (m) => String(m.needlessReminders)],
  [
    'needless share',
    (m) =>
      `${m.remindersSent === 0 ? '0.0' : ((100 * m.needlessReminders) / m.remindersSent).toFixed(1)}%`,
  ],
  ['reminders before own-accord payment', (m) => String(m.remindersBeforeOwnAccordPayment)],
  ['DSO (days)', (m) => m.dso.toFixed(2)],
  ['mean days delinquent', (m) => m.meanDaysDelinquent.toFixed(2)],
  ['invoices closed past due', (m) => String(m.invoicesPaidLate)],
  ['broken promises', (m) => String(m.brokenPromises)],
  ['hand-overs', (m) => String(m.handOvers)],
  ['still open at the end', (m) => String(m.stillOpen)],
];

/** The measures of one or more policies side by side, one column per policy. */
export const measuresTable = (results: readonly PolicyResult[]): string => {
  const header = ['measure', ...results.map((r) => r.name)];
  const rows = ROWS.map(([label, value]) => [label, ...results.map((r) => value(r.measures))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
};
