import { decode } from 'iconv-lite';
import { OpenItemsFileError } from './open-items-file-error';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-16 of a byte-order mark, as Excel saves "Unicode text"; null when there is none. */
const utf16Of = (bytes: Buffer): 'utf-16le' | 'utf-16be' | null =>
  bytes[0] === 0xff && bytes[1] === 0xfe
    ? 'utf-16le'
    : bytes[0] === 0xfe && bytes[1] === 0xff
      ? 'utf-16be'
      : null;

/**
 * The text of an open-items file: UTF-16 when it starts with that byte-order mark; UTF-8 (a
 * BOM is dropped) when its bytes are valid UTF-8; else Windows-1252, as older accounting
 * packages write it (byte 0x80 is `€`), decoded by iconv-lite because Node's own
 * `TextDecoder('windows-1252')` reads such bytes as Latin-1. Bytes with NULs but no UTF-16 mark
 * are refused: no text CSV holds them (a spreadsheet file, or UTF-16 without its mark).
 */
export const openItemsText = (bytes: Buffer): string => {
  const utf16 = utf16Of(bytes);
  if (utf16 !== null) return new TextDecoder(utf16).decode(bytes);
  if (bytes.includes(0)) throw new OpenItemsFileError({ _tag: 'NotText' });
  try {
    return UTF8.decode(bytes);
  } catch {
    return decode(bytes, 'windows-1252');
  }
};
