import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/release`. */
export const ReleaseHoldBody = bodyCodec('ReleaseHoldBody', {}, { note: t.string });
export type ReleaseHoldBody = t.TypeOf<typeof ReleaseHoldBody>;

/** Releases the hold; the reminder workflow resumes where it was. */
export class ReleaseHoldCommand extends InvoiceWriteCommand<ReleaseHoldBody> {}
