import { describeStoreLocation, InvalidStoreLocation, parseStoreLocation } from './store-location';

describe('Store locations', () => {
  it.each([
    ['sqlite:./data/debiteur.db', { kind: 'sqlite', path: './data/debiteur.db' }],
    ['memory:', { kind: 'memory' }],
    [
      'postgres://u:p@localhost:5432/d',
      { kind: 'postgres', connectionString: 'postgres://u:p@localhost:5432/d' },
    ],
    [
      'postgresql://localhost/d',
      { kind: 'postgres', connectionString: 'postgresql://localhost/d' },
    ],
    [
      'esdb://localhost:2113?tls=false',
      { kind: 'eventstoredb', connectionString: 'esdb://localhost:2113?tls=false' },
    ],
  ])('reads %s', (location, expected) => {
    expect(parseStoreLocation(location)).toEqual(expected);
  });

  it.each(['', 'sqlite:', 'mysql://localhost/d', './data/debiteur.db'])(
    'refuses %p with a message naming the accepted forms',
    (location) => {
      expect(() => parseStoreLocation(location)).toThrow(InvalidStoreLocation);
    },
  );

  it('hides the password when it describes a location', () => {
    const location = parseStoreLocation('postgres://debiteur:s3cret@db:5432/debiteur');

    expect(describeStoreLocation(location)).toBe('postgres://debiteur:***@db:5432/debiteur');
  });
});
