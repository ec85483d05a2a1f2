import { AppendResult } from './event-store.port';

/** What became of one append of a committed group: its result, or its own error. */
export type AppendOutcome =
  | { readonly _tag: 'Appended'; readonly result: AppendResult }
  | { readonly _tag: 'Refused'; readonly error: unknown };

/** An append queued for a store's group commit, with the promise it answers. */
export interface WaitingAppend<Append> {
  readonly append: Append;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Answers each append of a committed group with its own outcome, in order: its result, or
 * its own refusal; an append the group returned no outcome for is refused as lost.
 */
export const settleGroup = <Append>(
  group: readonly WaitingAppend<Append>[],
  outcomes: readonly AppendOutcome[],
): void => {
  group.forEach((waiting, index) => {
    const outcome = outcomes[index];
    if (outcome === undefined) waiting.reject(new Error('The group commit lost an append'));
    else if (outcome._tag === 'Appended') waiting.resolve(outcome.result);
    else waiting.reject(outcome.error);
  });
};
