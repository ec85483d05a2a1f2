import { createHash } from 'node:crypto';
import { schemaNames } from '../schema-names';
import { MIGRATIONS } from './migrations';

/**
 * A migration that has shipped is never edited: a database that applied it keeps what it
 * ran, so an edited text would leave two databases at the same version with different
 * schemas. Each migration's statements are pinned here by their SHA-256, for the default
 * schema and for a named one; a new migration adds its line when it is written.
 */
const PINNED: readonly { version: number; publicSchema: string; namedSchema: string }[] = [
  {
    version: 1,
    publicSchema: '952356add1d92a2e07ef811ccdd1bafaf2f52d422da8f4640e2a2f8e6b37b516',
    namedSchema: 'd99b58793fe38e46837f63f9af3d63f9d60bb5f88aca9c89838a9acd14158230',
  },
  {
    version: 2,
    publicSchema: '3cc7add47600af07d2de71d39b9328b0616e63334c4c70b67a42c3cfe63b56a8',
    namedSchema: 'e781bdaed79efd9e3a26ff3f42c15b8b7dab5b1f55fd8b9358ffd05b96107c79',
  },
  {
    version: 3,
    publicSchema: '7267b9f2614c1ee4dadfcf3de4bb59c230e42ba0bcb9253609cbd9e46380db15',
    namedSchema: '3b15fa1d16d82a36d2c28ddb424913466b36d87fd7b82c6cb89171b202ec4cf3',
  },
  {
    version: 4,
    publicSchema: '4671ca238cb03b2dabe41e206af168b2d2bf7a3b82676377332d028024b01930',
    namedSchema: '5bd25df98612534cf9c220b70a7e74a6a9aa4a24933750ce6f30ecf02236286f',
  },
  {
    version: 5,
    publicSchema: 'd52a1334766a48caf608fae00f9afdd57d6d60bda36717e84d3c3ca0c41d52a5',
    namedSchema: '1c91f8a7682f0980495332fa41146ba59484f306f2d1d3b1c6c7e9aa264f166e',
  },
];

const NAMED_SCHEMA = 'credit_control';

const digestOf = (statements: readonly string[]): string =>
  createHash('sha256').update(statements.join('\n;\n')).digest('hex');

describe('the shipped PostgreSQL migrations', () => {
  it('are pinned, every one, in version order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(PINNED.map((p) => p.version));
  });

  it.each(PINNED)('migration $version runs the text it shipped with', (pinned) => {
    const migration = MIGRATIONS.find((m) => m.version === pinned.version);
    if (migration === undefined) throw new Error(`no migration ${pinned.version}`);
    expect({
      publicSchema: digestOf(migration.statements(schemaNames())),
      namedSchema: digestOf(migration.statements(schemaNames(NAMED_SCHEMA))),
    }).toEqual({ publicSchema: pinned.publicSchema, namedSchema: pinned.namedSchema });
  });
});
