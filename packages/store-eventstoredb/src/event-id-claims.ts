import { EventDecodeFailed } from '@debiteur/eventstore';
import { randomUUID } from 'node:crypto';
import { EsdbClient, EsdbWrongExpectedRevision } from './esdb-client.port';
import { StreamNames } from './stream-names';

/**
 * Where an event id stands before an append: claimed just now for this stream, claimed
 * earlier for this stream (a retry, or an attempt that never reached the stream), or
 * claimed for another stream.
 */
export type EventIdClaim =
  | { readonly status: 'new' }
  | { readonly status: 'this-stream' }
  | { readonly status: 'other-stream'; readonly owner: string };

const CLAIM_TYPE = 'DebiteurEventIdClaimed';

const ownerOf = (data: unknown): string | null =>
  typeof data === 'object' &&
  data !== null &&
  'streamId' in data &&
  typeof data.streamId === 'string'
    ? data.streamId
    : null;

/**
 * Claims an event id for a stream: the first claim of an id creates its claim stream, every
 * later one finds it there. EventStoreDB has no index of event ids across streams; this
 * one-event stream per id is what lets the adapter refuse an id reused in another stream.
 * Each claim write gets a fresh id, so the server never mistakes a second claim for a retry.
 */
export const claimEventId = async (
  client: EsdbClient,
  names: StreamNames,
  eventId: string,
  streamId: string,
): Promise<EventIdClaim> => {
  const claimStream = names.eventIdClaim(eventId);
  try {
    await client.append(
      claimStream,
      [{ id: randomUUID(), type: CLAIM_TYPE, data: { streamId }, metadata: {} }],
      'no_stream',
    );
    return { status: 'new' };
  } catch (error) {
    if (!(error instanceof EsdbWrongExpectedRevision)) throw error;
  }
  const [claim] = await client.readStream(claimStream, {
    from: 'start',
    direction: 'forwards',
    maxCount: 1,
  });
  const owner = ownerOf(claim?.data);
  if (owner === null) {
    throw new EventDecodeFailed(claimStream, 1, claim?.type ?? CLAIM_TYPE, [
      'no stream id in the claim',
    ]);
  }
  return owner === streamId ? { status: 'this-stream' } : { status: 'other-stream', owner };
};
