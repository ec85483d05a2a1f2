import { money } from '@debiteur/core';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { csvField, csvLine, CsvValue, moneyAmount } from './csv';
import { valid } from './testing/seed-books';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** The one cell of a CSV line, un-quoted as RFC 4180 reads it. */
const cellRead = (line: string): string => {
  const records = parse(line) as string[][];
  return records[0]?.[0] ?? '';
};

describe('A CSV cell', () => {
  describe('of text that a spreadsheet would run as a formula', () => {
    it.each<[string, string]>([
      ['=1+1', "'=1+1"],
      ['+cmd', "'+cmd"],
      ['-2+3', "'-2+3"],
      ['@SUM(1)', "'@SUM(1)"],
      ['\tname', "'\tname"],
      ['\r=1', `"'\r=1"`],
      ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
      ['-', "'-"],
      ['--5', "'--5"],
      ['-12.50 ', "'-12.50 "],
      ['-1e5', "'-1e5"],
      ['-.5', "'-.5"],
      ['+31 6 12345678', "'+31 6 12345678"],
    ])('%j is written as %j', (value, written) => {
      expect(csvField(value)).toBe(written);
    });

    it('is guarded first, then quoted when it holds a comma, quote or line break', () => {
      expect(csvField('=HYPERLINK("http://evil","click")')).toBe(
        `"'=HYPERLINK(""http://evil"",""click"")"`,
      );
      expect(csvField('@a,b')).toBe(`"'@a,b"`);
      expect(csvField('-a\nb')).toBe(`"'-a\nb"`);
    });
  });

  describe('of a number', () => {
    it.each<[CsvValue, string]>([
      ['-12.50', '-12.50'],
      ['1234.50', '1234.50'],
      ['+12', '+12'],
      ['-0.05', '-0.05'],
      ['-1500', '-1500'],
      ['0', '0'],
      [-3, '-3'],
      [-0.25, '-0.25'],
      [-1e-7, '-1e-7'],
      [42, '42'],
    ])('%j is written as it is: %j', (value, written) => {
      expect(csvField(value)).toBe(written);
    });

    it('keeps a negative amount as moneyAmount writes it, in every number of decimals', () => {
      const amounts = [
        money(-1250, 'EUR'),
        money(-5, 'EUR'),
        money(-1500, 'JPY'),
        money(-1250, 'KWD'),
      ].map(valid);
      expect(amounts.map((m) => csvField(moneyAmount(m)))).toEqual([
        '-12.50',
        '-0.05',
        '-1500',
        '-1.250',
      ]);
    });
  });

  describe('of other text', () => {
    it.each<[CsvValue, string]>([
      ['', ''],
      [null, ''],
      [undefined, ''],
      [true, 'true'],
      ['2026-01-31', '2026-01-31'],
      ['2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z'],
      ['2026-03-01T10:00:00+01:00', '2026-03-01T10:00:00+01:00'],
      ['Visser & Zn', 'Visser & Zn'],
      ["'t Hooft", "'t Hooft"],
      [' =1', ' =1'],
      ['a=1', 'a=1'],
      ['say "hi", then go', '"say ""hi"", then go"'],
      ['{"amount":-5}', '"{""amount"":-5}"'],
    ])('%j is written as %j', (value, written) => {
      expect(csvField(value)).toBe(written);
    });
  });

  it('guards each text cell of a line, and leaves its numbers alone', () => {
    expect(csvLine(['acme', '=1', -12.5, '-12.50', '@x', null])).toBe("acme,'=1,-12.5,-12.50,'@x,");
  });

  it('of any text, once read back, never starts a formula unless it is a plain number', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc
        .tuple(fc.constantFrom(...TRIGGERS), fc.string({ unit: 'binary' }))
        .map(([first, rest]) => first + rest),
      fc.stringMatching(/^[+-]?\d{1,6}(\.\d{1,4})?$/),
    );
    fc.assert(
      fc.property(text, (value) => {
        const read = cellRead(csvField(value));
        const first = read.charAt(0);
        expect(TRIGGERS.includes(first) && !PLAIN_NUMBER.test(read)).toBe(false);
        // What is read is the text itself, or the text after one apostrophe; a number as it is.
        expect(PLAIN_NUMBER.test(value) ? [value] : [value, `'${value}`]).toContain(read);
      }),
    );
  });
});
