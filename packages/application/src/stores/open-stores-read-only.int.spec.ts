import { collect, makeEvent } from '@debiteur/eventstore/testing';
import { createReadOnlyRole, usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { existsSync, readFileSync } from 'node:fs';
import { openStores } from './open-stores';

jest.setTimeout(60_000);

const server = usePostgresTestServer();

const appendTwo = async (location: string): Promise<void> => {
  const stores = await openStores(location);
  try {
    await stores.events.appendToStream('invoice:acme:1', [makeEvent(), makeEvent()], {
      expectedVersion: 'no-stream',
    });
  } finally {
    await stores.close();
  }
};

describe('Opening the stores of a location to read only', () => {
  const folder = useTempFolder('open-stores-read-only', { per: 'test' });

  it('reads a SQLite file and leaves its bytes as they were', async () => {
    const path = folder.path('debiteur.db');
    await appendTwo(`sqlite:${path}`);
    const bytes = readFileSync(path);

    const stores = await openStores(`sqlite:${path}`, { readOnly: true });
    try {
      expect((await collect(stores.events.readAll())).length).toBe(2);
      expect(await stores.events.countAll()).toBe(2);
      await expect(
        stores.events.appendToStream('invoice:acme:2', [makeEvent()], {
          expectedVersion: 'no-stream',
        }),
      ).rejects.toMatchObject({ cause: expect.objectContaining({ code: 'SQLITE_READONLY' }) });
    } finally {
      await stores.close();
    }
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('creates neither a SQLite file nor its folder', async () => {
    const path = folder.path('nested', 'debiteur.db');

    await expect(openStores(`sqlite:${path}`, { readOnly: true })).rejects.toMatchObject({
      name: 'StoreUnavailable',
    });
    expect(existsSync(folder.path('nested'))).toBe(false);
  });

  it('opens PostgreSQL with a role that may only SELECT, where opening to write fails', async () => {
    const owner = await server().createDatabase();
    await appendTwo(owner);
    const role = await createReadOnlyRole(owner);
    try {
      await expect(openStores(role.connectionString)).rejects.toMatchObject({ code: '42501' });
      const stores = await openStores(role.connectionString, { readOnly: true });
      try {
        expect(await stores.events.countAll()).toBe(2);
        expect(await stores.events.streamVersion('invoice:acme:1')).toBe(2);
        expect(stores.kind).toBe('postgres');
      } finally {
        await stores.close();
      }
    } finally {
      await role.drop();
    }
  });
});
