import { tenantId } from '@debiteur/core';
import { InMemoryEventStore } from '@debiteur/eventstore';
import { isRight } from 'fp-ts/Either';
import { eventIdsForKey, IdempotencyRecords, RecordedResponse } from './idempotency-records';

const acme = (() => {
  const parsed = tenantId('acme');
  if (!isRight(parsed)) throw new Error('bad tenant');
  return parsed.right;
})();
const context = { at: '2026-11-23T10:00:00+01:00', actor: 'api', correlationId: 'req-1' };
const response = (status: number, requestHash = 'hash-a'): RecordedResponse => ({
  requestHash,
  status,
  body: { invoiceId: 'INV-1', version: 1 },
  headers: { etag: '"1"' },
});

describe('Idempotency records', () => {
  it('find nothing for a key never used', async () => {
    const records = new IdempotencyRecords(new InMemoryEventStore());

    expect(await records.find(acme, 'key-1')).toBeNull();
  });

  it('return the first response recorded under a key', async () => {
    const records = new IdempotencyRecords(new InMemoryEventStore());

    await records.record(acme, 'key-1', response(201), context);

    expect(await records.find(acme, 'key-1')).toEqual(response(201));
  });

  it('keep the first of two racing responses and hand it to the second', async () => {
    const records = new IdempotencyRecords(new InMemoryEventStore());

    const [first, second] = await Promise.all([
      records.record(acme, 'key-1', response(201, 'hash-a'), context),
      records.record(acme, 'key-1', response(409, 'hash-b'), context),
    ]);

    expect(second).toEqual(first);
    expect(await records.find(acme, 'key-1')).toEqual(first);
  });

  it('keep keys of different tenants apart', async () => {
    const records = new IdempotencyRecords(new InMemoryEventStore());
    const other = tenantId('bakkerij');
    if (!isRight(other)) throw new Error('bad tenant');

    await records.record(acme, 'key-1', response(201), context);

    expect(await records.find(other.right, 'key-1')).toBeNull();
  });
});

describe('Event ids for an idempotency key', () => {
  it('are the same sequence every time for the same tenant and key', () => {
    const first = eventIdsForKey(acme, 'key-1');
    const again = eventIdsForKey(acme, 'key-1');

    expect([first(), first()]).toEqual([again(), again()]);
  });

  it('differ between keys and between positions, shaped as UUIDs', () => {
    const ids = eventIdsForKey(acme, 'key-1');
    const [a, b] = [ids(), ids()];
    const c = eventIdsForKey(acme, 'key-2')();

    expect(new Set([a, b, c]).size).toBe(3);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
