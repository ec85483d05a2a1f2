import { formatMoney, InvoiceTimeline, Money, TimelineEntry } from '@debiteur/core';
import { displayWidth, padToDisplayWidth, terminalText } from './terminal-text';

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Money).amount === 'number' &&
  typeof (value as Money).currency === 'string';

/** The amount an event names (issued, paid, credited, written off, promised), if any. */
export const amountOf = (entry: TimelineEntry): Money | null => {
  const data = entry.data as unknown as Record<string, unknown>;
  const amount = data['amount'] ?? data['outstanding'];
  return isMoney(amount) ? amount : null;
};

const COLUMNS = ['v', 'occurred', 'recorded', 'who', 'what', 'why', 'amount', 'outstanding'];

const rowOf = (entry: TimelineEntry): string[] => {
  const amount = amountOf(entry);
  return [
    String(entry.version),
    entry.occurredAt,
    entry.recordedAt,
    entry.actor,
    entry.summary,
    entry.reason ?? '',
    amount === null ? '' : formatMoney(amount),
    entry.outstandingAfter === null ? '' : formatMoney(entry.outstandingAfter),
  ].map(terminalText);
};

/**
 * The timeline as a plain-text table, one line per event: every cell as `terminalText` shows
 * it (control and bidi characters escaped), columns padded to their widest cell in terminal
 * columns (`displayWidth`), so wide characters and emoji keep the columns aligned.
 */
export const historyTable = (timeline: InvoiceTimeline): string[] => {
  const rows = [COLUMNS, ...timeline.entries.map(rowOf)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => padToDisplayWidth(cell, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
};
