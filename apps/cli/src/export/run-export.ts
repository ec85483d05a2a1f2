import { CliIo } from '../cli-io';
import { csvLine } from '../analyst/csv';
import { EventDecodeFailed, RecordedEvent } from '@debiteur/eventstore';
import { EventFilter, withEventSource } from '../analyst/event-source';
import { openLineSink, writingTo } from '../analyst/line-sink';
import { refuseOutputOverSource } from '../analyst/output-over-source';
import { outputFormatOf } from '../analyst/output-format';
import { streamKindOf } from '../analyst/service-streams';
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

/** Which events an export writes, and how many of streams Debiteur did not make it left out. */
const exportedStreams = (options: ExportOptions) => {
  let foreign = 0;
  return {
    keeps: (event: RecordedEvent): boolean => {
      const kind = streamKindOf(event.streamId);
      if (kind === 'domain') return true;
      if (kind === 'service') return options.serviceStreams === true;
      foreign += 1;
      return false;
    },
    get foreign() {
      return foreign;
    },
  };
};

/**
 * The store's EventDecodeFailed, pointing to `debiteur verify`, which lists every such event
 * where an export stops at the first.
 */
const pointingToVerify = (error: unknown, description: string): unknown => {
  if (error instanceof EventDecodeFailed) {
    error.message += `; run debiteur verify --store ${description} to list every such event`;
  }
  return error;
};

/**
 * `debiteur export`: every event of the domain streams (invoice, debtor, tenant; with
 * `--service-streams` the service's own streams too) in global order, with its metadata.
 * JSONL is the format `debiteur import` and `--store jsonl:<file>` read; CSV is for
 * spreadsheets. Events of any other stream (`Invoice:…`, written by something else) are
 * left out and counted on stderr; a stored event that cannot be read back stops the export
 * (exit 1, no file), naming it.
 */
export const runExport = async (io: CliIo, options: ExportOptions): Promise<void> => {
  const format = outputFormatOf(options.out, options.format, 'jsonl');
  // Every category is read: those of other streams are counted as they are left out.
  const filter: EventFilter = options.tenant === undefined ? {} : { tenantId: options.tenant };
  const streams = exportedStreams(options);
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
        for await (const page of source.pages(filter)) {
          for (const event of page) {
            if (!streams.keeps(event)) continue;
            await sink.write(
              format === 'csv' ? csvLine(exportCsvRow(event)) : JSON.stringify(event),
            );
            written += 1;
          }
          progress.tick(page.length);
        }
      } catch (error) {
        throw pointingToVerify(error, source.description);
      } finally {
        progress.stop();
      }
      return written;
    });
    if (options.out !== undefined) {
      io.err(`Exported ${count} events from ${source.description} to ${options.out}.`);
    }
    if (streams.foreign > 0) {
      io.err(
        `Left out ${streams.foreign} event${streams.foreign === 1 ? '' : 's'} of streams ` +
          'Debiteur did not make (not invoice, debtor or tenant; run debiteur verify).',
      );
    }
  });
};
