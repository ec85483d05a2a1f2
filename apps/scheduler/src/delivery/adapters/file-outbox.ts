import { createTransport } from 'nodemailer';
import { access } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DeliveryPort, DeliveryReceipt } from '../delivery-port';
import {
  EmailRecipient,
  ReminderDraft,
  ReminderMessage,
  UndeliverableReminder,
} from '../reminder-message';
import { mailOptionsFor } from './mail-options';
import { fileNameOf, writeFileOnce } from './write-once';

/** Where the outbox is unless configured: next to the default SQLite file. */
export const DEFAULT_OUTBOX_FOLDER = './data/outbox';
const DEFAULT_FROM = 'Debiteur <debiteur@localhost>';

export interface FileOutboxOptions {
  /** Default `./data/outbox`. */
  readonly folder?: string;
  /** The sender written into the `.eml` files. */
  readonly from?: string;
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A draft for its JSON record: the PDF is named by the file beside it, not inlined. */
const recordOf = <D extends ReminderDraft>(draft: D, pdfPath: string) => ({
  ...draft,
  pdf: { fileName: draft.pdf.fileName, file: basename(pdfPath) },
});

/** The `.html` and `.pdf` beside a reminder's main file, written before it. */
const writeDocuments = async (draft: ReminderDraft, mainPath: string): Promise<string> => {
  const stem = mainPath.replace(/\.[a-z]+$/, '');
  await writeFileOnce(`${stem}.html`, draft.html);
  await writeFileOnce(`${stem}.pdf`, draft.pdf.content);
  return `${stem}.pdf`;
};

/**
 * The default delivery port: a folder another system (or a person) picks reminders up from.
 * Every reminder gets `<folder>/<tenant>/<eventId>.html` and `<eventId>.pdf` (the letter to
 * look at or print); then an e-mail becomes `<eventId>.eml` (with the PDF attached), ready to
 * send or open in a mail client, and a letter `<eventId>.json` with the addressee. That file
 * is written last and marks the reminder delivered. Files are written atomically and never
 * overwritten, so a reminder delivered twice is one set of files: the second delivery
 * answers `already-delivered`. Reminders nobody can deliver go to
 * `<folder>/undeliverable/<tenant>/<eventId>.json`, with `.html` and `.pdf` beside it.
 */
export class FileOutbox implements DeliveryPort {
  readonly folder: string;
  readonly description: string;
  private readonly from: string;
  private readonly composer = createTransport({ streamTransport: true, buffer: true });

  constructor(options: FileOutboxOptions = {}) {
    this.folder = resolve(options.folder ?? DEFAULT_OUTBOX_FOLDER);
    this.from = options.from ?? DEFAULT_FROM;
    this.description = `outbox:${options.folder ?? DEFAULT_OUTBOX_FOLDER}`;
  }

  /** The file a reminder's e-mail or letter record is written to. */
  pathOf(message: Pick<ReminderMessage, 'tenantId' | 'idempotencyKey' | 'to'>): string {
    const extension = message.to.kind === 'email' ? 'eml' : 'json';
    return join(
      this.folder,
      fileNameOf(message.tenantId),
      `${fileNameOf(message.idempotencyKey)}.${extension}`,
    );
  }

  async deliver(message: ReminderMessage): Promise<DeliveryReceipt> {
    const path = this.pathOf(message);
    const written =
      message.to.kind === 'email'
        ? await this.writeEmail({ ...message, to: message.to }, path)
        : await this.writeLetter(message, path);
    return {
      status: written === 'written' ? 'delivered' : 'already-delivered',
      idempotencyKey: message.idempotencyKey,
      reference: path,
    };
  }

  async setAside(reminder: UndeliverableReminder): Promise<void> {
    const path = join(
      this.folder,
      'undeliverable',
      fileNameOf(reminder.tenantId),
      `${fileNameOf(reminder.idempotencyKey)}.json`,
    );
    const pdfPath = await writeDocuments(reminder, path);
    await writeFileOnce(path, json(recordOf(reminder, pdfPath)));
  }

  async close(): Promise<void> {
    this.composer.close();
  }

  private async writeEmail(
    message: ReminderMessage & { readonly to: EmailRecipient },
    path: string,
  ): Promise<'written' | 'exists'> {
    if (await exists(path)) return 'exists';
    await writeDocuments(message, path);
    const info = await this.composer.sendMail(mailOptionsFor(message, this.from));
    return writeFileOnce(path, info.message as Buffer);
  }

  private async writeLetter(message: ReminderMessage, path: string): Promise<'written' | 'exists'> {
    const pdfPath = await writeDocuments(message, path);
    return writeFileOnce(path, json(recordOf(message, pdfPath)));
  }
}
