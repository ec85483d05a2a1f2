import { DebtorId, InvoiceId, ReminderChannel, ReminderKind, TenantId } from '@debiteur/core';

/** The languages reminders are written in; Dutch is the default of a deployment. */
export type Language = 'nl' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/** Where an e-mail reminder goes: the debtor's address, named after the contact person. */
export interface EmailRecipient {
  readonly kind: 'email';
  readonly address: string;
  readonly name: string;
}

/**
 * Who a letter is for. The debtor stream holds no postal address yet, so a letter carries
 * the name and the person it is for; whoever prints it adds the address from the client's books.
 */
export interface PostalRecipient {
  readonly kind: 'postal';
  readonly name: string;
  readonly attention: string | null;
}

export type Recipient = EmailRecipient | PostalRecipient;

/** The printable letter: an A4 PDF and the name to give its file or attachment. */
export interface ReminderPdf {
  /** E.g. `laatste-aanmaning-2026-0042.pdf`. */
  readonly fileName: string;
  readonly content: Buffer;
}

/** A rendered reminder without its addressee: what both delivered and undeliverable ones carry. */
export interface ReminderDraft {
  /** The id of the `ReminderSent` event: one reminder, however often delivery is retried. */
  readonly idempotencyKey: string;
  readonly tenantId: TenantId;
  readonly invoiceId: InvoiceId;
  readonly invoiceNumber: string;
  readonly debtorId: DebtorId;
  readonly level: number;
  readonly kind: ReminderKind;
  readonly channel: ReminderChannel;
  /** The business date the reminder was sent on (`ReminderSent.data.sentOn`). */
  readonly sentOn: string;
  /** When the reminder was decided (the event's `occurredAt`); the message's date. */
  readonly occurredAt: string;
  readonly language: Language;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The same letter as a PDF: attached to the e-mail, written beside a letter. */
  readonly pdf: ReminderPdf;
}

/** A reminder ready for a delivery port. */
export interface ReminderMessage extends ReminderDraft {
  readonly to: Recipient;
}

/**
 * Why a reminder cannot be delivered as it stands: the debtor has no e-mail address for an
 * e-mail reminder, the debtor is not registered, or the port cannot carry the channel.
 */
export type UndeliverableReason = 'no-email-address' | 'debtor-unknown' | 'channel-unsupported';

/** A reminder set aside for a person to handle, with the reason it could not go out. */
export interface UndeliverableReminder extends ReminderDraft {
  readonly reason: UndeliverableReason;
  readonly debtorName: string | null;
}
