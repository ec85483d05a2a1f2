import {
  DebtorState,
  debtorDecider,
  debtorEventCodec,
  debtorStreamId,
  InvoiceEventOf,
  InvoiceState,
  invoiceDecider,
  invoiceEventCodec,
  IssuedInvoice,
  ReminderChannel,
  TenantId,
  tenantId as toTenantId,
} from '@debiteur/core';
import { decodedOrThrow, EventStore, loadState, RecordedEvent } from '@debiteur/eventstore';
import { ReminderFacts } from '../render/reminder-letter';

type ReminderSent = InvoiceEventOf<'ReminderSent'>;

/** The `ReminderSent` event a recorded invoice event holds, or null for any other event. */
export const reminderSentIn = (recorded: RecordedEvent): ReminderSent | null => {
  if (recorded.type !== 'ReminderSent') return null;
  const event = decodedOrThrow(recorded, invoiceEventCodec.decode(recorded));
  return event.type === 'ReminderSent' ? event : null;
};

/** The invoice as its stream stood at `version` (the whole stream is `loadState`'s job). */
const invoiceAt = async (
  events: EventStore,
  streamId: string,
  version: number,
): Promise<InvoiceState> => {
  let state = invoiceDecider.initialState;
  for (const recorded of await events.readStream(streamId, { to: version })) {
    state = invoiceDecider.evolve(
      state,
      decodedOrThrow(recorded, invoiceEventCodec.decode(recorded)),
    );
  }
  return state;
};

/** What delivery knows of one reminder: the invoice as it stood then, the debtor as now. */
export interface ReminderContext {
  readonly tenantId: TenantId;
  readonly channel: ReminderChannel;
  readonly invoice: IssuedInvoice;
  readonly debtor: DebtorState;
  readonly facts: ReminderFacts;
}

/**
 * Loads what a reminder letter needs. The invoice is folded up to the reminder's own event,
 * so a letter delivered late still shows the amounts it was sent with; the debtor is read
 * as it is now, so a corrected e-mail address or contact person is used.
 */
export const loadReminderContext = async (
  events: EventStore,
  recorded: RecordedEvent,
  reminder: ReminderSent,
): Promise<ReminderContext> => {
  const invoice = await invoiceAt(events, recorded.streamId, recorded.streamVersion);
  if (invoice.status === 'unissued') {
    throw new Error(`Reminder ${recorded.eventId} belongs to ${recorded.streamId}, never issued`);
  }
  const tenantId = decodedOrThrow(recorded, toTenantId(recorded.metadata.tenantId));
  const { state: debtor } = await loadState(
    events,
    debtorStreamId(tenantId, invoice.debtorId),
    debtorDecider,
    debtorEventCodec,
  );
  const facts: ReminderFacts = {
    kind: reminder.data.kind,
    level: reminder.data.level,
    sentOn: reminder.data.sentOn,
    invoice: {
      number: invoice.number,
      description: invoice.description,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amount: invoice.amount,
      outstanding: invoice.outstanding,
      paymentLink: invoice.paymentLink,
    },
    debtor:
      debtor.status === 'registered'
        ? { name: debtor.name, kind: debtor.kind, contactPerson: debtor.contactPerson }
        : null,
  };
  return { tenantId, channel: reminder.data.channel, invoice, debtor, facts };
};
