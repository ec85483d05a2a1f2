import {
  EventEnvelope,
  invoiceId,
  InvoiceEvent,
  invoiceStreamId,
  invoiceTimeline,
  isInvoiceEvent,
  tenantId,
  timelineAsOf,
} from '@debiteur/core';
import { decodeRecordedEvent, RecordedEvent } from '@debiteur/eventstore';
import { isLeft } from 'fp-ts/Either';
import { CliIo, UsageError } from '../cli-io';
import { parseAsOf } from '../analyst/as-of';
import { EventSource, withEventSource } from '../analyst/event-source';
import { storeLocation } from '../store-option';
import { historyTable } from './history-table';

export interface HistoryOptions {
  readonly store?: string;
  readonly tenant: string;
  readonly asOf?: string;
  readonly json?: boolean;
}

/** The invoice has no events (at `--as-of`) in the source: exit code 1. */
export class InvoiceNotFound extends Error {
  constructor(readonly streamId: string) {
    super(`No events for ${streamId}`);
    this.name = 'InvoiceNotFound';
  }
}

const streamEvents = async (
  source: EventSource,
  streamId: string,
  tenant: string,
): Promise<readonly RecordedEvent[]> => {
  if (source.stores !== null) return source.stores.events.readStream(streamId);
  const events: RecordedEvent[] = [];
  for await (const event of source.events({ tenantId: tenant, categories: ['invoice'] }))
    if (event.streamId === streamId) events.push(event);
  return events;
};

/**
 * `debiteur history <invoiceId> --tenant T [--as-of]`: every event of the case with when it
 * happened and was recorded, who did it and why, the amount and what was still owed after
 * it (story 2). An event that does not decode is reported on stderr and left out.
 */
export const runHistory = async (
  io: CliIo,
  invoice: string,
  options: HistoryOptions,
): Promise<void> => {
  const tenant = tenantId(options.tenant);
  if (isLeft(tenant)) throw new UsageError(`"${options.tenant}" is not a valid tenant id`);
  const id = invoiceId(invoice);
  if (isLeft(id)) throw new UsageError(`"${invoice}" is not a valid invoice id`);
  const asOf = parseAsOf(options.asOf);
  const streamId = invoiceStreamId(tenant.right, id.right);
  await withEventSource(storeLocation(options, io), async (source) => {
    const envelopes: EventEnvelope<InvoiceEvent>[] = [];
    for (const recorded of await streamEvents(source, streamId, tenant.right)) {
      const decoded = decodeRecordedEvent(recorded);
      if (isLeft(decoded) || !isInvoiceEvent(decoded.right.event)) {
        io.err(`${streamId} version ${recorded.streamVersion} (${recorded.type}) does not decode`);
        continue;
      }
      envelopes.push(decoded.right as EventEnvelope<InvoiceEvent>);
    }
    const timeline =
      asOf === null ? invoiceTimeline(envelopes) : timelineAsOf(envelopes, asOf.instant);
    if (timeline.entries.length === 0) throw new InvoiceNotFound(streamId);
    if (options.json === true) {
      io.out(
        JSON.stringify({
          tenantId: tenant.right,
          invoiceId: id.right,
          asOf: asOf?.instant ?? null,
          entries: timeline.entries,
        }),
      );
      return;
    }
    io.out(
      `Invoice ${id.right} of ${tenant.right}${asOf === null ? '' : ` as of ${asOf.instant}`}`,
    );
    for (const line of historyTable(timeline)) io.out(line);
  });
};
