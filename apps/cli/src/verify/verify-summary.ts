/** What `debiteur verify` went through, for its closing line. */
export interface VerifyCounts {
  /** Events read back and checked, each with or without problems. */
  readonly checked: number;
  /** The streams those events belong to. */
  readonly streams: number;
  /** Stored rows the store could not read back, or lines of a file that hold no event. */
  readonly unreadable: number;
  readonly problems: number;
}

const counted = (count: number, noun: string): string =>
  `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The line `debiteur verify` ends with, e.g. `Verified 298 events in 50 streams of
 * sqlite:books.db, plus 2 unreadable rows: 2 problems.` An unreadable row or line is no
 * event verified: it is counted apart (a `row` of a store, a `line` of a JSONL file), and
 * only when there is one; each is also among the problems.
 */
export const verifySummary = (
  source: string,
  unreadableUnit: 'row' | 'line',
  counts: VerifyCounts,
): string => {
  const unreadable =
    counts.unreadable === 0
      ? ''
      : `, plus ${counted(counts.unreadable, `unreadable ${unreadableUnit}`)}`;
  const problems = counts.problems === 0 ? 'no problems' : counted(counts.problems, 'problem');
  return (
    `Verified ${counted(counts.checked, 'event')} in ${counted(counts.streams, 'stream')} ` +
    `of ${source}${unreadable}: ${problems}.`
  );
};
