import { invoiceId, money } from '@debiteur/core';
import { SyncOutcome } from './apply-open-items';
import { valid } from './testing/books';
import {
  describeProblem,
  describeWarning,
  problemLines,
  summaryJson,
  summaryLine,
} from './sync-summary';

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
      warning: {
        _tag: 'IssueDateDiffers',
        stored: '2026-01-01',
        inFile: '2026-01-02',
        byTerm: null,
      },
    },
  ],
  unsettled: [],
  vanishedNotOpen: [],
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

  describe('in words', () => {
    // The tags are asserted elsewhere; here the facts the words must carry to the operator.
    it('says a quote never closed left the rest of the file unread, from which line', () => {
      const words = describeProblem({
        _tag: 'MalformedRow',
        firstLine: 5,
        lastLine: 7,
        detail: { _tag: 'QuoteNotClosed' },
      });
      expect(words).toMatch(/rest of the file/);
      expect(words).toMatch(/not read/);
      expect(words).toContain('5–7');
    });

    it('gives both field counts, and with , as separator says decimal-comma amounts need quotes', () => {
      const words = describeProblem({
        _tag: 'MalformedRow',
        firstLine: 2,
        lastLine: 2,
        detail: { _tag: 'FieldCount', fields: 9, headerFields: 7, decimalCommaAmounts: true },
      });
      expect(words).toMatch(/9 fields/);
      expect(words).toMatch(/header has 7/);
      expect(words).toMatch(/quote/);
    });

    it('names the lines a row runs over when a line in it reads as a row of its own', () => {
      const words = describeProblem({
        _tag: 'MalformedRow',
        firstLine: 2,
        lastLine: 3,
        detail: { _tag: 'RowInsideQuotes', line: 3 },
      });
      expect(words).toContain('2–3');
      expect(words).toMatch(/line 3/);
    });

    it('says a refused due date falls before the invoice date Debiteur holds', () => {
      const words = describeProblem({
        _tag: 'DueBeforeIssueDateHeld',
        dueDate: '2026-01-16',
        issueDateHeld: '2026-01-20',
      });
      expect(words).toMatch(/2026-01-16 .*before.*2026-01-20.*Debiteur holds/);
    });

    it('names the other rows of a repeated number', () => {
      expect(
        describeProblem({
          _tag: 'DuplicateInvoiceNumber',
          otherRows: [3, 7],
          alsoRejectedAs: null,
        }),
      ).toMatch(/rows? 3, 7/);
    });

    it('says with a term that the due dates differ as well, naming both', () => {
      const words = describeWarning({
        _tag: 'IssueDateDiffers',
        stored: '2026-01-20',
        inFile: '2026-01-02',
        byTerm: { paymentTermDays: 30, dueDateHeld: '2026-02-19', dueDateInFile: '2026-02-01' },
      });
      expect(words).toMatch(/due date 2026-02-19/);
      expect(words).toContain('2026-02-01');
    });

    it('lists a vanished invoice left as it is, and the rows that made a file incomplete', () => {
      const lines = problemLines({
        ...twoWarnings,
        warnings: [],
        rejected: [
          {
            row: 5,
            invoiceNumber: null,
            problem: {
              _tag: 'MalformedRow',
              firstLine: 5,
              lastLine: 7,
              detail: { _tag: 'QuoteNotClosed' },
            },
          },
        ],
        vanishedNotOpen: [
          {
            invoiceNumber: 'H-9',
            invoiceId: valid(invoiceId('H-9')),
            status: 'handed-over',
            outstanding: valid(money(10000, 'EUR')),
          },
        ],
        vanishedSkipped: true,
      });
      expect(lines).toEqual([
        expect.stringMatching(/^row 5: MalformedRow: /),
        expect.stringMatching(/^H-9: .*handed over.*EUR 100\.00/),
        expect.stringMatching(/row 5\b.*NOT settled/),
      ]);
    });

    it('lists a vanished invoice left as it is in JSON', () => {
      const json = JSON.parse(
        summaryJson(
          {
            ...twoWarnings,
            vanishedNotOpen: [
              {
                invoiceNumber: 'H-9',
                invoiceId: valid(invoiceId('H-9')),
                status: 'handed-over',
                outstanding: valid(money(10000, 'EUR')),
              },
            ],
          },
          { tenant: 'acme', now: '2026-03-01T09:00:00+01:00', file: 'f.csv' },
        ),
      ) as { readonly vanishedNotOpen: readonly { readonly invoiceNumber: string }[] };
      expect(json.vanishedNotOpen.map((v) => v.invoiceNumber)).toEqual(['H-9']);
    });
  });
});
