import { ReminderMessage, UndeliverableReminder } from './reminder-message';

/**
 * What a port answers for one message: `delivered` (handed over now), `already-delivered`
 * (the port recognised the idempotency key and did nothing), or `unsupported` (the port
 * cannot carry this channel, e.g. a letter over SMTP; the reminder is set aside instead).
 */
export type DeliveryReceipt =
  | {
      readonly status: 'delivered' | 'already-delivered';
      readonly idempotencyKey: string;
      /** Where it went: a file path, or the SMTP Message-ID. */
      readonly reference: string;
    }
  | { readonly status: 'unsupported'; readonly idempotencyKey: string; readonly reason: string };

/**
 * Hands rendered reminders to the outside world. `deliver` may be called more than once for
 * one reminder (delivery is at least once): a port either recognises the idempotency key
 * or marks the message so the receiver can (the SMTP Message-ID). A throw means "not
 * delivered, try again later".
 */
export interface DeliveryPort {
  /** Where messages go, without secrets, for logs and `/health`. */
  readonly description?: string;
  deliver(message: ReminderMessage): Promise<DeliveryReceipt>;
  /** Keeps a reminder that cannot be delivered where a person will find it; optional. */
  setAside?(reminder: UndeliverableReminder): Promise<void>;
  /** Releases connections; optional. */
  close?(): Promise<void>;
}
