import {
  classifyRetry,
  EventIdReused,
  EventToAppend,
  RecordedEvent,
  RetryClassification,
} from '@debiteur/eventstore';
import { EsdbClient } from './esdb-client.port';
import { claimEventId } from './event-id-claims';
import { findStoredEvents } from './find-stored-events';
import { StreamNames } from './stream-names';

/**
 * The port's idempotency rule (classifyRetry), checked before the expected version, for a
 * batch that passed validateAppend. Ids are claimed here, before the append, so two
 * writers racing with one id for different streams cannot both succeed: an id claimed by
 * another stream is EventIdReused. Only ids claimed earlier for this stream cost a search
 * of the stream.
 */
export const classifyClaims = async (
  client: EsdbClient,
  names: StreamNames,
  streamId: string,
  events: readonly EventToAppend[],
): Promise<RetryClassification> => {
  const ids = events.map((event) => event.eventId);
  const claims = await Promise.all(ids.map((id) => claimEventId(client, names, id, streamId)));
  const foreign = claims.findIndex((claim) => claim.status === 'other-stream');
  if (foreign !== -1) throw new EventIdReused(ids[foreign] ?? '', streamId);
  const claimedBefore = ids.filter((_, index) => claims[index]?.status === 'this-stream');

  // A claim without its event is left by an append that failed: the id counts as new.
  const stored =
    claimedBefore.length === 0
      ? new Map<string, RecordedEvent>()
      : await findStoredEvents(client, names, streamId, claimedBefore);
  return classifyRetry(streamId, events, stored);
};
