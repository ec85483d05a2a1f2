import { CalendarDate, calendarDate, Currency } from '@debiteur/core';
import { isLeft } from 'fp-ts/Either';
import { OpenItemsFileError, parseOpenItems } from './open-items-csv';
import { ParsedOpenItems } from './open-items.types';

const EUR = ((code: string): Currency => {
  if (!Currency.is(code)) throw new Error(`bad test currency ${code}`);
  return code;
})('EUR');
/** The business date of the sync that reads the file. */
const TODAY = ((date: string): CalendarDate => {
  const checked = calendarDate(date);
  if (isLeft(checked)) throw new Error(`bad test date ${date}`);
  return checked.right;
})('2026-03-01');
const read = (text: string, requiredCurrency?: Currency): ParsedOpenItems =>
  parseOpenItems(text, {
    defaultCurrency: EUR,
    today: TODAY,
    ...(requiredCurrency === undefined ? {} : { requiredCurrency }),
  });

const DUTCH = [
  'Factuurnummer;Debiteurnummer;Debiteurnaam;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Valuta',
  '2019-0042;bakker;Bakkerij Bakker;12-03-2019;11-04-2019;1.234,56;1.000,00;EUR',
  '2026-0007;"jansen";"Jansen; Zonen BV";05-01-2026;19-01-2026;500;500,00;EUR',
].join('\r\n');

const ENGLISH = [
  'invoice_number,debtor_id,debtor_name,invoice_date,payment_term_days,amount,open_amount,currency',
  'INV-1,c-1,"Smith, Jones & Co",2026-01-05,30,"1,234.56",1234.56,EUR',
  'INV-2,c-2,"He said ""pay""",2026-02-01,14,99.95,0,EUR',
].join('\n');

