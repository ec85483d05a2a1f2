import type { SendMailOptions } from 'nodemailer';
import { EmailRecipient, ReminderMessage } from '../reminder-message';

/** The domain of a sender address (`Team <noreply@acme.nl>` → `acme.nl`). */
const domainOf = (from: string): string => {
  const match = /@([^\s<>@]+?)>?\s*$/.exec(from);
  return match?.[1] ?? 'debiteur.invalid';
};

/**
 * The Message-ID of a reminder, made from its idempotency key (the `ReminderSent` event id):
 * the same reminder always carries the same id, so a receiver (or an operator) can tell a
 * retried delivery from a new reminder. Characters a Message-ID may not hold are encoded.
 */
export const messageIdFor = (idempotencyKey: string, from: string): string => {
  const left = Array.from(new TextEncoder().encode(idempotencyKey))
    .map((byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9_-]/.test(c) ? c : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
  return `<reminder.${left}@${domainOf(from)}>`;
};

/** The e-mail of a reminder, as nodemailer takes it: text, HTML and the letter as a PDF attachment. */
export const mailOptionsFor = (
  message: ReminderMessage & { readonly to: EmailRecipient },
  from: string,
): SendMailOptions => ({
  from,
  to: { name: message.to.name, address: message.to.address },
  subject: message.subject,
  text: message.text,
  html: message.html,
  attachments: [
    {
      filename: message.pdf.fileName,
      content: message.pdf.content,
      contentType: 'application/pdf',
    },
  ],
  messageId: messageIdFor(message.idempotencyKey, from),
  date: new Date(message.occurredAt),
  headers: {
    'X-Debiteur-Reminder': message.idempotencyKey,
    'X-Debiteur-Tenant': message.tenantId,
    'X-Debiteur-Invoice': message.invoiceId,
  },
});
