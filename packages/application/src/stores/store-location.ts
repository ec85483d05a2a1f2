/**
 * Where the events live, as the operations contract spells it in `DEBITEUR_STORE`:
 * `sqlite:<path>`, `postgres://…` (or `postgresql://…`), `esdb://…` (or `kurrentdb://…`),
 * and `memory:` for tests and demos.
 */
export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly connectionString: string }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string }
  | { readonly kind: 'memory' };

/** The default of the operations contract: one SQLite file under `./data`. */
export const DEFAULT_STORE_LOCATION = 'sqlite:./data/debiteur.db';

/** A store location nobody can open, with what was wrong in words an operator can act on. */
export class InvalidStoreLocation extends Error {
  constructor(
    readonly location: string,
    readonly problem: string,
  ) {
    super(
      `Cannot use the store "${location}": ${problem}. ` +
        'Expected sqlite:<path>, postgres://user:password@host:port/database, esdb://host:2113?tls=false or memory:',
    );
    this.name = 'InvalidStoreLocation';
  }
}

const startsWithAny = (text: string, prefixes: readonly string[]): boolean =>
  prefixes.some((prefix) => text.startsWith(prefix));

/** Reads a store location; throws InvalidStoreLocation for anything it cannot open. */
export const parseStoreLocation = (location: string): StoreLocation => {
  const trimmed = location.trim();
  if (trimmed === 'memory:') return { kind: 'memory' };
  if (trimmed.startsWith('sqlite:')) {
    const path = trimmed.slice('sqlite:'.length);
    if (path === '') throw new InvalidStoreLocation(location, 'the SQLite file path is empty');
    return { kind: 'sqlite', path };
  }
  if (startsWithAny(trimmed, ['postgres://', 'postgresql://'])) {
    return { kind: 'postgres', connectionString: trimmed };
  }
  if (startsWithAny(trimmed, ['esdb://', 'esdb+discover://', 'kurrentdb://', 'kurrent://'])) {
    return { kind: 'eventstoredb', connectionString: trimmed };
  }
  throw new InvalidStoreLocation(location, 'the scheme is not one Debiteur knows');
};

/** The location without a password, for logs and `/health`. */
export const describeStoreLocation = (location: StoreLocation): string => {
  switch (location.kind) {
    case 'sqlite':
      return `sqlite:${location.path}`;
    case 'memory':
      return 'memory:';
    case 'postgres':
    case 'eventstoredb':
      return location.connectionString.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  }
};
