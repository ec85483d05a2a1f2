import { existsSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { useTempFolder } from './use-temp-folder';

describe('useTempFolder', () => {
  describe('per test', () => {
    const folder = useTempFolder('per-test', { per: 'test' });
    const seen: string[] = [];

    it('gives a fresh folder named after it, with paths inside it', () => {
      seen.push(folder.dir);
      expect(basename(folder.dir)).toMatch(/^debiteur-per-test-/);
      expect(folder.path()).toBe(`${folder.dir}/debiteur.db`);
      expect(folder.path('outbox', 'acme')).toBe(`${folder.dir}/outbox/acme`);
      writeFileSync(folder.path('note.txt'), 'kept until the test ends');
    });

    it('gives the next test another folder, the last one removed with what it held', () => {
      expect(folder.dir).not.toBe(seen[0]);
      expect(existsSync(seen[0] ?? '')).toBe(false);
    });
  });

  describe('per describe', () => {
    const shared: string[] = [];
    describe('its tests', () => {
      const folder = useTempFolder('per-describe', { per: 'describe' });
      it('share one folder', () => {
        shared.push(folder.dir);
        expect(existsSync(folder.dir)).toBe(true);
      });
      it('share it still', () => expect(folder.dir).toBe(shared[0]));
    });
    it('is removed after them', () => {
      expect(shared).toHaveLength(1);
      expect(existsSync(shared[0] ?? '')).toBe(false);
    });
  });

  describe('outside its tests and hooks', () => {
    const folder = useTempFolder('outside', { per: 'test' });
    let refusal: unknown;
    try {
      void folder.dir; // while Jest collects the tests
    } catch (error) {
      refusal = error;
    }
    it('names no folder', () => {
      expect(refusal).toEqual(
        new Error("the temp folder 'outside' is there only during its tests and hooks"),
      );
    });
  });
});
