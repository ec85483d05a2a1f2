import { InMemoryProjectionStore } from '@debiteur/eventstore';
import { WriteBehindProjectionStore } from './write-behind-projection-store';

describe('The write-behind projection store', () => {
  const setUp = async () => {
    const durable = new InMemoryProjectionStore();
    await durable.commit('reports', { checkpoint: '1', state: { n: 1 } });
    let now = 0;
    const store = new WriteBehindProjectionStore(durable, () => now, 10_000);
    return { durable, store, advance: (ms: number) => (now += ms) };
  };

  it('starts from what the durable store holds', async () => {
    const { store } = await setUp();
    expect(await store.load('reports')).toEqual({ checkpoint: '1', state: { n: 1 } });
  });

  it('answers the newest commit at once and writes it through only after the interval', async () => {
    const { durable, store, advance } = await setUp();
    await store.load('reports');
    await store.commit('reports', { checkpoint: '2', state: { n: 2 } });
    expect(await store.load('reports')).toEqual({ checkpoint: '2', state: { n: 2 } });
    expect(await durable.load('reports')).toEqual({ checkpoint: '1', state: { n: 1 } });
    advance(10_000);
    await store.commit('reports', { checkpoint: '3', state: { n: 3 } });
    expect(await durable.load('reports')).toEqual({ checkpoint: '3', state: { n: 3 } });
  });

  it('writes the newest commit through on flush, state and checkpoint together', async () => {
    const { durable, store } = await setUp();
    await store.load('reports');
    await store.commit('reports', { checkpoint: '2', state: { n: 2 } });
    await store.flush();
    expect(await durable.load('reports')).toEqual({ checkpoint: '2', state: { n: 2 } });
  });

  it('forgets a projection in memory and in the durable store on reset', async () => {
    const { durable, store } = await setUp();
    await store.commit('reports', { checkpoint: '2', state: { n: 2 } });
    await store.reset('reports');
    expect(await store.load('reports')).toBeNull();
    expect(await durable.load('reports')).toBeNull();
  });
});
