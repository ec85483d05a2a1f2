import { openStores } from '@debiteur/application';
import { EventToAppend } from '@debiteur/eventstore';

/** Appends one event to a store's stream at `expectedVersion`, as another writer would. */
export const appendOneEvent = async (
  location: string,
  streamId: string,
  event: EventToAppend,
  expectedVersion: number,
): Promise<void> => {
  const stores = await openStores(location);
  try {
    await stores.events.appendToStream(streamId, [event], { expectedVersion });
  } finally {
    await stores.close();
  }
};
