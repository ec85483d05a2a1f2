import { HoldReason } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/hold`. */
export const PutOnHoldBody = bodyCodec('PutOnHoldBody', { reason: HoldReason }, { note: t.string });
export type PutOnHoldBody = t.TypeOf<typeof PutOnHoldBody>;

/** Puts the invoice on hold (stories 3 and 6): no reminders go out until it is released. */
export class PutOnHoldCommand extends InvoiceWriteCommand<PutOnHoldBody> {}
