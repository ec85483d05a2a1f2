import { CliIo } from '../cli-io';
import { csvLine } from '../analyst/csv';
import { withEventSource } from '../analyst/event-source';
import { openLineSink, writingTo } from '../analyst/line-sink';
import { refuseOutputOverSource } from '../analyst/output-over-source';
import { outputFormatOf } from '../analyst/output-format';
import { domainFilter } from '../analyst/service-streams';
import { sourceProgress } from '../analyst/source-progress';
import { requireEventsOfTenant } from '../analyst/tenant-events';
import { storeLocation } from '../store-option';
import { EXPORT_CSV_HEADER, exportCsvRow } from './export-csv';

export interface ExportOptions {
  readonly store?: string;
  readonly format?: string;
  readonly out?: string;
  readonly tenant?: string;
  readonly serviceStreams?: boolean;
}

/**
 * `debiteur export`: every event of the domain streams (invoice, debtor, tenant; with
 * `--service-streams` every stream) in global order, with its metadata. JSONL is the
 * format `debiteur import` and `--store jsonl:<file>` read; CSV is for spreadsheets.
 */
export const runExport = async (io: CliIo, options: ExportOptions): Promise<void> => {
  const format = outputFormatOf(options.out, options.format, 'jsonl');
  const filter = domainFilter(options);
  const location = storeLocation(options, io);
  if (options.out !== undefined) refuseOutputOverSource(location, [options.out]);
  await withEventSource(location, async (source) => {
    await requireEventsOfTenant(source, options.tenant);
    // Opened first: an --out that cannot be written fails before the count and the bar.
    const sink = openLineSink(options.out, io);
    const count = await writingTo(sink, async () => {
      const progress = await sourceProgress('export', source, filter);
      let written = 0;
      try {
        if (format === 'csv') await sink.write(csvLine(EXPORT_CSV_HEADER));
        for await (const event of source.events(filter)) {
          await sink.write(format === 'csv' ? csvLine(exportCsvRow(event)) : JSON.stringify(event));
          written += 1;
          if (written % 1000 === 0) progress.tick(1000);
        }
      } finally {
        progress.stop();
      }
      return written;
    });
    if (options.out !== undefined) {
      io.err(`Exported ${count} events from ${source.description} to ${options.out}.`);
    }
  });
};
