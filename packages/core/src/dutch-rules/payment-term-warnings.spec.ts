import { day } from '../shared/test-values.spec-helpers';
import { paymentTermWarnings, PaymentTermInput } from './payment-term-warnings';

const tags = (input: PaymentTermInput) => paymentTermWarnings(input).map((w) => w._tag);

describe('Payment term warnings (art. 6:119a lid 5 and 6 BW)', () => {
  it.each<[string, PaymentTermInput, string[]]>([
    ['30 days between businesses', { termDays: 30, debtorKind: 'business' }, []],
    [
      '60 days between two SMEs',
      {
        termDays: 60,
        debtorKind: 'business',
        debtorSize: 'small-or-medium',
        creditorSize: 'small-or-medium',
      },
      [],
    ],
    [
      '61 days between two SMEs',
      {
        termDays: 61,
        debtorKind: 'business',
        debtorSize: 'small-or-medium',
        creditorSize: 'small-or-medium',
      },
      ['TermOverSixtyDays'],
    ],
    [
      '31 days from a large debtor to an SME',
      {
        termDays: 31,
        debtorKind: 'business',
        debtorSize: 'large',
        creditorSize: 'small-or-medium',
      },
      ['LargeDebtorTermOverLimit'],
    ],
    [
      '90 days from a large debtor to an SME',
      {
        termDays: 90,
        debtorKind: 'business',
        debtorSize: 'large',
        creditorSize: 'small-or-medium',
      },
      ['TermOverSixtyDays', 'LargeDebtorTermOverLimit'],
    ],
    [
      '45 days from an SME to a large creditor',
      {
        termDays: 45,
        debtorKind: 'business',
        debtorSize: 'small-or-medium',
        creditorSize: 'large',
      },
      [],
    ],
    [
      '45 days with sizes unknown',
      { termDays: 45, debtorKind: 'business' },
      ['CompanySizesUnknown'],
    ],
    ['90 days to a consumer', { termDays: 90, debtorKind: 'consumer' }, []],
  ])('%s', (_label, input, expected) => {
    expect(tags(input)).toEqual(expected);
  });

  it('holds a large debtor to 60 days for terms agreed before 1 July 2022', () => {
    const input = {
      debtorKind: 'business',
      debtorSize: 'large',
      creditorSize: 'small-or-medium',
      agreedOn: day('2021-05-01'),
    } as const;
    expect(tags({ ...input, termDays: 45 })).toEqual([]);
    expect(paymentTermWarnings({ ...input, termDays: 61 })).toContainEqual({
      _tag: 'LargeDebtorTermOverLimit',
      termDays: 61,
      limitDays: 60,
    });
  });
});
