import {
  evolveInvoice,
  initialInvoiceState,
  invoiceEventCodec,
  InvoiceState,
} from '@debiteur/core';
import { EventDecodeFailed, EventStore } from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';

/** An invoice as its stream stands now: what the scheduler decides on. */
export interface LoadedInvoice {
  readonly state: InvoiceState;
  /** The stream's version: the command runs only against exactly this version. */
  readonly version: number;
  /** The id of the newest event: the cause of the scheduler's command. */
  readonly lastEventId: string | null;
}

/** Folds an invoice's stream with its decider's `evolve`; an undecodable event is a data fault. */
export const loadInvoice = async (events: EventStore, streamId: string): Promise<LoadedInvoice> => {
  let state = initialInvoiceState;
  let version = 0;
  let lastEventId: string | null = null;
  for (const recorded of await events.readStream(streamId)) {
    const decoded = invoiceEventCodec.decode(recorded);
    if (E.isLeft(decoded)) {
      throw new EventDecodeFailed(streamId, recorded.streamVersion, recorded.type, decoded.left);
    }
    state = evolveInvoice(state, decoded.right);
    version = recorded.streamVersion;
    lastEventId = recorded.eventId;
  }
  return { state, version, lastEventId };
};
