import { DueActionsState } from '@debiteur/core';
import * as E from 'fp-ts/Either';

/**
 * The shape version of the stored due-actions state. Raise it whenever `DueActionsState`
 * or the rules that fold it change: a stored state of another version is then dropped and
 * the read model rebuilt from the first event.
 */
// 4: debtors record `paidAfterDemand` (docs/adr/0022); 5: a stricter reliable-late-payer rule
// moves stored due days (docs/adr/0024); 6: a live promise records its days on hold
// (docs/adr/0028); 7: so does a live arrangement (docs/adr/0029); 8: a pressed payer's final
// notice comes sooner (docs/adr/0030).
export const DUE_ACTIONS_SCHEMA = 8;

interface StoredDueActions {
  readonly schema: number;
  readonly state: DueActionsState;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The read model's state as the projection store keeps it. Only the scheduler writes it,
 * so reading it back checks the envelope (schema version, a tenants record) and trusts the
 * rest: decoding 100,000 invoice states field by field would cost more than a rebuild saves.
 */
export const dueActionsStateCodec = {
  encode: (state: DueActionsState): StoredDueActions => ({ schema: DUE_ACTIONS_SCHEMA, state }),
  decode: (json: unknown): E.Either<string, DueActionsState> => {
    if (!isObject(json) || json['schema'] !== DUE_ACTIONS_SCHEMA) {
      return E.left(`not a due-actions state of schema ${DUE_ACTIONS_SCHEMA}`);
    }
    const state = json['state'];
    return isObject(state) && isObject(state['tenants'])
      ? E.right(state as unknown as DueActionsState)
      : E.left('the due-actions state has no tenants');
  },
};
