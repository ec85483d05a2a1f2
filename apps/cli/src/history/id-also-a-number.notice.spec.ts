import { idAlsoANumberNotice, IdAlsoANumber, suggestedCommand } from './id-also-a-number.notice';

describe('The notice that the id named is also an invoice number', () => {
  const run: IdAlsoANumber = {
    argument: 'api-7',
    others: ['api-31'],
    tenant: 'acme',
    asOf: null,
    store: null,
  };
  const notice = (others: readonly string[], asOf: string | null = null) =>
    idAlsoANumberNotice({ ...run, others, asOf });

  it('is not given when no other invoice carries the id as its number', () => {
    expect(notice([])).toBeNull();
    expect(suggestedCommand({ ...run, others: [] })).toBeNull();
  });

  it('is one line naming every other invoice and how to see one by its id', () => {
    const given = notice(['api-31', 'api-32']) ?? '';

    expect(given.split('\n')).toHaveLength(1);
    expect(given).toContain('api-31');
    expect(given).toContain('api-32');
    expect(given).toContain('debiteur history api-31 --tenant acme');
  });

  it('suggests the first other invoice, by its id, of the same tenant', () => {
    expect(suggestedCommand({ ...run, others: ['api-31', 'api-32'] })).toEqual([
      'debiteur',
      'history',
      'api-31',
      '--tenant',
      'acme',
    ]);
  });

  it('looks back to the same instant in the command it suggests', () => {
    expect(suggestedCommand({ ...run, asOf: '2026-03-05T12:00:00+01:00' })).toEqual([
      'debiteur',
      'history',
      'api-31',
      '--tenant',
      'acme',
      '--as-of',
      '2026-03-05T12:00:00+01:00',
    ]);
  });

  it('reads the store the run was given in the command it suggests', () => {
    expect(
      suggestedCommand({ ...run, asOf: '2026-03-05T12:00:00+01:00', store: 'jsonl:/tmp/x.jsonl' }),
    ).toEqual([
      'debiteur',
      'history',
      'api-31',
      '--tenant',
      'acme',
      '--as-of',
      '2026-03-05T12:00:00+01:00',
      '--store',
      'jsonl:/tmp/x.jsonl',
    ]);
  });
});
