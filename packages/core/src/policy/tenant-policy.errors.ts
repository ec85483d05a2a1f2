import { LadderError } from './reminder-ladder';

/**
 * Why a policy command was refused: a bad ladder, default term or promise grace, or a
 * command type the tenant stream does not know (from an untyped caller).
 */
export type PolicyError =
  | LadderError
  | { readonly _tag: 'InvalidDefaultPaymentTerm'; readonly defaultPaymentTermDays: number }
  | { readonly _tag: 'InvalidPromiseGraceDays'; readonly promiseGraceDays: number }
  | { readonly _tag: 'UnknownCommand'; readonly type: string };

export type PolicyErrorTag = PolicyError['_tag'];
