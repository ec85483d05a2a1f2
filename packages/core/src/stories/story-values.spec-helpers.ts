import * as E from 'fp-ts/Either';
import {
  CalendarDate,
  calendarDate,
  DebtorId,
  debtorId,
  Installment,
  Instant,
  instant,
  instantAt,
  InvoiceId,
  invoiceId,
  Money,
  money,
  NonEmptyText,
  PaymentLink,
  TenantId,
  tenantId,
} from '../index';

/** Story values are built through the smart constructors; a bad literal fails the story. */
export const valid = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`invalid story value: ${JSON.stringify(either.left)}`);
  return either.right;
};

export const day = (iso: string): CalendarDate => valid(calendarDate(iso));
export const moment = (iso: string): Instant => valid(instant(iso));
/** The instant a business date reaches `hour` o'clock in Amsterdam. */
export const onDay = (iso: string, hour: number): Instant => instantAt(day(iso), hour);
export const eur = (cents: number): Money => valid(money(cents, 'EUR'));
export const text = (s: string): NonEmptyText => valid(NonEmptyText.decode(s));
export const link = (s: string): PaymentLink => valid(PaymentLink.decode(s));
export const tenant = (id: string): TenantId => valid(tenantId(id));
export const debtor = (id: string): DebtorId => valid(debtorId(id));
export const invoice = (id: string): InvoiceId => valid(invoiceId(id));
export const installment = (dueDate: string, cents: number): Installment => ({
  dueDate: day(dueDate),
  amount: eur(cents),
});

/** The rejection's `_tag`, or `accepted`: what a story asserts about a command's outcome. */
export const outcomeOf = (decision: E.Either<{ readonly _tag: string }, unknown>): string =>
  E.isLeft(decision) ? decision.left._tag : 'accepted';

/** The events an accepted command recorded; a rejection fails the story with its tag. */
export const accepted = <Ev>(decision: E.Either<{ readonly _tag: string }, readonly Ev[]>) => {
  if (E.isLeft(decision)) throw new Error(`command rejected with ${decision.left._tag}`);
  return decision.right;
};
