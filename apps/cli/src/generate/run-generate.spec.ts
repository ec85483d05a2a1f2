import { UsageError } from '../cli-io';
import { GenerateCliOptions, generateOptionsOf } from './run-generate';

const defaults: GenerateCliOptions = {
  out: 'jsonl:/tmp/portfolio.jsonl',
  tenants: '1',
  debtors: '100',
  invoices: '1000',
  seed: '1',
  from: '2025-01-01',
  days: '365',
};

const options = (change: Partial<GenerateCliOptions>) => () =>
  generateOptionsOf({ ...defaults, ...change });

describe('debiteur generate options', () => {
  it('takes every option at its bounds', () => {
    expect(options({ seed: '4294967295', days: '3660', from: '9899-12-31' })).not.toThrow();
    expect(options({ seed: '0', days: '1', invoices: '1', from: '1900-01-01' })).not.toThrow();
    expect(options({ debtors: '1000000', invoices: '1000000', tenants: '1000' })).not.toThrow();
    expect(options({ seed: '4294967295' })().seed).toBe(4294967295);
  });

  describe('refuses as a usage error', () => {
    it('a seed the 32-bit generator would alias to a smaller one', () => {
      expect(options({ seed: '4294967296' })).toThrow(UsageError);
      expect(options({ seed: '9007199254740991' })).toThrow(UsageError);
    });

    it.each([
      ['days', '100000000'],
      ['days', '3661'],
      ['debtors', '9007199254740991'],
      ['debtors', '1000001'],
      ['invoices', '9007199254740991'],
      ['invoices', '1000001'],
      ['tenants', '1001'],
    ] as const)('--%s %s, beyond what memory or time allow', (option, value) => {
      expect(options({ [option]: value })).toThrow(UsageError);
    });

    it.each(['9999-12-01', '9999-10-01', '9900-01-01', '1899-12-31'])(
      '--from %s, outside 1900-01-01 to 9899-12-31 (due dates and interest stay in the calendar)',
      (from) => {
        expect(options({ from })).toThrow(UsageError);
      },
    );

    it('--invoices 0, a portfolio with nothing to simulate', () => {
      expect(options({ invoices: '0' })).toThrow(UsageError);
    });
  });
});
