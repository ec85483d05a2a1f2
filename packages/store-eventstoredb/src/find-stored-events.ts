import { RecordedEvent } from '@debiteur/eventstore';
import { EsdbClient } from './esdb-client.port';
import { decodeMetadata, toRecordedEvent } from './recorded-event';
import { StreamNames } from './stream-names';

const PAGE = 100;

/**
 * The events of a stream that carry one of these ids, found by reading the stream backwards
 * until all are found or its start is reached. Retries are usually of recent appends, so the
 * search stops early; it only runs for ids whose claim names this stream, and Debiteur's
 * streams (one invoice, one debtor) stay short.
 */
export const findStoredEvents = async (
  client: EsdbClient,
  names: StreamNames,
  streamId: string,
  eventIds: readonly string[],
): Promise<Map<string, RecordedEvent>> => {
  const wanted = new Set(eventIds);
  const found = new Map<string, RecordedEvent>();
  let from: bigint | 'end' = 'end';
  while (found.size < wanted.size) {
    const page = await client.readStream(names.stream(streamId), {
      from,
      direction: 'backwards',
      maxCount: PAGE,
    });
    for (const event of page) {
      const metadata = decodeMetadata(event.metadata);
      if (metadata.ok && wanted.has(metadata.value.eventId)) {
        found.set(metadata.value.eventId, toRecordedEvent(streamId, event));
      }
    }
    const oldest = page[page.length - 1]?.revision;
    if (page.length < PAGE || oldest === undefined || oldest === 0n) break;
    from = oldest - 1n;
  }
  return found;
};