describe('An open-items file', () => {
  describe('as a Dutch package exports it', () => {
    const parsed = read(DUTCH);

    it('is split on semicolons', () => {
      expect(parsed.separator).toBe(';');
      expect(parsed.rejected).toEqual([]);
    });

    it('reads decimal commas, Dutch dates and quoted fields', () => {
      expect(parsed.items[0]).toMatchObject({
        row: 2,
        invoiceNumber: '2019-0042',
        debtorId: 'bakker',
        issueDate: '2019-03-12',
        dueBy: { dueDate: '2019-04-11' },
        amount: { amount: 123456, currency: 'EUR' },
        openAmount: { amount: 100000, currency: 'EUR' },
      });
      expect(parsed.items[1]).toMatchObject({ row: 3, debtorName: 'Jansen; Zonen BV' });
    });
  });

  describe('as an English package exports it', () => {
    const parsed = read(ENGLISH);

    it('is split on commas and reads decimal points, ISO dates and terms in days', () => {
      expect(parsed.separator).toBe(',');
      expect(parsed.rejected).toEqual([]);
      expect(parsed.items[0]).toMatchObject({
        debtorName: 'Smith, Jones & Co',
        issueDate: '2026-01-05',
        dueBy: { paymentTermDays: 30 },
        amount: { amount: 123456 },
        openAmount: { amount: 123456 },
      });
    });

    it('unescapes doubled quotes', () => {
      expect(parsed.items[1]).toMatchObject({
        debtorName: 'He said "pay"',
        openAmount: { amount: 0 },
      });
    });
  });

  it('knows columns by their aliases, in any case and spacing, and ignores unknown ones', () => {
    const parsed = read(
      [
        'Factuur nr.;Klantnummer;Klantnaam;Datum;Termijn;Notitie;Totaal;Saldo',
        'A-1;k1;Klant Een;2026-01-01;30 dagen;iets;10,00;10,00',
      ].join('\n'),
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.items[0]).toMatchObject({
      invoiceNumber: 'A-1',
      debtorId: 'k1',
      dueBy: { paymentTermDays: 30 },
      amount: { amount: 1000, currency: 'EUR' },
    });
  });

  it('prefers the due date when a row has both a due date and a term', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;due_date;terms;amount;open',
        'A-1;k1;K;2026-01-01;2026-01-31;14;10;10',
        'A-2;k1;K;2026-01-01;;14;10;10',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => item.dueBy)).toEqual([
      { dueDate: '2026-01-31' },
      { paymentTermDays: 14 },
    ]);
  });

  it('names the term column when a file with only a term leaves it empty', () => {
    const parsed = read(
      ['invoice;debtor;name;date;Betalingstermijn;amount;open', 'T-1;k1;K;2026-01-01;;10;10'].join(
        '\n',
      ),
    );
    expect(parsed.rejected.map((r) => r.problem)).toEqual([
      { _tag: 'MissingField', field: 'payment_term_days' },
    ]);
  });

  it('takes the separator from a first line sep=, as Excel writes it, numbering rows by line', () => {
    const parsed = read(
      [
        'sep=;',
        'Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand',
        'X-1;D1;Jansen;01-01-2026;31-01-2026;100,00;100,00',
        'X-2;D1;Jansen;01-01-2026;31-01-2026;1.00,00;100,00',
      ].join('\r\n'),
    );
    expect(parsed.separator).toBe(';');
    expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([[3, 'X-1']]);
    expect(parsed.rejected.map((r) => [r.row, r.problem._tag])).toEqual([[4, 'InvalidAmount']]);
  });

  it.each([
    ['"sep=;";;;;;;', 'a LibreOffice round trip'],
    ['sep=;;;;;;;', 'a spreadsheet saving it back'],
    ['SEP=;', 'capitals'],
  ])('takes the separator from a sep= line %s, as written by %s', (sepLine) => {
    const parsed = read(
      [
        sepLine,
        'Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand',
        'X-1;D1;Jansen;01-01-2026;31-01-2026;100,00;100,00',
      ].join('\r\n'),
    );
    expect(parsed.separator).toBe(';');
    expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([[3, 'X-1']]);
    expect(parsed.rejected).toEqual([]);
  });

  it.each([
    [
      ',',
      'invoice,debtor,name,date,due_date,amount,open',
      'L-1,k1,K,2026-01-01,2026-01-31,10.00,10.00',
    ],
    [
      '\t',
      'invoice\tdebtor\tname\tdate\tdue_date\tamount\topen',
      'L-1\tk1\tK\t2026-01-01\t2026-01-31\t10,00\t10,00',
    ],
  ])(
    'finds the separator %j after blank lines before the header, counting them for rows',
    (separator, header, row) => {
      const parsed = read(['', ' ', header, row].join('\r\n'));
      expect(parsed.separator).toBe(separator);
      expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([[4, 'L-1']]);
      expect(parsed.rejected).toEqual([]);
    },
  );

  it('skips a blank line before a sep= line', () => {
    const parsed = read(
      [
        '',
        'sep=,',
        'invoice,debtor,name,date,due_date,amount,open',
        'L-1,k1,K,2026-01-01,2026-01-31,10.00,10.00',
      ].join('\n'),
    );
    expect(parsed.separator).toBe(',');
    expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([[4, 'L-1']]);
  });

  it('takes a last line of a DOS end-of-file mark for a blank line, so the file stays complete', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;due_date;amount;open',
        'Z-1;k1;K;2026-01-01;2026-01-31;10,00;10,00',
        '\x1a',
      ].join('\r\n'),
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.items.map((item) => item.invoiceNumber)).toEqual(['Z-1']);
    expect(parsed.complete).toBe(true);
  });

  it('refuses an amount after a leading group of zeros with more decimals than the currency has', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;due_date;amount;open',
        'Z-1;k1;K;2026-01-01;2026-01-31;0,125;0,125',
        'Z-2;k1;K;2026-01-01;2026-01-31;000.500;0',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([]);
    expect(parsed.rejected.map((r) => [r.invoiceNumber, r.problem])).toEqual([
      ['Z-1', { _tag: 'InvalidAmount', field: 'amount', value: '0,125' }],
      ['Z-2', { _tag: 'InvalidAmount', field: 'amount', value: '000.500' }],
    ]);
  });

  describe('with columns of a Dutch export that other fields share a name with', () => {
    it('ignores Soort, the kind of document, rather than take it for the debtor kind', () => {
      const parsed = read(
        [
          'Factuurnummer;Soort;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand',
          'S-1;Factuur;D1;Jansen;01-01-2026;31-01-2026;100,00;100,00',
        ].join('\n'),
      );
      expect(parsed.rejected).toEqual([]);
      expect(parsed.items.map((item) => [item.invoiceNumber, item.debtorKind])).toEqual([
        ['S-1', 'business'],
      ]);
    });

    it('reads the invoice date from Factuurdatum, not Boekdatum, the date it was booked', () => {
      const parsed = read(
        [
          'Factuurnummer;Debiteurnummer;Naam;Boekdatum;Factuurdatum;Vervaldatum;Bedrag;Openstaand',
          'S-1;D1;Jansen;05-01-2026;01-01-2026;31-01-2026;100,00;100,00',
        ].join('\n'),
      );
      expect(parsed.items.map((item) => item.issueDate)).toEqual(['2026-01-01']);
    });

    it('reads the description from Omschrijving, not Reference', () => {
      const parsed = read(
        [
          'Reference;Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Omschrijving',
          'RF18 5390;S-1;D1;Jansen;01-01-2026;31-01-2026;100,00;100,00;Advies',
        ].join('\n'),
      );
      expect(parsed.items.map((item) => item.description)).toEqual(['Advies']);
    });

    it('reads the debtor name from Naam, not Relatie, which may hold the relation number', () => {
      const parsed = read(
        [
          'Factuurnummer;Relatie;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand',
          'S-1;10023;D1;Jansen BV;01-01-2026;31-01-2026;100,00;100,00',
        ].join('\n'),
      );
      expect(parsed.items.map((item) => item.debtorName)).toEqual(['Jansen BV']);
    });

    it('still cannot be read with two such names for one field and no other, naming both', () => {
      expect(() =>
        read('Factuurnummer;Debiteurnummer;Naam;Datum;Boekdatum;Vervaldatum;Bedrag;Openstaand\n'),
      ).toThrow(
        expect.objectContaining({
          problem: {
            _tag: 'DuplicateColumn',
            field: 'invoice_date',
            headers: ['Datum', 'Boekdatum'],
          },
        }),
      );
    });
  });

  describe('with bad rows', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;due_date;amount;open;currency',
        'B-1;k1;K;2026-01-01;2026-01-31;10,00;10,00;EUR',
        'B-2;k1;K;31-02-2026;2026-03-31;10,00;10,00;EUR',
        'B-3;k1;K;2026-01-01;2026-01-31;12,3,4;10,00;EUR',
        'B-4;;K;2026-01-01;2026-01-31;10,00;10,00;EUR',
        'B-5;k1;K;2026-01-01;2025-12-31;10,00;10,00;EUR',
        'B-6;k1;K;2026-01-01;2026-01-31;10,00;12,00;EUR',
        'B-1;k1;K;2026-01-01;2026-01-31;10,00;10,00;EUR',
        'B-7;k 1;K;2026-01-01;2026-01-31;10,00;10,00;EUR',
        'B-8;k1;K;2026-01-01;2026-01-31;-10,00;0;EUR',
        'B-9;k1;K;2026-01-01;2026-01-31;10,00;10,00;euro',
        '',
        'B-10;k1;"K',
        'multi-line";2026-01-01;2026-01-31;10,00;10,00;EUR',
        'B-11;k1;K;2026-01-01;2026-01-31;10,00;10,00;EUR',
      ].join('\n'),
    );

    it('reports each with its row number and reason and keeps the good ones', () => {
      expect(parsed.rejected.map((r) => [r.row, r.invoiceNumber, r.problem._tag])).toEqual([
        [2, 'B-1', 'DuplicateInvoiceNumber'],
        [3, 'B-2', 'InvalidDate'],
        [4, 'B-3', 'InvalidAmount'],
        [5, 'B-4', 'MissingField'],
        [6, 'B-5', 'DueBeforeIssue'],
        [7, 'B-6', 'OpenAmountAboveAmount'],
        [8, 'B-1', 'DuplicateInvoiceNumber'],
        [9, 'B-7', 'InvalidId'],
        [10, 'B-8', 'NonPositiveAmount'],
        [11, 'B-9', 'InvalidCurrency'],
      ]);
      expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([
        [13, 'B-10'],
        [15, 'B-11'],
      ]);
    });

    it('still counts the numbers of bad rows as in the file', () => {
      expect(parsed.numbersInFile.has('B-6')).toBe(true);
      expect(parsed.complete).toBe(true);
    });
  });

  describe('with an invoice dated after the day of the sync', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;due_date;amount;open',
        'G-1;k1;K;2026-03-01;2026-03-31;10,00;10,00',
        'G-2;k1;K;02-03-2026;2026-04-01;10,00;10,00',
        'G-3;k1;K;2026-03-02;2026-02-28;10,00;10,00',
        'G-4;k1;K;2026-02-01;2026-01-31;10,00;10,00',
      ].join('\n'),
    );

    it('rejects it, naming its date and the day of the sync, and keeps one dated that day', () => {
      expect(parsed.items.map((item) => item.invoiceNumber)).toEqual(['G-1']);
      expect(parsed.rejected.map((r) => [r.row, r.invoiceNumber, r.problem])).toEqual([
        [3, 'G-2', { _tag: 'IssueDateInFuture', issueDate: '2026-03-02', today: '2026-03-01' }],
        [4, 'G-3', { _tag: 'IssueDateInFuture', issueDate: '2026-03-02', today: '2026-03-01' }],
        [5, 'G-4', { _tag: 'DueBeforeIssue', issueDate: '2026-02-01', dueDate: '2026-01-31' }],
      ]);
    });

    it('still counts its number as in the file', () => {
      expect(parsed.numbersInFile.has('G-2')).toBe(true);
      expect(parsed.complete).toBe(true);
    });
  });

  describe('with two rows for one invoice number', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;due_date;amount;open',
        'H-1;k1;K;2026-01-01;2026-01-31;12,3,4;10,00',
        'H-2;k1;K;2026-01-01;2026-01-31;10,00;5,00',
        'H-1;k1;K;2026-01-01;2026-01-31;10,00;10,00',
        'H-2;k1;K;2026-01-01;2026-02-28;10,00;5,00',
        'H-3;k1;K;2026-01-01;2026-01-31;10,00;10,00',
        'H-2;k1;K;2026-01-01;2026-03-31;10,00;0',
      ].join('\n'),
    );

    it('applies none of them, also when each is good, and reads the other rows', () => {
      expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([[6, 'H-3']]);
    });

    it('rejects each, naming the other rows with the number and what else is wrong with it', () => {
      expect(parsed.rejected.map((r) => [r.row, r.invoiceNumber, r.problem])).toEqual([
        [
          2,
          'H-1',
          { _tag: 'DuplicateInvoiceNumber', otherRows: [4], alsoRejectedAs: 'InvalidAmount' },
        ],
        [3, 'H-2', { _tag: 'DuplicateInvoiceNumber', otherRows: [5, 7], alsoRejectedAs: null }],
        [4, 'H-1', { _tag: 'DuplicateInvoiceNumber', otherRows: [2], alsoRejectedAs: null }],
        [5, 'H-2', { _tag: 'DuplicateInvoiceNumber', otherRows: [3, 7], alsoRejectedAs: null }],
        [7, 'H-2', { _tag: 'DuplicateInvoiceNumber', otherRows: [3, 5], alsoRejectedAs: null }],
      ]);
    });

    it('counts the number as in the file, so its invoice is not taken as vanished', () => {
      expect(parsed.numbersInFile.has('H-1')).toBe(true);
      expect(parsed.numbersInFile.has('H-2')).toBe(true);
      expect(parsed.complete).toBe(true);
    });
  });

  describe('with invoice numbers that differ only in case', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;due_date;amount;open',
        'F-001;k1;K;2026-01-01;2026-01-31;10,00;10,00',
        'f-001;k1;K;2026-01-01;2026-01-31;20,00;20,00',
        'F-002;k1;K;2026-01-01;2026-01-31;10,00;10,00',
      ].join('\n'),
    );

    it('takes them as two invoices, as the accounting package does', () => {
      expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([
        [2, 'F-001'],
        [3, 'f-001'],
        [4, 'F-002'],
      ]);
      expect(parsed.rejected).toEqual([]);
    });

    it('warns of each such row, naming the other spelling and its row', () => {
      expect(parsed.warnings).toEqual([
        {
          row: 2,
          invoiceNumber: 'F-001',
          warning: { _tag: 'CaseVariantNumber', other: 'f-001', otherRow: 3 },
        },
        {
          row: 3,
          invoiceNumber: 'f-001',
          warning: { _tag: 'CaseVariantNumber', other: 'F-001', otherRow: 2 },
        },
      ]);
    });
  });

  it('warns of nothing when every number is spelt one way', () => {
    expect(read(DUTCH).warnings).toEqual([]);
    expect(read(ENGLISH).warnings).toEqual([]);
  });

  it('numbers rows by their first line in a CRLF file with a line break inside quotes', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;due_date;amount;open;currency',
        'Q-1;k1;"two\r\nlines";2026-01-01;2026-01-31;10,00;10,00;EUR',
        'Q-2;k1;K;2026-01-01;2026-01-31;10,00;10,00;EUR',
        'Q-3;k1;K;2026-01-01;2026-01-31;12,3,4;10,00;EUR',
      ].join('\r\n'),
    );
    expect(parsed.items.map((item) => [item.row, item.invoiceNumber])).toEqual([
      [2, 'Q-1'],
      [4, 'Q-2'],
    ]);
    expect(parsed.rejected.map((r) => [r.row, r.invoiceNumber])).toEqual([[5, 'Q-3']]);
  });

  it('takes ISO currency codes in any case and refuses three letters that are none', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;due_date;amount;open;currency',
        'C-1;k1;K;2026-01-01;2026-01-31;10,00;10,00;eur',
        'C-2;k1;K;2026-01-01;2026-01-31;10,00;10,00;XYZ',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => [item.invoiceNumber, item.amount.currency])).toEqual([
      ['C-1', 'EUR'],
    ]);
    expect(parsed.rejected.map((r) => [r.row, r.problem._tag])).toEqual([[3, 'InvalidCurrency']]);
  });

  it('rejects a row in another currency than the one required', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;terms;amount;open;currency',
        'C-1;k1;K;2026-01-01;14;10;10;USD',
      ].join('\n'),
      EUR,
    );
    expect(parsed.rejected.map((r) => r.problem)).toEqual([
      { _tag: 'CurrencyMismatch', expected: 'EUR', actual: 'USD' },
    ]);
  });

  it('is incomplete when a row has no readable invoice number', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;terms;amount;open',
        ';k1;K;2026-01-01;14;10;10',
        'D-2;k1;K;2026-01-01;14;10;10',
      ].join('\n'),
    );
    expect(parsed.complete).toBe(false);
    expect(parsed.rejected.map((r) => [r.row, r.problem._tag])).toEqual([[2, 'MissingField']]);
  });

  it('is incomplete when an unclosed quote swallows the rest', () => {
    const parsed = read(
      [
        'invoice;debtor;name;date;terms;amount;open',
        'E-1;k1;K;2026-01-01;14;10;10',
        'E-2;k1;"K;2026-01-01;14;10;10',
        'E-3;k1;K;2026-01-01;14;10;10',
      ].join('\n'),
    );
    expect(parsed.complete).toBe(false);
    expect(parsed.rejected.map((r) => [r.row, r.problem._tag])).toEqual([[3, 'MalformedRow']]);
    expect(parsed.items.map((item) => item.invoiceNumber)).toEqual(['E-1']);
  });

  it('cannot be read without the required columns', () => {
    expect(() => read('invoice;debtor;amount\nX;k;1\n')).toThrow(OpenItemsFileError);
    try {
      read('invoice;debtor;amount\nX;k;1\n');
    } catch (error) {
      expect((error as OpenItemsFileError).problem).toEqual({
        _tag: 'MissingColumns',
        fields: ['debtor_name', 'invoice_date', 'open_amount', 'due_date'],
      });
    }
  });

  it('cannot be read when two columns hold the same field', () => {
    expect(() => read('invoice;factuurnummer;debtor;name;date;terms;amount;open\n')).toThrow(
      OpenItemsFileError,
    );
  });

  it('skips a byte-order mark before the header', () => {
    const parsed = read(
      '\uFEFFinvoice;debtor;name;date;terms;amount;open\nF-1;k1;K;2026-01-01;14;10;10\n',
    );
    expect(parsed.items.map((item) => item.invoiceNumber)).toEqual(['F-1']);
  });
});
