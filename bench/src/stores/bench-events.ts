import { randomUUID } from 'node:crypto';
import { EventToAppend } from '@debiteur/eventstore';

/** Every figure spreads its events over this many streams. */
export const STREAM_COUNT = 1_000;

export const BENCH_TENANT = 'tenant-bench';

const pad = (value: number): string => String(value).padStart(6, '0');

/** The id of stream `index` (0 ≤ index < STREAM_COUNT), in the `invoice` category. */
export const streamIdOf = (index: number): string => `invoice:${BENCH_TENANT}:${pad(index)}`;

/** An event to append: where it goes and what it is. */
export interface PlacedEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly event: EventToAppend;
}

/**
 * The event at `version` of stream `streamIndex`: about 300 bytes of JSON data shaped like
 * an amended invoice, with values that vary by stream and version so no two rows are alike.
 */
export const benchEvent = (streamIndex: number, version: number): EventToAppend => ({
  eventId: randomUUID(),
  type: 'InvoiceAmended',
  schemaVersion: 1,
  data: {
    invoiceId: `inv-${pad(streamIndex)}`,
    debtorId: `debtor-${pad(streamIndex % 97)}`,
    reference: `INV-2024-${pad(streamIndex)}-${version}`,
    amount: {
      minor: 10_000 + ((streamIndex * 7_919 + version * 104_729) % 990_000),
      currency: 'EUR',
    },
    dueOn: '2024-03-31',
    lines: [
      {
        description: 'Consulting, March 2024',
        quantity: 1 + (version % 9),
        unitPriceMinor: 12_500,
      },
      { description: 'Travel expenses', quantity: 1, unitPriceMinor: 4_250 + (version % 100) },
    ],
  },
  metadata: {
    tenantId: BENCH_TENANT,
    occurredAt: '2024-03-01T09:30:00.000+01:00',
    actor: 'bench',
    reason: null,
    correlationId: `correlation-${pad(streamIndex)}-${version}`,
    causationId: null,
  },
});

/**
 * `perStream` events in every stream, interleaved as busy writers would leave them: the
 * first event of every stream, then the second of every stream, and so on. Lazy, so a
 * million events never sit in memory at once.
 */
export function* interleavedEvents(perStream: number): Generator<PlacedEvent> {
  for (let version = 1; version <= perStream; version++) {
    for (let index = 0; index < STREAM_COUNT; index++) {
      yield {
        streamId: streamIdOf(index),
        streamVersion: version,
        event: benchEvent(index, version),
      };
    }
  }
}

/** The size of one event's data as JSON, for the report. */
export const dataBytes = (): number => JSON.stringify(benchEvent(STREAM_COUNT - 1, 9).data).length;
