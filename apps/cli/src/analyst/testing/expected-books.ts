import { openStores } from '@debiteur/application';
import {
  agingReport,
  applyToReports,
  businessDateOf,
  callSheet,
  categoryOf,
  DebtorId,
  dsoReport,
  EventEnvelope,
  initialReportsState,
  Instant,
  InvoiceEvent,
  invoiceTimeline,
  isInvoiceEvent,
  isOpenItem,
  ledgerEntries,
  paymentBehaviours,
  TenantId,
  toMillis,
} from '@debiteur/core';
import { decodeRecordedEvent, RecordedEvent } from '@debiteur/eventstore';

/** Every event of a store in global order, as a test reads it. */
export const allEvents = async (location: string): Promise<RecordedEvent[]> => {
  const stores = await openStores(location);
  try {
    const events: RecordedEvent[] = [];
    for await (const event of stores.events.readAll()) events.push(event);
    return events;
  } finally {
    await stores.close();
  }
};

/** A value as it comes back from JSON (what the CLI's JSONL holds). */
export const viaJson = <A>(value: A): unknown => JSON.parse(JSON.stringify(value));

/**
 * The reports the CLI should write, computed here in memory with the core's own functions
 * over the same events: recorded by `asOf`, folded in global order, reported for the
 * business day of `asOf`. Records are grouped by projection, in the CLI's record order.
 */
export const expectedBooks = (
  events: readonly RecordedEvent[],
  asOf: Instant,
  tenants: readonly TenantId[],
): Record<string, unknown[]> => {
  const inBooks = events.filter((e) => Date.parse(e.recordedAt) <= toMillis(asOf));
  const envelopes = inBooks.flatMap((e) => {
    const decoded = decodeRecordedEvent(e);
    return decoded._tag === 'Right' ? [decoded.right] : [];
  });
  const state = envelopes.reduce(applyToReports, initialReportsState);
  const today = businessDateOf(asOf);
  const byStream = new Map<string, EventEnvelope<InvoiceEvent>[]>();
  for (const envelope of envelopes) {
    if (categoryOf(envelope.metadata.streamId) !== 'invoice' || !isInvoiceEvent(envelope.event))
      continue;
    const list = byStream.get(envelope.metadata.streamId) ?? [];
    list.push(envelope as EventEnvelope<InvoiceEvent>);
    byStream.set(envelope.metadata.streamId, list);
  }
  const timeline = [...byStream.entries()].flatMap(([streamId, list]) => {
    const built = invoiceTimeline(list);
    return built.entries.map((entry) => ({
      projection: 'timeline',
      tenantId: list[0]?.metadata.tenantId,
      streamId,
      invoiceId: built.invoiceId,
      entry,
    }));
  });
  const debtorsWithOpenItems = (tenant: TenantId): DebtorId[] =>
    [
      ...new Set(
        ledgerEntries(state.ledger, tenant)
          .filter(isOpenItem)
          .map((e) => e.debtorId),
      ),
    ].sort();
  return viaJson({
    behaviour: tenants.flatMap((tenantId) =>
      paymentBehaviours(state.ledger, tenantId, today).map((b) => ({
        projection: 'behaviour',
        tenantId,
        asOf: today,
        ...b,
      })),
    ),
    aging: tenants.map((t) => ({ projection: 'aging', ...agingReport(state.ledger, t, today) })),
    dso: tenants.map((t) => ({ projection: 'dso', ...dsoReport(state.ledger, t, today) })),
    'call-sheet': tenants.flatMap((t) =>
      debtorsWithOpenItems(t).map((d) => ({
        projection: 'call-sheet',
        ...callSheet(state, t, d, today),
      })),
    ),
    timeline,
  }) as Record<string, unknown[]>;
};

/** JSONL output grouped by its `projection` field, each group in output order. */
export const byProjection = (jsonl: string): Record<string, unknown[]> => {
  const groups: Record<string, unknown[]> = {};
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { projection: string };
    (groups[record.projection] ??= []).push(record);
  }
  return groups;
};

/** Timeline records in stream order (stream id, then version), for comparing. */
export const inStreamOrder = (records: readonly unknown[] = []): unknown[] =>
  [...records].sort((a, b) => {
    const x = a as { streamId: string; entry: { version: number } };
    const y = b as { streamId: string; entry: { version: number } };
    return x.streamId < y.streamId
      ? -1
      : x.streamId > y.streamId
        ? 1
        : x.entry.version - y.entry.version;
  });
