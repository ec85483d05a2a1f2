import { decode } from 'iconv-lite';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of an open-items file: UTF-8 (a BOM is dropped) when its bytes are valid UTF-8,
 * else Windows-1252, as older accounting packages write it (byte 0x80 is `€`). Decoded by
 * iconv-lite: Node's own `TextDecoder('windows-1252')` reads such bytes as Latin-1, where
 * 0x80 is a control character.
 */
export const openItemsText = (bytes: Buffer): string => {
  try {
    return UTF8.decode(bytes);
  } catch {
    return decode(bytes, 'windows-1252');
  }
};
