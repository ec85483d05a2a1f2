import { EventStore, ProjectionStore } from '@debiteur/eventstore';
import {
  describeEventStoreContract,
  describeProjectionStoreContract,
} from '@debiteur/eventstore/testing';
import { openSqliteEventStore } from './sqlite-event-store';
import { openSqliteProjectionStore } from './sqlite-projection-store';
import { TempFolder, tempFolder } from './testing/temp-folder';

/** Each test gets its own file, so the suite also sees an empty store where it needs one. */
const eachStoreOnItsOwnFile = <S extends EventStore | ProjectionStore>(
  open: (path: string) => S,
) => {
  const folders = new WeakMap<S, TempFolder>();
  return {
    create: async () => {
      const folder = tempFolder();
      const store = open(folder.path());
      folders.set(store, folder);
      return store;
    },
    cleanup: async (store: S) => {
      await store.close();
      folders.get(store)?.remove();
    },
  };
};

describeEventStoreContract(
  'SqliteEventStore',
  eachStoreOnItsOwnFile<EventStore>((path) => openSqliteEventStore({ path })),
);

describeProjectionStoreContract(
  'SqliteProjectionStore',
  eachStoreOnItsOwnFile<ProjectionStore>((path) => openSqliteProjectionStore({ path })),
);
