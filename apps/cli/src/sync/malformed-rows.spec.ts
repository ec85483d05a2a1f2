import { calendarDate } from '@debiteur/core';
import { parseOpenItems } from './open-items-csv';
import { ParsedOpenItems } from './open-items.types';
import { EUR, valid } from './testing/books';

const read = (...lines: string[]): ParsedOpenItems =>
  parseOpenItems(lines.join('\n'), {
    defaultCurrency: EUR,
    today: valid(calendarDate('2026-03-01')),
  });

const ENGLISH = 'Invoice,Customer ID,Name,Date,Due Date,Amount,Open Amount';
const DUTCH = 'invoice;debtor;name;date;due_date;amount;open;description';

describe('An open-items file with malformed rows', () => {
  describe('when a row has more or fewer fields than the header', () => {
    const parsed = read(
      ENGLISH,
      'K-1,D1,Jansen,2026-01-01,2026-01-31,1210,00,500,00',
      'K-2,D1,Jansen,2026-01-01,2026-01-31,100.00',
      'K-3,D1,Jansen,2026-01-01,2026-01-31,100.00,100.00',
    );

    it('rejects it with both counts, hinting at unquoted decimal commas, and reads the rest', () => {
      expect(parsed.items.map((item) => item.invoiceNumber)).toEqual(['K-3']);
      expect(parsed.rejected.map((r) => [r.row, r.invoiceNumber, r.problem])).toEqual([
        [
          2,
          'K-1',
          {
            _tag: 'MalformedRow',
            firstLine: 2,
            lastLine: 2,
            detail: { _tag: 'FieldCount', fields: 9, headerFields: 7, decimalCommaAmounts: true },
          },
        ],
        [
          3,
          'K-2',
          {
            _tag: 'MalformedRow',
            firstLine: 3,
            lastLine: 3,
            detail: { _tag: 'FieldCount', fields: 6, headerFields: 7, decimalCommaAmounts: false },
          },
        ],
      ]);
    });

    it('takes the file as incomplete', () => {
      expect(parsed.complete).toBe(false);
    });
  });

  describe('with a separator at the end of every data line and not of the header', () => {
    const rows = [
      'T-1;k1;K;2026-01-01;2026-01-31;10,00;10,00;a;',
      'T-2;k1;K;2026-01-01;2026-01-31;10,00;10,00;;',
    ];

    it('reads the empty field it makes as no field', () => {
      const parsed = read(DUTCH, ...rows);
      expect(parsed.rejected).toEqual([]);
      expect(parsed.items.map((item) => [item.invoiceNumber, item.description])).toEqual([
        ['T-1', 'a'],
        ['T-2', ''],
      ]);
    });

    it('also reads a row without it', () => {
      const parsed = read(DUTCH, ...rows, 'T-3;k1;K;2026-01-01;2026-01-31;10,00;10,00;a');
      expect(parsed.rejected).toEqual([]);
      expect(parsed.items).toHaveLength(3);
    });

    it('still rejects a row whose extra field is not empty', () => {
      const parsed = read(DUTCH, ...rows, 'T-3;k1;K;2026-01-01;2026-01-31;10,00;10,00;a;b');
      expect(parsed.rejected.map((r) => [r.row, r.problem._tag])).toEqual([[4, 'MalformedRow']]);
    });
  });

  it('rejects a single row with an empty field too many, as its columns may have shifted', () => {
    const parsed = read(
      DUTCH,
      'T-1;k1;K;2026-01-01;2026-01-31;10,00;10,00;a',
      'T-2;k1;K;2026-01-01;2026-01-31;10,00;10,00;a',
      'T-3;k1;K;2026-01-01;2026-01-31;10,00;10,00;a;',
    );
    expect(parsed.items.map((item) => item.invoiceNumber)).toEqual(['T-1', 'T-2']);
    expect(parsed.rejected.map((r) => [r.row, r.problem._tag])).toEqual([[4, 'MalformedRow']]);
  });

  it('takes no trailing separator in a file of commas: a thousands comma could pass for one', () => {
    const parsed = read(
      'Invoice,Customer ID,Name,Date,Due Date,Amount,Open Amount,Memo',
      'S-1,D1,Jansen,2026-01-01,2026-01-31,2000.00,2000.00,a,',
      'S-2,D1,Jansen,2026-01-01,2026-01-31,2000.00,2000.00,b,',
      'S-3,D1,Jansen,2026-01-01,2026-01-31,2000.00,1,000.00,',
    );
    expect(parsed.items).toEqual([]);
    expect(parsed.rejected.map((r) => [r.row, r.problem._tag])).toEqual([
      [2, 'MalformedRow'],
      [3, 'MalformedRow'],
      [4, 'MalformedRow'],
    ]);
  });

  it('does not take decimal commas split by the separator for a trailing one', () => {
    const parsed = read(
      'Invoice,Customer ID,Name,Date,Due Date,Amount,Open Amount,Memo',
      'S-1,D1,Jansen,2026-01-01,2026-01-31,1210,00,500,',
      'S-2,D1,Jansen,2026-01-01,2026-01-31,250,50,250,',
    );
    expect(parsed.items).toEqual([]);
    expect(parsed.rejected.map((r) => [r.row, r.problem._tag])).toEqual([
      [2, 'MalformedRow'],
      [3, 'MalformedRow'],
    ]);
  });

  describe('when a quote left open joins the next line to the row', () => {
    const parsed = read(
      DUTCH,
      'E-1;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
      'E-2;k1;"K;2026-01-01;2026-01-31;10,00;10,00;x',
      'E-3;k1;K;2026-01-01;2026-01-31;25,00;25,00;"Scherm 27"',
      'E-4;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
    );

    it('rejects the joined row, naming the lines it runs over', () => {
      expect(parsed.items.map((item) => item.invoiceNumber)).toEqual(['E-1', 'E-4']);
      expect(parsed.rejected.map((r) => [r.row, r.invoiceNumber, r.problem])).toEqual([
        [
          3,
          'E-2',
          {
            _tag: 'MalformedRow',
            firstLine: 3,
            lastLine: 4,
            detail: { _tag: 'FieldCount', fields: 3, headerFields: 8, decimalCommaAmounts: false },
          },
        ],
      ]);
    });

    it('takes the file as incomplete, so the invoice swallowed is not taken as vanished', () => {
      expect(parsed.complete).toBe(false);
    });
  });

  it('rejects a joined row with as many fields as the header when a line in it reads as a row', () => {
    const parsed = read(
      DUTCH,
      'E-2;k1;"K;2026-01-01;2026-01-31;10,00;10,00;x',
      'E-3;k1;K";2026-01-01;2026-01-31;25,00;25,00;x',
      'E-4;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
    );
    expect(parsed.items.map((item) => item.invoiceNumber)).toEqual(['E-4']);
    expect(parsed.rejected.map((r) => [r.row, r.problem])).toEqual([
      [
        2,
        {
          _tag: 'MalformedRow',
          firstLine: 2,
          lastLine: 3,
          detail: { _tag: 'RowInsideQuotes', line: 3 },
        },
      ],
    ]);
    expect(parsed.complete).toBe(false);
  });

  it('keeps a quoted field that holds line breaks', () => {
    const parsed = read(
      DUTCH,
      'Q-1;k1;"Jansen',
      'en Zonen";2026-01-01;2026-01-31;10,00;10,00;"regel 1',
      'regel 2; met separator"',
      'Q-2;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([
      [2, 'Q-1'],
      [5, 'Q-2'],
    ]);
    expect(parsed.complete).toBe(true);
  });

  it('says a quote never closed leaves the rest of the file unread, naming its invoice number', () => {
    const parsed = read(
      DUTCH,
      'E-1;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
      'E-2;k1;K;2026-01-01;2026-01-31;10,00;10,00;"open',
      'E-3;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
      'E-4;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
    );
    expect(parsed.rejected).toEqual([
      {
        row: 3,
        invoiceNumber: 'E-2',
        problem: {
          _tag: 'MalformedRow',
          firstLine: 3,
          lastLine: 5,
          detail: { _tag: 'QuoteNotClosed' },
        },
      },
    ]);
    expect(parsed.complete).toBe(false);
  });
  it('names no invoice number for a quote never closed that opens in the number itself', () => {
    const parsed = read(
      DUTCH,
      'E-1;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
      '"E-2;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
      'E-3;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
    );
    expect(parsed.rejected.map((r) => [r.row, r.invoiceNumber, r.problem._tag])).toEqual([
      [3, null, 'MalformedRow'],
    ]);
  });

  describe('with a quoted field that holds a line break and, after it, separators', () => {
    it('keeps it in a , file, as text after the break does not read as a row', () => {
      const parsed = read(
        'Invoice No,Description,Customer ID,Customer Name,Invoice Date,Due Date,Total,Balance',
        'INV-1,"Consulting January',
        'Design, build, test",C1,Smith Ltd,2026-01-31,2026-02-28,100.00,100.00',
        'INV-2,Licence,C1,Smith Ltd,2026-01-31,2026-02-28,50.00,50.00',
      );
      expect(parsed.rejected).toEqual([]);
      expect(parsed.items.map((item) => [item.row, item.invoiceNumber, item.description])).toEqual([
        [2, 'INV-1', 'Consulting January\nDesign, build, test'],
        [4, 'INV-2', 'Licence'],
      ]);
      expect(parsed.complete).toBe(true);
    });

    it('keeps it when it is the first field', () => {
      const parsed = read(
        'name;invoice;debtor;date;due_date;amount;open;description',
        '"Acme',
        'BV";A-1;D1;2026-01-01;2026-01-31;10,00;10,00;x',
        'Bakker;A-2;D2;2026-01-01;2026-01-31;10,00;10,00;x',
      );
      expect(parsed.rejected).toEqual([]);
      expect(parsed.items.map((item) => [item.row, item.debtorName])).toEqual([
        [2, 'Acme\nBV'],
        [4, 'Bakker'],
      ]);
      expect(parsed.complete).toBe(true);
    });

    it('keeps it in a ; file when the line after the break, on its own, has a row of fields', () => {
      const parsed = read(
        'invoice;description;debtor;name;date;due_date;amount;open',
        'A-1;"Onderhoud;',
        'oven; deur";k1;K;2026-01-01;2026-01-31;10,00;10,00',
      );
      expect(parsed.rejected).toEqual([]);
      expect(parsed.items.map((item) => item.description)).toEqual(['Onderhoud;\noven; deur']);
      expect(parsed.complete).toBe(true);
    });

    it('keeps it as the last field when the lines after its first do not read as rows', () => {
      const parsed = read(
        DUTCH,
        'Q-1;k1;K;2026-01-01;2026-01-31;10,00;10,00;"regel 1',
        'regel 2; met; separators"',
        'Q-2;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
      );
      expect(parsed.rejected).toEqual([]);
      expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([
        [2, 'Q-1'],
        [4, 'Q-2'],
      ]);
    });
  });

  it('rejects rows a quote left open in the last field joined up to a later quoted field', () => {
    const parsed = read(
      DUTCH,
      'E-2;k1;K;2026-01-01;2026-01-31;10,00;10,00;"open',
      'E-3;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
      'E-4;k1;K;2026-01-01;2026-01-31;25,00;25,00;"Scherm 27"',
      'E-5;k1;K;2026-01-01;2026-01-31;10,00;10,00;x',
    );
    expect(parsed.items.map((item) => item.invoiceNumber)).toEqual(['E-5']);
    expect(parsed.rejected.map((r) => [r.row, r.invoiceNumber, r.problem])).toEqual([
      [
        2,
        'E-2',
        {
          _tag: 'MalformedRow',
          firstLine: 2,
          lastLine: 4,
          detail: { _tag: 'RowInsideQuotes', line: 3 },
        },
      ],
    ]);
    expect(parsed.complete).toBe(false);
  });
});
