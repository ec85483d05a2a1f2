import { SchemaNotMigrated, schemaStanding } from './check-schema';
import { SchemaTooNew } from './migrate';
import { Migration } from './migration';

const migrations: Migration[] = [1, 2, 3, 4, 5].map((version) => ({
  version,
  name: `m${version}`,
  statements: () => [],
}));

const standing = (applied: number[]) => schemaStanding(new Set(applied), migrations, 'public');

describe('Where a schema stands for a read-only open', () => {
  it('is current with every known migration applied', () => {
    expect(standing([1, 2, 3, 4, 5])).toBe('current');
  });

  it('is not migrated when migrations are missing, at the last one before the first gap', () => {
    expect(standing([1, 2, 3])).toEqual(new SchemaNotMigrated('public', 3, 5));
    expect(standing([1, 2, 4, 5])).toMatchObject({ applied: 2, readsFrom: 5 });
    expect(standing([])).toMatchObject({ name: 'SchemaNotMigrated', applied: 0, readsFrom: 5 });
  });

  it('is too new when a newer release applied more', () => {
    expect(standing([1, 2, 3, 4, 5, 6])).toBeInstanceOf(SchemaTooNew);
    expect(standing([1, 2, 3, 4, 5, 6])).toMatchObject({ applied: 6, known: 5 });
  });
});
