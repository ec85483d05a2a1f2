import { ContactChannel, ContactOutcome } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/contacts`. */
export const LogContactBody = bodyCodec(
  'LogContactBody',
  { channel: ContactChannel, outcome: ContactOutcome },
  { note: t.string },
);
export type LogContactBody = t.TypeOf<typeof LogContactBody>;

/** Logs a call or e-mail with the debtor and its outcome. */
export class LogContactCommand extends InvoiceWriteCommand<LogContactBody> {}
