import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { Decider } from '../decider';
import { ExpectedVersionConflict } from '../errors';
import { EventCodec } from '../event-codec';
import { EventMetadataToAppend, EventStore } from '../event-store.port';
import { CommandResult } from './command-result';
import { loadState } from './load-state';
import { RetryPolicy, backoffDelayMs, defaultRetryPolicy, sleep } from './retry-policy';

/** Who issues the command, when (business time) and why: stamped on every new event. */
export type CommandContext = EventMetadataToAppend;

/** A stream's state as the caller already folded it, and the version it was folded to. */
export interface KnownState<S> {
  readonly state: S;
  readonly version: number;
}

export interface HandleCommandInput<C, E, S, Err> {
  readonly store: EventStore;
  readonly streamId: string;
  readonly decider: Decider<C, E, S, Err>;
  readonly codec: EventCodec<E>;
  readonly command: C;
  readonly context: CommandContext;
  readonly retry?: Partial<RetryPolicy>;
  /**
   * The version the caller saw (HTTP `If-Match`). When given the command is decided only
   * against that version and a conflict is thrown, never retried.
   */
  readonly ifMatch?: number;
  /**
   * The state a caller that follows the stream already holds (a read model folded with the
   * same decider): decided on without loading the stream, and appended at exactly its
   * version, so a stream that moved since is refused with a conflict, never retried.
   */
  readonly known?: KnownState<S>;
  /** Makes event ids; the core takes ids from outside. Default: random UUIDs. */
  readonly newEventId?: () => string;
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Loads the stream, decides the command and appends the new events at the version read.
 * When another writer got there first, the whole load–decide–append runs again after a
 * jittered backoff, up to `retry.maxAttempts`; then the last ExpectedVersionConflict is
 * thrown. Rejections come back as values; store faults and undecodable history throw.
 */
export const handleCommand = async <C, E, S, Err>(
  input: HandleCommandInput<C, E, S, Err>,
): Promise<CommandResult<E, S, Err>> => {
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...input.retry };
  const pinned = input.ifMatch !== undefined || input.known !== undefined;
  const maxAttempts = pinned ? 1 : Math.max(1, policy.maxAttempts);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await attemptOnce(input, attempt);
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflict) || attempt >= maxAttempts) throw error;
      await (input.sleep ?? sleep)(backoffDelayMs(policy, attempt, input.random ?? Math.random));
    }
  }
};

const attemptOnce = async <C, E, S, Err>(
  input: HandleCommandInput<C, E, S, Err>,
  attempt: number,
): Promise<CommandResult<E, S, Err>> => {
  const { store, streamId, decider, codec, context } = input;
  const { state, version } = input.known ?? (await loadState(store, streamId, decider, codec));
  if (input.ifMatch !== undefined && input.ifMatch !== version) {
    throw new ExpectedVersionConflict(streamId, input.ifMatch, version);
  }
  const decision = decider.decide(input.command, state);
  if (E.isLeft(decision))
    return { _tag: 'Rejected', error: decision.left, version, state, attempts: attempt };

  const events = decision.right;
  const next = events.reduce((folded, event) => decider.evolve(folded, event), state);
  if (events.length === 0) {
    return { _tag: 'Accepted', version, events, state: next, position: null, attempts: attempt };
  }
  const newEventId = input.newEventId ?? randomUUID;
  const appended = await store.appendToStream(
    streamId,
    events.map((event) => {
      const { type, schemaVersion, data } = codec.encode(event);
      return { eventId: newEventId(), type, schemaVersion, data, metadata: context };
    }),
    { expectedVersion: version === 0 ? 'no-stream' : version },
  );
  return {
    _tag: 'Accepted',
    version: appended.nextExpectedVersion,
    events,
    state: next,
    position: appended.lastPosition,
    attempts: attempt,
  };
};
