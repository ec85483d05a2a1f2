import { Clock, SagaControl, Stores, TestClock } from '@debiteur/application';
import type { Logger } from 'pino';

/** What the API is built from; the CLI's `serve` and the tests hand these in. */
export interface ApiOptions {
  readonly stores: Stores;
  /** Stamps every command's `now`. */
  readonly clock: Clock;
  /** When given, `GET/PUT /test/clock` exist (else those routes answer 404). */
  readonly testClock?: TestClock;
  /** The in-process saga: `PUT /test/clock` answers after its pass; `/health` shows its status. */
  readonly saga?: SagaControl;
  /** Default: pino to stdout. */
  readonly logger?: Logger;
}

/** The DI token of the resolved options (with the logger filled in). */
export const API_OPTIONS = Symbol('ApiOptions');

export interface ResolvedApiOptions extends ApiOptions {
  readonly logger: Logger;
}
