import { EventStore, RecordedEvent } from '@debiteur/eventstore';
import { DeliveryPort } from '../delivery-port';
import { renderReminder, renderReminderPdf } from '../render/render-reminder';
import { Language, ReminderDraft, UndeliverableReason } from '../reminder-message';
import { DeliveryClaims } from './delivery-claims';
import { addressFor } from './recipient';
import { loadReminderContext, ReminderContext, reminderSentIn } from './reminder-facts';
import { DeliveryLogger, UndeliverableEntry } from './reminder-delivery.types';

/** What became of one invoice event. */
export type Outcome =
  | { readonly _tag: 'Ignored' | 'Skipped' | 'Delivered' | 'AlreadyDelivered' }
  | { readonly _tag: 'Undeliverable'; readonly entry: UndeliverableEntry }
  | { readonly _tag: 'Busy'; readonly claimedBy: string; readonly until: string };

export interface ReminderHandlerDeps {
  readonly events: EventStore;
  readonly port: DeliveryPort;
  readonly claims: DeliveryClaims;
  readonly logger: DeliveryLogger;
  readonly languageFor: (tenantId: string) => Language;
  readonly senderFor: (tenantId: string) => string | null;
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

const draftOf = async (
  recorded: RecordedEvent,
  context: ReminderContext,
  deps: ReminderHandlerDeps,
): Promise<ReminderDraft> => {
  const language = deps.languageFor(context.tenantId);
  const options = { language, senderName: deps.senderFor(context.tenantId) };
  const rendered = renderReminder(context.facts, options);
  const pdf = await renderReminderPdf(context.facts, options);
  return {
    idempotencyKey: recorded.eventId,
    tenantId: context.tenantId,
    invoiceId: context.invoice.invoiceId,
    invoiceNumber: context.invoice.number,
    debtorId: context.invoice.debtorId,
    level: context.facts.level,
    kind: context.facts.kind,
    channel: context.channel,
    sentOn: context.facts.sentOn,
    occurredAt: recorded.metadata.occurredAt,
    language,
    ...rendered,
    pdf,
  };
};

/**
 * Handles one invoice event: a `ReminderSent` is loaded, addressed, rendered, claimed in its
 * delivery record and handed to the port (or set aside); anything else is ignored. A throw
 * means the reminder was not delivered: its claim is released for a retry.
 */
export const reminderHandler =
  (deps: ReminderHandlerDeps) =>
  async (recorded: RecordedEvent): Promise<Outcome> => {
    const reminder = reminderSentIn(recorded);
    if (reminder === null) return { _tag: 'Ignored' };
    const context = await loadReminderContext(deps.events, recorded, reminder);
    const addressing = addressFor(reminder.data.channel, context.debtor);
    if (addressing._tag === 'NoDocument') return { _tag: 'Skipped' };
    const draft = await draftOf(recorded, context, deps);

    const claim = await deps.claims.claim(recorded);
    if (claim._tag === 'Done') return { _tag: 'AlreadyDelivered' };
    if (claim._tag === 'Busy') return claim;

    type Handed =
      | { readonly _tag: 'SetAside'; readonly reason: UndeliverableReason }
      | { readonly _tag: 'Delivered' | 'AlreadyDelivered'; readonly reference: string };
    const hand = async (): Promise<Handed> => {
      const setAside = async (reason: UndeliverableReason): Promise<Handed> => {
        const debtorName = context.facts.debtor?.name ?? null;
        await deps.port.setAside?.({ ...draft, reason, debtorName });
        return { _tag: 'SetAside', reason };
      };
      if (addressing._tag === 'Undeliverable') return setAside(addressing.reason);
      const receipt = await deps.port.deliver({ ...draft, to: addressing.to });
      if (receipt.status === 'unsupported') return setAside('channel-unsupported');
      const tag = receipt.status === 'delivered' ? 'Delivered' : 'AlreadyDelivered';
      return { _tag: tag, reference: receipt.reference };
    };

    let handed: Handed;
    try {
      handed = await hand();
    } catch (error) {
      await deps.claims.release(recorded, messageOf(error)).catch(() => undefined);
      throw error;
    }
    if (handed._tag !== 'SetAside') {
      const status = handed._tag === 'Delivered' ? 'delivered' : 'already-delivered';
      await deps.claims.complete(recorded, {
        type: 'ReminderDelivered',
        status,
        reference: handed.reference,
      });
      return { _tag: handed._tag };
    }
    await deps.claims.complete(recorded, { type: 'ReminderSetAside', reason: handed.reason });
    const entry = {
      eventId: recorded.eventId,
      tenantId: context.tenantId,
      invoiceId: context.invoice.invoiceId,
      reason: handed.reason,
    };
    deps.logger.warn({ ...entry, streamId: recorded.streamId }, 'reminder set aside');
    return { _tag: 'Undeliverable', entry };
  };
