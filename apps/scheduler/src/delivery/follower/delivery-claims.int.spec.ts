import { setTimeout as sleep } from 'node:timers/promises';
import { DeliveryPort } from '../delivery-port';
import { DeliveryClaims, deliveryStreamId } from './delivery-claims';
import { useSqliteWorld } from './delivery.spec-fixtures';
import { createReminderDelivery } from './reminder-delivery';
import { DeliveryLogger } from './reminder-delivery.types';

const quiet: DeliveryLogger = { info: () => {}, warn: () => {}, error: () => {} };

/** A slow port that remembers every idempotency key it was handed. */
const slowRecordingPort = (handed: string[]): DeliveryPort => ({
  deliver: async (message) => {
    handed.push(message.idempotencyKey);
    await sleep(5);
    return { status: 'delivered', idempotencyKey: message.idempotencyKey, reference: 'x' };
  },
});

describe('Delivery records', () => {
  const world = useSqliteWorld();

  it('let two followers on one store hand each reminder to the port once', async () => {
    await world.registerDebtor('d1', { email: 'a@b.nl' });
    for (const id of ['A', 'B', 'C', 'D', 'E']) {
      await world.issue(id, 'd1');
      await world.remind(id, 1, `rem-${id}`);
    }
    const handed: string[] = [];
    const followers = ['one', 'two'].map((instanceId) =>
      createReminderDelivery({
        stores: world.stores(),
        port: slowRecordingPort(handed),
        instanceId,
        logger: quiet,
      }),
    );

    for (let round = 0; round < 20; round += 1) {
      await Promise.all(followers.map((f) => f.runOnce()));
      const lags = await Promise.all(followers.map((f) => f.lag()));
      if (lags.every((l) => l.pending === 0)) break;
    }

    expect([...handed].sort()).toEqual(['rem-A', 'rem-B', 'rem-C', 'rem-D', 'rem-E']);
    for (const follower of followers) expect(await follower.lag()).toMatchObject({ pending: 0 });
  });

  it('wait for the lease of a vanished deliverer, then deliver its reminder', async () => {
    await world.registerDebtor('d1', { email: 'a@b.nl' });
    await world.issue('A', 'd1');
    const sent = await world.remind('A', 1, 'rem-A');
    const start = Date.parse('2026-12-01T09:00:00Z');
    const [reminder] = await world
      .stores()
      .events.readStream('invoice:acme:A', { from: sent.version, to: sent.version });
    if (reminder === undefined) throw new Error('reminder not stored');
    const ghost = new DeliveryClaims({
      events: world.stores().events,
      instanceId: 'ghost',
      leaseMs: 60_000,
      now: () => start,
    });
    expect(await ghost.claim(reminder)).toMatchObject({ _tag: 'Claimed' });

    let now = start + 30_000;
    const handed: string[] = [];
    const delivery = createReminderDelivery({
      stores: world.stores(),
      port: slowRecordingPort(handed),
      instanceId: 'survivor',
      wallClock: () => now,
      logger: quiet,
    });
    const duringLease = await delivery.runOnce();
    now = start + 61_000;
    const afterLease = await delivery.runOnce();

    expect(duringLease).toMatchObject({ delivered: 0, waiting: { claimedBy: 'ghost' } });
    expect(afterLease).toMatchObject({ delivered: 1, waiting: null });
    expect(handed).toEqual(['rem-A']);
    const record = await world.stores().events.readStream(deliveryStreamId('acme', 'rem-A'));
    expect(record.map((e) => e.type)).toEqual([
      'DeliveryClaimed',
      'DeliveryClaimed',
      'ReminderDelivered',
    ]);
  });
});
