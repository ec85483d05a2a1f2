import { NonEmptyText } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/write-off`: `{ reason }`, why the rest will not be collected. */
export const WriteOffBody = bodyCodec('WriteOffBody', { reason: NonEmptyText }, {});
export type WriteOffBody = t.TypeOf<typeof WriteOffBody>;

/** Writes off what the invoice still owes; the reason is kept on the event. */
export class WriteOffCommand extends InvoiceWriteCommand<WriteOffBody> {}
