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
import {
  EventDecodeFailed,
  EventStore,
  RecordedEvent,
  ReadStreamOptions,
} from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';
import { ReminderFacts } from '../render/reminder-letter';

type ReminderSent = InvoiceEventOf<'ReminderSent'>;

const decodeOrThrow = <Ev>(
  decode: (recorded: RecordedEvent) => E.Either<unknown, Ev>,
  recorded: RecordedEvent,
): Ev => {
  const decoded = decode(recorded);
  if (E.isLeft(decoded)) {
    throw new EventDecodeFailed(
      recorded.streamId,
      recorded.streamVersion,
      recorded.type,
      decoded.left,
    );
  }
  return decoded.right;
};

/** The `ReminderSent` event a recorded invoice event holds, or null for any other event. */
export const reminderSentIn = (recorded: RecordedEvent): ReminderSent | null => {
  if (recorded.type !== 'ReminderSent') return null;
  const event = decodeOrThrow(invoiceEventCodec.decode, recorded);
  return event.type === 'ReminderSent' ? event : null;
};

const fold = async <Ev, S>(
  events: EventStore,
  streamId: string,
  options: ReadStreamOptions,
  decider: { readonly initialState: S; readonly evolve: (state: S, event: Ev) => S },
  decode: (recorded: RecordedEvent) => E.Either<unknown, Ev>,
): Promise<S> => {
  let state = decider.initialState;
  for (const recorded of await events.readStream(streamId, options)) {
    state = decider.evolve(state, decodeOrThrow(decode, recorded));
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
  const invoice: InvoiceState = await fold(
    events,
    recorded.streamId,
    { to: recorded.streamVersion },
    invoiceDecider,
    invoiceEventCodec.decode,
  );
  if (invoice.status === 'unissued') {
    throw new Error(`Reminder ${recorded.eventId} belongs to ${recorded.streamId}, never issued`);
  }
  const tenantId = toTenantId(recorded.metadata.tenantId);
  if (E.isLeft(tenantId)) {
    throw new EventDecodeFailed(
      recorded.streamId,
      recorded.streamVersion,
      recorded.type,
      tenantId.left,
    );
  }
  const debtor: DebtorState = await fold(
    events,
    debtorStreamId(tenantId.right, invoice.debtorId),
    {},
    debtorDecider,
    debtorEventCodec.decode,
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
  return { tenantId: tenantId.right, channel: reminder.data.channel, invoice, debtor, facts };
};
