import * as t from 'io-ts';

export interface NonEmptyTextBrand {
  readonly NonEmptyText: unique symbol;
}
export interface PaymentLinkBrand {
  readonly PaymentLink: unique symbol;
}

/** Text that holds at least one visible character, at most 2,000. */
export const NonEmptyText = t.brand(
  t.string,
  (s): s is t.Branded<string, NonEmptyTextBrand> => s.trim().length > 0 && s.length <= 2000,
  'NonEmptyText',
);
export type NonEmptyText = t.TypeOf<typeof NonEmptyText>;

/** An https (or http) link where the debtor pays, e.g. an iDEAL payment page. */
export const PaymentLink = t.brand(
  t.string,
  (s): s is t.Branded<string, PaymentLinkBrand> => /^https?:\/\/\S+$/.test(s) && s.length <= 2000,
  'PaymentLink',
);
export type PaymentLink = t.TypeOf<typeof PaymentLink>;
