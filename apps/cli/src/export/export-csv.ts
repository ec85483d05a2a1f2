import { RecordedEvent } from '@debiteur/eventstore';
import { CsvValue } from '../analyst/csv';

/** The columns of `debiteur export --format csv`: one event per row, `data` as JSON. */
export const EXPORT_CSV_HEADER = [
  'globalPosition',
  'eventId',
  'streamId',
  'streamVersion',
  'type',
  'schemaVersion',
  'recordedAt',
  'tenantId',
  'occurredAt',
  'actor',
  'reason',
  'correlationId',
  'causationId',
  'data',
] as const;

export const exportCsvRow = (event: RecordedEvent): CsvValue[] => [
  event.globalPosition,
  event.eventId,
  event.streamId,
  event.streamVersion,
  event.type,
  event.schemaVersion,
  event.recordedAt,
  event.metadata.tenantId,
  event.metadata.occurredAt,
  event.metadata.actor,
  event.metadata.reason,
  event.metadata.correlationId,
  event.metadata.causationId,
  JSON.stringify(event.data),
];
