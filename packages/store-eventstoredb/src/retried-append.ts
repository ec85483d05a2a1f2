import { AppendResult, EventIdReused, EventToAppend } from '@debiteur/eventstore';
import { EsdbClient } from './esdb-client.port';
import { claimEventId } from './event-id-claims';
import { findStoredEvents } from './find-stored-events';
import { StreamNames } from './stream-names';

/**
 * The port's idempotency rule, checked before the expected version: the original result
 * when every id of the batch is already in this stream (a retry); null when none is;
 * EventIdReused for a repeated id, a partial retry or an id claimed by another stream.
 * Ids are claimed here, before the append, so two writers racing with one id for
 * different streams cannot both succeed. Only ids claimed earlier for this stream cost a
 * search of the stream.
 */
export const retriedAppend = async (
  client: EsdbClient,
  names: StreamNames,
  streamId: string,
  events: readonly EventToAppend[],
): Promise<AppendResult | null> => {
  const ids = events.map((event) => event.eventId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new EventIdReused(repeated, streamId);

  const claims = await Promise.all(ids.map((id) => claimEventId(client, names, id, streamId)));
  const foreign = claims.findIndex((claim) => claim.status === 'other-stream');
  if (foreign !== -1) throw new EventIdReused(ids[foreign] ?? '', streamId);
  const claimedBefore = ids.filter((_, index) => claims[index]?.status === 'this-stream');
  if (claimedBefore.length === 0) return null;

  // A claim without its event is left by an append that failed: the id counts as new.
  const stored = await findStoredEvents(client, names, streamId, claimedBefore);
  if (stored.size === 0) return null;
  const firstStored = ids.find((id) => stored.has(id)) ?? '';
  if (stored.size < ids.length) throw new EventIdReused(firstStored, streamId);
  const newest = [...stored.values()].reduce((a, b) => (b.streamVersion > a.streamVersion ? b : a));
  return {
    nextExpectedVersion: newest.streamVersion,
    lastPosition: newest.globalPosition,
    alreadyAppended: true,
  };
};
