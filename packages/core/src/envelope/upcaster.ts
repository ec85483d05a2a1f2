import * as E from 'fp-ts/Either';
import { DecodeProblem } from '../shared/decode-errors';

/**
 * Turns the data of one schema version into the data of the next. Pure and total: data the
 * version did not allow is answered with its problems (paths relative to the data), never
 * thrown on.
 */
export type Upcaster = (data: unknown) => E.Either<readonly DecodeProblem[], unknown>;

/**
 * The schema history of one event type: its current version and, under each older version
 * `n`, the upcaster from `n` to `n + 1`.
 */
export interface SchemaHistory {
  readonly current: number;
  readonly upcasters: Readonly<Partial<Record<number, Upcaster>>>;
}
