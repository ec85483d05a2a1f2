import { OpenItemsFileError } from './open-items-file-error';
import { openItemsText } from './open-items-text';

describe('openItemsText', () => {
  it('reads UTF-8 and drops its BOM', () => {
    const bytes = Buffer.from('\uFEFFnumber;amount\nK-1;€ 12,50\n', 'utf8');
    expect(openItemsText(bytes)).toBe('number;amount\nK-1;€ 12,50\n');
  });

  it('reads bytes that are not UTF-8 as Windows-1252, where 0x80 is the euro sign', () => {
    // "K-1;€ 1.234,56 café" as Windows-1252 writes it: € is 0x80, é is 0xE9.
    const bytes = Buffer.from([
      ...Buffer.from('K-1;', 'ascii'),
      0x80,
      ...Buffer.from(' 1.234,56 caf', 'ascii'),
      0xe9,
    ]);
    expect(openItemsText(bytes)).toBe('K-1;€ 1.234,56 café');
  });

  it('keeps a replacement character that the UTF-8 file really holds', () => {
    expect(openItemsText(Buffer.from('K-1;\uFFFD', 'utf8'))).toBe('K-1;\uFFFD');
  });

  it('reads UTF-16 with its byte-order mark, as Excel saves "Unicode text"', () => {
    const text = 'number\tamount\r\nK-1\t€ 12,50\r\n';
    const littleEndian = Buffer.from(`\uFEFF${text}`, 'utf16le');
    const bigEndian = Buffer.from(littleEndian).swap16();
    expect(openItemsText(littleEndian)).toBe(text);
    expect(openItemsText(bigEndian)).toBe(text);
  });

  it('refuses bytes with NULs but no byte-order mark, which are no text CSV', () => {
    expect(() => openItemsText(Buffer.from('number;amount\n', 'utf16le'))).toThrow(
      OpenItemsFileError,
    );
  });
});
