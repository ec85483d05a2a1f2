import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Figure } from './figure';

const number = (value: number, unit: string): string => {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  return `${Math.round(value).toLocaleString('en-US')} ${unit}`;
};

const percent = (ratio: number): string => `${(ratio * 100).toFixed(0)}%`;

const cells = (figure: Figure): string[] => [
  figure.label,
  figure.text?.adapter ?? number(figure.adapter, figure.unit),
  figure.text?.baseline ?? (figure.baseline === null ? '—' : number(figure.baseline, figure.unit)),
  figure.ratio === null ? '—' : percent(figure.ratio),
  figure.spread === null ? '—' : `${percent(figure.spread.low)}–${percent(figure.spread.high)}`,
  figure.goal ?? '—',
  figure.met === null ? '—' : figure.met ? 'yes' : 'NO',
];

const HEADER = ['Figure', 'Adapter', 'Raw baseline', 'Ratio', 'Ratio range', 'Goal', 'Met?'];

/** The figures as a Markdown table, padded so it also reads well in a terminal. */
export const formatTable = (figures: readonly Figure[]): string => {
  const rows = [HEADER, ...figures.map(cells)];
  const widths = HEADER.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(HEADER), rule, ...rows.slice(1).map(line)].join('\n');
};

/** Writes the run as JSON: when, where, with what settings, and every figure with its passes. */
export const writeResults = (path: string, results: unknown): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
};
