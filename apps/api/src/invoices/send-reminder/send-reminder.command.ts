import { CalendarDate, Money, ReminderChannel } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/**
 * `POST /invoices/:id/reminders`: `{ level }`, optionally another `channel` than the
 * ladder's. For a final notice, `statedCosts` and `deadline` record what a collector's own
 * letter states; left out, the statutory costs and the correct 14-day deadline are recorded.
 */
export const SendReminderBody = bodyCodec(
  'SendReminderBody',
  { level: t.Int },
  { channel: ReminderChannel, statedCosts: Money, deadline: CalendarDate },
);
export type SendReminderBody = t.TypeOf<typeof SendReminderBody>;

/**
 * Sends a reminder by hand: the rung `level` of the ladder that applies to the invoice's
 * debtor (the tenant's, moved by the debtor's reminder offset) gives its kind and channel.
 */
export class SendReminderCommand extends InvoiceWriteCommand<SendReminderBody> {}
