import {
  describeEventStoreContract,
  describeProjectionStoreContract,
} from '@debiteur/eventstore/testing';
import { openSqliteEventStore } from './sqlite-event-store';
import { openSqliteProjectionStore } from './sqlite-projection-store';
import { TempFolder, tempFolder } from './testing/temp-folder';

// Each test gets its own file, so the suite also sees an empty store where it needs one.
const folders = new WeakMap<object, TempFolder>();

describeEventStoreContract('SqliteEventStore', {
  create: async () => {
    const folder = tempFolder();
    const store = openSqliteEventStore({ path: folder.path() });
    folders.set(store, folder);
    return store;
  },
  cleanup: async (store) => {
    await store.close();
    folders.get(store)?.remove();
  },
});

describeProjectionStoreContract('SqliteProjectionStore', {
  create: async () => {
    const folder = tempFolder();
    const store = openSqliteProjectionStore({ path: folder.path() });
    folders.set(store, folder);
    return store;
  },
  cleanup: async (store) => {
    await store.close();
    folders.get(store)?.remove();
  },
});
