import {
  addDays,
  CalendarDate,
  DebtorState,
  debtorDecider,
  debtorEventCodec,
  debtorStreamId,
  fourteenDayLetterDeadline,
  interestStartDate,
  InvoiceEventOf,
  InvoiceState,
  invoiceDecider,
  invoiceEventCodec,
  IssuedInvoice,
  ReminderChannel,
  statutoryCollectionCosts,
  statutoryInterest,
  TenantId,
  tenantId as toTenantId,
} from '@debiteur/core';
import { decodedOrThrow, EventStore, loadState, RecordedEvent } from '@debiteur/eventstore';
import { InterestFacts, ReminderFacts } from '../render/reminder-letter';

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

/**
 * Statutory interest on the principal outstanding, for the days up to and including the
 * letter's date, when a demand or final notice goes out: the commercial rate from the day
 * after the due date (BW 6:119a), for a consumer the statutory rate from the same day (the
 * due date taken as a fatal term, BW 6:83 sub a, as the hand-over reckons it). Null for a
 * friendly reminder and when nothing has accrued.
 */
const interestFor = (
  reminder: ReminderSent,
  invoice: IssuedInvoice,
  debtor: DebtorState,
): InterestFacts | null => {
  if (reminder.data.kind === 'reminder' || debtor.status !== 'registered') return null;
  const rate = debtor.kind === 'consumer' ? 'consumer' : 'commercial';
  const from = interestStartDate(
    rate === 'commercial'
      ? { kind: rate, dueDate: invoice.dueDate }
      : { kind: rate, dueDate: invoice.dueDate, fatalTerm: true, noticeOfDefaultDeadline: null },
  );
  if (from === null) return null;
  const until: CalendarDate = reminder.data.sentOn;
  const { total } = statutoryInterest({
    principal: invoice.outstanding,
    kind: rate,
    from,
    until: addDays(until, 1),
  });
  return total.amount > 0 ? { amount: total, until, rate } : null;
};

/**
 * What a final notice (the 14-day letter) states: the costs and deadline its event
 * recorded. Events from before these were recorded get what the letter said then: the
 * statutory costs for a consumer, and the deadline the law gives from the day it was sent.
 */
const finalNoticeTerms = (
  reminder: ReminderSent,
  invoice: IssuedInvoice,
  debtor: DebtorState,
): Pick<ReminderFacts, 'collectionCosts' | 'deadline'> => {
  if (reminder.data.kind !== 'final-notice') return { collectionCosts: null, deadline: null };
  const consumer = debtor.status === 'registered' && debtor.kind === 'consumer';
  return {
    collectionCosts:
      reminder.data.statedCosts ??
      (consumer ? statutoryCollectionCosts(invoice.outstanding) : null),
    deadline: reminder.data.deadline ?? fourteenDayLetterDeadline(reminder.data.sentOn).deadline,
  };
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
    ...finalNoticeTerms(reminder, invoice, debtor),
    interest: interestFor(reminder, invoice, debtor),
  };
  return { tenantId, channel: reminder.data.channel, invoice, debtor, facts };
};
