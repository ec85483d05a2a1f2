import { EventStore } from '../event-store.port';
import { appendAndReadContract } from './event-store-contract/append-and-read.contract';
import { concurrencyContract } from './event-store-contract/concurrency.contract';
import { ContractContext } from './event-store-contract/contract-context';
import { expectedVersionContract } from './event-store-contract/expected-version.contract';
import { idempotencyContract } from './event-store-contract/idempotency.contract';
import { readAllContract } from './event-store-contract/read-all.contract';
import { readStreamContract } from './event-store-contract/read-stream.contract';

export interface EventStoreContractOptions {
  /** A store over an EMPTY database; called before every test. */
  readonly create: () => Promise<EventStore>;
  /**
   * Called after every test instead of `store.close()`: close the store and drop what
   * `create` made. Without it the suite just closes the store.
   */
  readonly cleanup?: (store: EventStore) => Promise<void>;
}

/**
 * The behaviour every event store adapter must show, as Jest `describe`/`it` blocks.
 * Call it at the top level of an adapter's spec file. Tests use fresh tenant and stream
 * ids, so only `headPosition` of an empty store needs `create` to start empty.
 */
export const describeEventStoreContract = (
  name: string,
  options: EventStoreContractOptions,
): void => {
  describe(`${name} (event store contract)`, () => {
    let current: EventStore | null = null;
    const context: ContractContext = {
      store: () => {
        if (current === null)
          throw new Error('The contract suite uses the store only inside a test');
        return current;
      },
    };

    beforeEach(async () => {
      current = await options.create();
    });

    afterEach(async () => {
      const store = current;
      current = null;
      if (store === null) return;
      await (options.cleanup ? options.cleanup(store) : store.close());
    });

    appendAndReadContract(context);
    expectedVersionContract(context);
    idempotencyContract(context);
    readStreamContract(context);
    readAllContract(context);
    concurrencyContract(context);
  });
};
