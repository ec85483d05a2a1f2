import {
  EventEnvelope,
  InvoiceEvent,
  invoiceTimeline,
  isInvoiceEvent,
  tenantId,
  timelineAsOf,
} from '@debiteur/core';
import { decodeRecordedEvent } from '@debiteur/eventstore';
import { isLeft } from 'fp-ts/Either';
import { CliIo, UsageError } from '../cli-io';
import { parseAsOf } from '../analyst/as-of';
import { withEventSource } from '../analyst/event-source';
import { UnreadableRow } from '../analyst/pages-past-unreadable';
import { storeLocation } from '../store-option';
import { historyTable } from './history-table';
import { InvoiceNotFound } from './history.errors';
import { idAlsoANumberNotice } from './id-also-a-number.notice';
import { ResolvedInvoice, resolveInvoice } from './resolve-invoice';
import { otherRowsPassedOver } from './rows-passed-over';
import { terminalText } from './terminal-text';

export interface HistoryOptions {
  readonly store?: string;
  readonly tenant: string;
  readonly asOf?: string;
  readonly json?: boolean;
}

/**
 * The invoice's events decoded; one that does not decode, or is at or below a version already
 * read (a JSONL file holding an export twice), is reported on stderr and left out, as the
 * replay and the ledger leave it out.
 */
const decodedEnvelopes = (io: CliIo, invoice: ResolvedInvoice): EventEnvelope<InvoiceEvent>[] => {
  const envelopes: EventEnvelope<InvoiceEvent>[] = [];
  let lastVersion = 0;
  for (const recorded of invoice.events) {
    if (recorded.streamVersion <= lastVersion) {
      io.err(
        `${terminalText(`${invoice.streamId} version ${recorded.streamVersion} (${recorded.type})`)} ` +
          'is at or below a version already read and is left out (run debiteur verify)',
      );
      continue;
    }
    lastVersion = recorded.streamVersion;
    const decoded = decodeRecordedEvent(recorded);
    if (isLeft(decoded) || !isInvoiceEvent(decoded.right.event)) {
      io.err(
        terminalText(
          `${invoice.streamId} version ${recorded.streamVersion} (${recorded.type}) does not decode`,
        ),
      );
      continue;
    }
    envelopes.push(decoded.right as EventEnvelope<InvoiceEvent>);
  }
  return envelopes;
};

const numberOf = (envelopes: readonly EventEnvelope<InvoiceEvent>[]): string | null => {
  for (const { event } of envelopes) if (event.type === 'Issued') return event.data.number;
  return null;
};

const headerOf = (invoice: ResolvedInvoice, tenant: string, asOf: string | null): string =>
  `Invoice ${invoice.invoiceId}` +
  (invoice.foundByNumber === null ? '' : ` (number ${invoice.foundByNumber})`) +
  ` of ${tenant}` +
  (asOf === null ? '' : ` as of ${asOf}`);

/**
 * `debiteur history <invoice> --tenant T [--as-of]`: every event of the case with when it
 * happened and was recorded, who did it and why, the amount and what was still owed after
 * it (story 2). The invoice is named by its id or its number (`resolveInvoice`); an id that
 * is also other invoices' number is said on stderr. An event that does not decode is
 * reported on stderr and left out.
 */
export const runHistory = async (
  io: CliIo,
  invoice: string,
  options: HistoryOptions,
): Promise<void> => {
  const tenant = tenantId(options.tenant);
  if (isLeft(tenant)) throw new UsageError(`"${options.tenant}" is not a valid tenant id`);
  const lookBack = parseAsOf(options.asOf);
  const asOf = lookBack?.instant ?? null;
  // Rows that do not read back are passed over: one bad row must not hide every other case.
  const passedOver: UnreadableRow[] = [];
  const passOver = (row: UnreadableRow) => passedOver.push(row);
  await withEventSource(
    storeLocation(options, io),
    async (source) => {
      const resolved = await resolveInvoice(source, tenant.right, invoice, lookBack, io);
      const others = otherRowsPassedOver(passedOver, resolved.streamId, tenant.right);
      if (others !== null) io.err(others);
      const notice = idAlsoANumberNotice({
        argument: invoice,
        others: resolved.othersNumberedAsTheId,
        tenant: tenant.right,
        asOf,
        // The location as the source describes it: a password is masked, never echoed.
        store: source.description,
      });
      if (notice !== null) io.err(notice);
      const envelopes = decodedEnvelopes(io, resolved);
      const timeline = asOf === null ? invoiceTimeline(envelopes) : timelineAsOf(envelopes, asOf);
      if (timeline.entries.length === 0)
        throw InvoiceNotFound.withoutEvents(resolved.streamId, asOf);
      if (options.json === true) {
        io.out(
          JSON.stringify({
            tenantId: tenant.right,
            invoiceId: resolved.invoiceId,
            number: numberOf(envelopes),
            asOf,
            entries: timeline.entries,
          }),
        );
        return;
      }
      io.out(headerOf(resolved, tenant.right, asOf));
      for (const line of historyTable(timeline)) io.out(line);
    },
    { onUnreadableRow: passOver },
  );
};
