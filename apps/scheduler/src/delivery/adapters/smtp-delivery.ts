import { createTransport, Transporter } from 'nodemailer';
import { DeliveryPort, DeliveryReceipt } from '../delivery-port';
import { ReminderMessage } from '../reminder-message';
import { mailOptionsFor } from './mail-options';

export interface SmtpDeliveryOptions {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when offered. */
  readonly secure?: boolean;
  /** Refuse to send unless the server upgrades to TLS with STARTTLS. */
  readonly requireTLS?: boolean;
  readonly auth?: { readonly user: string; readonly pass: string };
  /** The sender, e.g. `Debiteur <reminders@example.nl>`; its domain names the Message-IDs. */
  readonly from: string;
  /** Give up on a server that does not answer within this many ms (default 30 s). */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Sends e-mail reminders over SMTP with nodemailer. Every message carries a Message-ID made
 * from the reminder's event id, so a reminder sent again after a crash is recognisably the
 * same message. A letter (channel `post`) cannot go by SMTP: it answers `unsupported`, and
 * delivery sets it aside; route letters to a FileOutbox with `routeByChannel`. A send that
 * fails throws, so the reminder stays after the checkpoint and is tried again.
 */
export class SmtpDelivery implements DeliveryPort {
  readonly description: string;
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpDeliveryOptions) {
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.transport = createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure ?? false,
      requireTLS: options.requireTLS ?? false,
      ...(options.auth === undefined ? {} : { auth: { ...options.auth } }),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout * 2,
    });
    const user = options.auth === undefined ? '' : `${options.auth.user}:***@`;
    this.description = `${options.secure ? 'smtps' : 'smtp'}://${user}${options.host}:${options.port}`;
  }

  async deliver(message: ReminderMessage): Promise<DeliveryReceipt> {
    if (message.to.kind !== 'email') {
      return {
        status: 'unsupported',
        idempotencyKey: message.idempotencyKey,
        reason: 'SMTP carries e-mail, not letters',
      };
    }
    const mail = mailOptionsFor({ ...message, to: message.to }, this.options.from);
    const info = await this.transport.sendMail(mail);
    return {
      status: 'delivered',
      idempotencyKey: message.idempotencyKey,
      reference: String(info.messageId ?? mail.messageId),
    };
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
