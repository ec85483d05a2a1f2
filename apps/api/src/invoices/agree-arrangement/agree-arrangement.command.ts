import { Installment } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/arrangements`. */
export const AgreeArrangementBody = bodyCodec(
  'AgreeArrangementBody',
  { installments: t.readonlyArray(Installment) },
  {},
);
export type AgreeArrangementBody = t.TypeOf<typeof AgreeArrangementBody>;

/** Agrees an installment plan (story 9): regular reminders stop, installments are tracked. */
export class AgreeArrangementCommand extends InvoiceWriteCommand<AgreeArrangementBody> {}
