import { ExpectedVersionConflict, EventIdReused } from '../../errors';
import { EventStore } from '../../event-store.port';

/** What each part of the contract suite gets: the store under test in the current test. */
export interface ContractContext {
  readonly store: () => EventStore;
}

const rejectionOf = (attempt: Promise<unknown>): Promise<unknown> =>
  attempt.then(
    () => undefined,
    (error: unknown) => error,
  );

/** Asserts the attempt fails with ExpectedVersionConflict reporting `actual`. */
export const expectConflict = async (attempt: Promise<unknown>, actual: number): Promise<void> => {
  const error = await rejectionOf(attempt);
  expect(error).toBeInstanceOf(ExpectedVersionConflict);
  expect(error).toMatchObject({ actual });
};

/** Asserts the attempt fails with EventIdReused. */
export const expectEventIdReused = async (attempt: Promise<unknown>): Promise<void> => {
  expect(await rejectionOf(attempt)).toBeInstanceOf(EventIdReused);
};

/** Starts every task at once and resolves with each outcome, like Promise.allSettled. */
export const race = <T>(tasks: readonly (() => Promise<T>)[]): Promise<PromiseSettledResult<T>[]> =>
  Promise.allSettled(tasks.map((task) => task()));
