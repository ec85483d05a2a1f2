import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { existsSync } from 'node:fs';
import { openStores } from './open-stores';

describe('Opening the stores of a location', () => {
  const folder = useTempFolder('open-stores', { per: 'test' });

  it('creates the SQLite file and its folder, and keeps what was appended', async () => {
    const path = folder.path('nested', 'data', 'debiteur.db');
    const event = {
      eventId: 'e-1',
      type: 'Probe',
      schemaVersion: 1,
      data: { ok: true },
      metadata: {
        tenantId: 'acme',
        occurredAt: '2026-11-23T10:00:00+01:00',
        actor: 'test',
        reason: null,
        correlationId: 'c-1',
        causationId: null,
      },
    };

    const first = await openStores(`sqlite:${path}`);
    await first.events.appendToStream('probe:acme:1', [event], { expectedVersion: 'no-stream' });
    await first.close();
    await first.close();
    expect(existsSync(path)).toBe(true);

    const again = await openStores(`sqlite:${path}`);
    expect(await again.events.streamVersion('probe:acme:1')).toBe(1);
    expect(again.kind).toBe('sqlite');
    await again.close();
  });
});
