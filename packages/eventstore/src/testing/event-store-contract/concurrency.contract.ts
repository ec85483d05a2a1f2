import { ExpectedVersionConflict } from '../../errors';
import { EventStore, EventToAppend, GlobalPosition, RecordedEvent } from '../../event-store.port';
import { collect, makeEvent, uniqueStreamId, uniqueTenantId } from '../make-event';
import { ContractContext, race } from './contract-context';

const WRITERS = 20;
const EVENTS_PER_WRITER = 10;
const TIMEOUT_MS = 60_000;

/** Appends one event at the stream's current version, re-reading the version after each conflict. */
const appendWithRetry = async (
  store: EventStore,
  streamId: string,
  event: EventToAppend,
): Promise<number> => {
  for (;;) {
    const version = await store.streamVersion(streamId);
    try {
      const result = await store.appendToStream(streamId, [event], { expectedVersion: version });
      return result.nextExpectedVersion;
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflict)) throw error;
    }
  }
};

/** Each stream's versions appear in increasing order, with none missing, in a readAll sequence. */
const expectStreamOrderKept = (events: readonly RecordedEvent[]): void => {
  const seen = new Map<string, number>();
  for (const event of events) {
    expect(event.streamVersion).toBe((seen.get(event.streamId) ?? 0) + 1);
    seen.set(event.streamId, event.streamVersion);
  }
};

export const concurrencyContract = ({ store }: ContractContext): void => {
  describe('concurrent writers', () => {
    it(
      'lets exactly one of many racing creates win',
      async () => {
        const tenantId = uniqueTenantId();
        const streamId = uniqueStreamId('invoice', tenantId);
        const outcomes = await race(
          Array.from(
            { length: WRITERS },
            () => () =>
              store().appendToStream(streamId, [makeEvent({ tenantId })], {
                expectedVersion: 'no-stream',
              }),
          ),
        );

        const winners = outcomes.filter((o) => o.status === 'fulfilled');
        const losers = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
        expect(winners).toHaveLength(1);
        for (const loser of losers) {
          expect(loser).toBeInstanceOf(ExpectedVersionConflict);
          expect(loser).toMatchObject({ actual: 1 });
        }
        expect(await store().readStream(streamId)).toHaveLength(1);
      },
      TIMEOUT_MS,
    );

    it(
      'gives each version of one stream to exactly one of many writers',
      async () => {
        const tenantId = uniqueTenantId();
        const streamId = uniqueStreamId('invoice', tenantId);
        const written = Array.from({ length: WRITERS }, (_, writer) =>
          Array.from({ length: EVENTS_PER_WRITER }, (_, n) =>
            makeEvent({ tenantId, data: { writer, n } }),
          ),
        );

        const won = await Promise.all(
          written.map(async (events) => {
            const versions: number[] = [];
            for (const event of events)
              versions.push(await appendWithRetry(store(), streamId, event));
            return versions;
          }),
        );

        const total = WRITERS * EVENTS_PER_WRITER;
        const all = Array.from({ length: total }, (_, i) => i + 1);
        expect(won.flat().sort((a, b) => a - b)).toEqual(all);
        const recorded = await store().readStream(streamId);
        expect(recorded.map((e) => e.streamVersion)).toEqual(all);
        expect(new Set(recorded.map((e) => e.eventId))).toEqual(
          new Set(written.flat().map((e) => e.eventId)),
        );
      },
      TIMEOUT_MS,
    );

    it(
      'shows every event of many concurrent streams exactly once in readAll, in stream order',
      async () => {
        const tenantId = uniqueTenantId();
        const streams = Array.from({ length: WRITERS }, (_, i) =>
          uniqueStreamId(i % 2 === 0 ? 'invoice' : 'debtor', tenantId),
        );
        const written = streams.map(() =>
          Array.from({ length: EVENTS_PER_WRITER }, () => makeEvent({ tenantId })),
        );

        await Promise.all(
          streams.map(async (streamId, i) => {
            let version = 0;
            for (const event of written[i] ?? []) {
              const result = await store().appendToStream(streamId, [event], {
                expectedVersion: version,
              });
              version = result.nextExpectedVersion;
            }
          }),
        );

        const all = await collect(store().readAll({ filter: { tenantId }, batchSize: 7 }));
        expect(all.map((e) => e.eventId).sort()).toEqual(
          written
            .flat()
            .map((e) => e.eventId)
            .sort(),
        );
        expectStreamOrderKept(all);
      },
      TIMEOUT_MS,
    );

    it(
      'never lets a reader that resumes from its checkpoint skip an event written concurrently',
      async () => {
        const tenantId = uniqueTenantId();
        const streams = Array.from({ length: WRITERS }, () => uniqueStreamId('invoice', tenantId));
        const seen: RecordedEvent[] = [];
        let checkpoint: GlobalPosition | null = null;
        const poll = async (): Promise<void> => {
          for await (const event of store().readAll({
            after: checkpoint,
            filter: { tenantId },
            batchSize: 5,
          })) {
            seen.push(event);
            checkpoint = event.globalPosition;
          }
        };

        let writing = true;
        const writers = Promise.all(
          streams.map(async (streamId) => {
            for (let n = 0; n < EVENTS_PER_WRITER; n += 1) {
              await store().appendToStream(streamId, [makeEvent({ tenantId })], {
                expectedVersion: n,
              });
            }
          }),
        ).finally(() => {
          writing = false;
        });
        const reader = (async () => {
          while (writing) {
            await poll();
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
        })();
        await Promise.all([writers, reader]);
        await poll();

        const ids = seen.map((e) => e.eventId);
        expect(ids).toHaveLength(WRITERS * EVENTS_PER_WRITER);
        expect(new Set(ids).size).toBe(ids.length);
        expectStreamOrderKept(seen);
      },
      TIMEOUT_MS,
    );
  });
};
