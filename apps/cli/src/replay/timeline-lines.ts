import { csvField, moneyAmount } from '../analyst/csv';
import { TimelineRow } from './replay-fold';

/**
 * One `--projection timeline` CSV line (columns as CSV_HEADERS.timeline), written field by
 * field for the million-line case: text that may hold a comma, quote or line break goes
 * through `csvField`; version, type and the checked instants never do.
 */
export const timelineCsvLine = ({ tenantId, invoiceId, streamId, entry }: TimelineRow): string => {
  const outstanding = entry.outstandingAfter;
  return (
    `${csvField(tenantId)},${csvField(invoiceId)},${csvField(streamId)},${entry.version},` +
    `${entry.type},${entry.occurredAt},${entry.recordedAt},${csvField(entry.actor)},` +
    `${csvField(entry.reason)},${csvField(entry.summary)},` +
    `${outstanding === null ? '' : moneyAmount(outstanding)},${outstanding?.currency ?? ''},` +
    csvField(entry.eventId)
  );
};

/** One timeline JSONL line: the row with `projection: "timeline"` first. */
export const timelineJsonLine = (row: TimelineRow): string =>
  JSON.stringify({ projection: 'timeline', ...row });
