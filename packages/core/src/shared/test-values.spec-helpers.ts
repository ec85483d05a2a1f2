import * as E from 'fp-ts/Either';
import { calendarDate, CalendarDate } from './calendar-date';
import {
  DebtorId,
  debtorId,
  EventId,
  eventId,
  InvoiceId,
  invoiceId,
  TenantId,
  tenantId,
} from './ids';
import { Instant, instant, instantAt } from './instant';
import { Money, money } from './money';
import { NonEmptyText, PaymentLink } from './text';

/** Test values are built through the smart constructors and codecs; a bad literal fails the test. */
export const valid = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`invalid test value: ${JSON.stringify(either.left)}`);
  return either.right;
};

export const day = (iso: string): CalendarDate => valid(calendarDate(iso));
export const instantOf = (iso: string): Instant => valid(instant(iso));
/** The instant a business date reaches `hour` o'clock in Amsterdam. */
export const onDay = (iso: string, hour: number): Instant => instantAt(day(iso), hour);
export const eur = (cents: number): Money => valid(money(cents, 'EUR'));
export const usd = (cents: number): Money => valid(money(cents, 'USD'));
export const text = (s: string): NonEmptyText => valid(NonEmptyText.decode(s));
export const link = (s: string): PaymentLink => valid(PaymentLink.decode(s));
export const tenant = (id: string): TenantId => valid(tenantId(id));
export const debtor = (id: string): DebtorId => valid(debtorId(id));
export const invoice = (id: string): InvoiceId => valid(invoiceId(id));
export const eventIdOf = (id: string): EventId => valid(eventId(id));
