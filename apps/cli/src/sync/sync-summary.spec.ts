import { SyncOutcome } from './apply-open-items';
import { summaryJson, summaryLine } from './sync-summary';

const twoWarnings: SyncOutcome = {
  counts: {
    issued: 2,
    adjusted: 0,
    paid: 0,
    settled: 1,
    unchanged: 3,
    rejected: 0,
    debtorsRegistered: 1,
  },
  rejected: [],
  warnings: [
    {
      row: 2,
      invoiceNumber: 'a-1',
      warning: {
        _tag: 'CaseVariantNumber',
        other: 'A-1',
        otherRow: null,
        otherInStore: 'settledAsVanished',
      },
    },
    {
      row: 4,
      invoiceNumber: 'B-1',
      warning: { _tag: 'IssueDateDiffers', stored: '2026-01-01', inFile: '2026-01-02' },
    },
  ],
  unsettled: [],
  vanishedSkipped: false,
};

describe('The sync summary', () => {
  it('counts the warnings on the summary line', () => {
    expect(summaryLine(twoWarnings)).toBe(
      'issued 2, adjusted 0, paid 0, settled 1, unchanged 3, rejected 0, warnings 2, debtors registered 1',
    );
  });

  it('lists as many warnings in JSON as the line counts', () => {
    const json = JSON.parse(
      summaryJson(twoWarnings, { tenant: 'acme', now: '2026-03-01T09:00:00+01:00', file: 'f.csv' }),
    ) as { readonly warnings: readonly { readonly warning: { readonly _tag: string } }[] };

    expect(json.warnings.map((w) => w.warning._tag)).toEqual([
      'CaseVariantNumber',
      'IssueDateDiffers',
    ]);
  });
});
