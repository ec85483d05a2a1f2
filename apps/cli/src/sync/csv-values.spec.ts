import { detectSeparator, parseAmount, parseDate, parseTermDays } from './csv-values';

describe('An amount in an open-items file', () => {
  it.each([
    ['1234.56', 123456],
    ['1234,56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1 234,56', 123456],
    ['1.234.567,89', 123456789],
    ['1,234,567.89', 123456789],
    ['1.234', 123400],
    ['1,234', 123400],
    ['12,5', 1250],
    ['€ 12,50', 1250],
    ['100', 10000],
    ['0', 0],
    ['0,00', 0],
    ['-5,00', -500],
    [',50', 50],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it.each([
    ['12,3,4'],
    ['1.23.4'],
    ['12.345,6.7'],
    ['1,2345'],
    ['abc'],
    [''],
    ['1.2.3,45'],
    ['EUR 5'],
  ])('refuses %s', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('refuses a third decimal', () => {
    expect(parseAmount('1.5678')).toBeNull();
  });

  it.each([['0,125'], ['000.500'], ['0.125'], ['00,125'], ['0.125.000'], ['0.125,50']])(
    'refuses %s: a leading group of zeros is no thousands grouping, so it has three decimals',
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );

  it('reads a mark after nothing but zeros as the decimal mark', () => {
    expect(parseAmount('0,125', 3)).toBe(125);
    expect(parseAmount('000.5')).toBe(50);
    expect(parseAmount('0,500', 0)).toBeNull();
  });

  it.each([
    ['1500', 0, 1500],
    ['1.500', 0, 1500],
    ['1,500', 0, 1500],
    ['1500,00', 0, 1500],
    ['1.250', 3, 1250],
    ['1,250', 3, 1250],
    ['1.234,567', 3, 1234567],
    ['2,5', 3, 2500],
    ['0,0007', 4, 7],
  ])('reads %s in a currency of %i decimals as %i of its minor units', (text, digits, minor) => {
    expect(parseAmount(text, digits)).toBe(minor);
  });

  it.each([
    ['1500,50', 0],
    ['1,5', 0],
    ['1,2345', 3],
  ])('refuses %s in a currency of %i decimals', (text, digits) => {
    expect(parseAmount(text, digits)).toBeNull();
  });
});

describe('A date in an open-items file', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['01-03-2026', '2026-03-01'],
    ['1-3-2026', '2026-03-01'],
    ['01/03/2026', '2026-03-01'],
    ['01.03.2026', '2026-03-01'],
    [' 2019-12-31 ', '2019-12-31'],
  ])('reads %s as %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each([['31-02-2026'], ['2026-13-01'], ['03/01/26'], ['2026/03/01'], ['1 maart 2026'], ['']])(
    'refuses %s',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('A payment term', () => {
  it.each([
    ['30', 30],
    ['30 dagen', 30],
    ['14 days', 14],
    ['0', 0],
  ])('reads %s as %i days', (text, days) => {
    expect(parseTermDays(text)).toBe(days);
  });

  it.each([['-3'], ['30.5'], ['dertig']])('refuses %s', (text) => {
    expect(parseTermDays(text)).toBeNull();
  });
});

describe('The separator of an open-items file', () => {
  it('is a semicolon when the header uses semicolons', () => {
    expect(detectSeparator('factuurnummer;bedrag;openstaand\n1;1,00;1,00\n')).toBe(';');
  });

  it('is a comma when the header uses commas', () => {
    expect(detectSeparator('invoice_number,amount,open_amount\n1,"1,00",1\n')).toBe(',');
  });

  it('ignores separators inside quoted header names', () => {
    expect(detectSeparator('"a,b,c";d;e\n')).toBe(';');
  });

  it('is a tab when the header uses tabs', () => {
    expect(detectSeparator('a\tb\tc\n')).toBe('\t');
  });

  it.each([
    ['\r\na,b,c\r\n1,2,3', ','],
    ['\n \n\ta\tb\tc\n', '\t'],
    ['\x1a\n;;;\n"";"";""\na,b,c\n', ','],
  ])('is judged from the header, not the blank lines before it, in %j', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});
