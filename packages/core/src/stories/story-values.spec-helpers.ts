import * as E from 'fp-ts/Either';

/** Story values are built through the smart constructors; a bad literal fails the story. */
export {
  day,
  debtor,
  eur,
  instantOf as moment,
  invoice,
  link,
  onDay,
  tenant,
  text,
  valid,
} from '../shared/test-values.spec-helpers';
export { installment } from '../invoice/invoice-events.spec-helpers';

/** The rejection's `_tag`, or `accepted`: what a story asserts about a command's outcome. */
export const outcomeOf = (decision: E.Either<{ readonly _tag: string }, unknown>): string =>
  E.isLeft(decision) ? decision.left._tag : 'accepted';

/** The events an accepted command recorded; a rejection fails the story with its tag. */
export const accepted = <Ev>(decision: E.Either<{ readonly _tag: string }, readonly Ev[]>) => {
  if (E.isLeft(decision)) throw new Error(`command rejected with ${decision.left._tag}`);
  return decision.right;
};
