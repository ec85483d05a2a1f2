import { randomUUID } from 'node:crypto';
import { ProjectionStore } from '../projection-store.port';

export interface ProjectionStoreContractOptions {
  /** A store over an empty database; called before every test. */
  readonly create: () => Promise<ProjectionStore>;
  /** Called after every test instead of `store.close()`. */
  readonly cleanup?: (store: ProjectionStore) => Promise<void>;
}

const uniqueName = (): string => `projection-${randomUUID().slice(0, 8)}`;

/** The behaviour every projection store adapter must show, as Jest `describe`/`it` blocks. */
export const describeProjectionStoreContract = (
  name: string,
  options: ProjectionStoreContractOptions,
): void => {
  describe(`${name} (projection store contract)`, () => {
    let current: ProjectionStore | null = null;
    const store = (): ProjectionStore => {
      if (current === null) throw new Error('The contract suite uses the store only inside a test');
      return current;
    };

    beforeEach(async () => {
      current = await options.create();
    });

    afterEach(async () => {
      const closing = current;
      current = null;
      if (closing !== null) await (options.cleanup ? options.cleanup(closing) : closing.close());
    });

    it('loads nothing for a projection that never committed', async () => {
      expect(await store().load(uniqueName())).toBeNull();
    });

    it('returns the committed checkpoint and state', async () => {
      const projection = uniqueName();
      const state = {
        debtors: { 'D-1': { meanDaysToPay: 18.5, names: ['Zoë', 'Café “Ü”', '請求書 🧾'] } },
        empty: { list: [], map: {} },
        flag: false,
        nothing: null,
      };
      await store().commit(projection, { checkpoint: '42', state });

      expect(await store().load(projection)).toEqual({ checkpoint: '42', state });
    });

    it('stores any checkpoint string verbatim', async () => {
      const projection = uniqueName();
      const checkpoint = '0000000123:7/"x"';
      await store().commit(projection, { checkpoint, state: 1 });

      expect((await store().load(projection))?.checkpoint).toBe(checkpoint);
    });

    it('stores states that are not objects', async () => {
      for (const state of [0, 'text', [1, { two: 2 }], null, true]) {
        const projection = uniqueName();
        await store().commit(projection, { checkpoint: '1', state });
        expect(await store().load(projection)).toEqual({ checkpoint: '1', state });
      }
    });

    it('stores a large state', async () => {
      const projection = uniqueName();
      const state = Object.fromEntries(
        Array.from({ length: 5000 }, (_, i) => [`debtor-${i}`, { paid: i, days: [i % 30, i % 7] }]),
      );
      await store().commit(projection, { checkpoint: '5000', state });

      expect(await store().load(projection)).toEqual({ checkpoint: '5000', state });
    });

    it('replaces an earlier commit with a later one', async () => {
      const projection = uniqueName();
      await store().commit(projection, { checkpoint: '1', state: { count: 1, old: true } });
      await store().commit(projection, { checkpoint: '2', state: { count: 2 } });

      expect(await store().load(projection)).toEqual({ checkpoint: '2', state: { count: 2 } });
    });

    it('keeps projections apart by name', async () => {
      const a = uniqueName();
      const b = uniqueName();
      await store().commit(a, { checkpoint: '1', state: 'a' });
      await store().commit(b, { checkpoint: '2', state: 'b' });

      expect(await store().load(a)).toEqual({ checkpoint: '1', state: 'a' });
      expect(await store().load(b)).toEqual({ checkpoint: '2', state: 'b' });
    });

    it('forgets a projection on reset and leaves the others alone', async () => {
      const a = uniqueName();
      const b = uniqueName();
      await store().commit(a, { checkpoint: '1', state: 'a' });
      await store().commit(b, { checkpoint: '2', state: 'b' });

      await store().reset(a);
      await store().reset(uniqueName());

      expect(await store().load(a)).toBeNull();
      expect(await store().load(b)).toEqual({ checkpoint: '2', state: 'b' });
    });

    it('keeps what was committed when the caller changes its object afterwards', async () => {
      const projection = uniqueName();
      const state = { counts: [1, 2] };
      await store().commit(projection, { checkpoint: '1', state });
      state.counts.push(3);

      expect(await store().load(projection)).toEqual({
        checkpoint: '1',
        state: { counts: [1, 2] },
      });
    });

    it('leaves one consistent checkpoint and state after concurrent commits', async () => {
      const projection = uniqueName();
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store().commit(projection, {
            checkpoint: String(i),
            state: { at: i, filler: 'x'.repeat(i * 50) },
          }),
        ),
      );

      const loaded = await store().load(projection);
      expect(loaded?.state).toEqual({
        at: Number(loaded?.checkpoint),
        filler: 'x'.repeat(Number(loaded?.checkpoint) * 50),
      });
    });
  });
};
