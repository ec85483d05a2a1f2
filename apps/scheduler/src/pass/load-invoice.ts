import { invoiceDecider, invoiceEventCodec, InvoiceState } from '@debiteur/core';
import { EventStore, loadState } from '@debiteur/eventstore';

/** An invoice as its stream stands now: what the scheduler decides on. */
export interface LoadedInvoice {
  readonly state: InvoiceState;
  /** The stream's version: the command runs only against exactly this version. */
  readonly version: number;
  /** The id of the newest event: the cause of the scheduler's command. */
  readonly lastEventId: string | null;
}

/** Folds an invoice's stream with its decider's `evolve`; an undecodable event is a data fault. */
export const loadInvoice = (events: EventStore, streamId: string): Promise<LoadedInvoice> =>
  loadState(events, streamId, invoiceDecider, invoiceEventCodec);
