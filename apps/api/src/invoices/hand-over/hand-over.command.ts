import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/**
 * `POST /invoices/:id/hand-over`: `{ agency?, costs? }`. `costs` is `statutory` (default:
 * the staffel; for a consumer only after a valid 14-day letter whose deadline has passed)
 * or `none`.
 */
export const HandOverBody = bodyCodec(
  'HandOverBody',
  {},
  { agency: t.string, costs: t.keyof({ statutory: null, none: null }, 'CollectionCosts') },
);
export type HandOverBody = t.TypeOf<typeof HandOverBody>;

/** Hands the invoice to a collection agency with costs and statutory interest. */
export class HandOverCommand extends InvoiceWriteCommand<HandOverBody> {}
