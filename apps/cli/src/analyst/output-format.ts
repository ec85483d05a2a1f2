import { extname } from 'node:path';
import { UsageError } from '../cli-io';

export type OutputFormat = 'csv' | 'jsonl';

/**
 * The format of `--out` by its extension (`.csv`, `.jsonl` or `.ndjson`); without `--out`,
 * `--format` or else `fallback`.
 */
export const outputFormatOf = (
  out: string | undefined,
  format: string | undefined,
  fallback: OutputFormat,
): OutputFormat => {
  if (format !== undefined && format !== 'csv' && format !== 'jsonl') {
    throw new UsageError(`--format must be csv or jsonl, not "${format}"`);
  }
  if (out === undefined) return format ?? fallback;
  const extension = extname(out).toLowerCase();
  const byName =
    extension === '.csv' ? 'csv' : ['.jsonl', '.ndjson'].includes(extension) ? 'jsonl' : null;
  if (byName === null) throw new UsageError(`--out ${out}: use a .csv or .jsonl file name`);
  if (format !== undefined && format !== byName) {
    throw new UsageError(`--out ${out} is ${byName}, but --format says ${format}`);
  }
  return byName;
};
