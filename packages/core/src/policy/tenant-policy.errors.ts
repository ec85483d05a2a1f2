import { LadderError } from './reminder-ladder';

/** Why a reminder policy was refused: a bad ladder, default term or promise grace. */
export type PolicyError =
  | LadderError
  | { readonly _tag: 'InvalidDefaultPaymentTerm'; readonly defaultPaymentTermDays: number }
  | { readonly _tag: 'InvalidPromiseGraceDays'; readonly promiseGraceDays: number };

export type PolicyErrorTag = PolicyError['_tag'];
