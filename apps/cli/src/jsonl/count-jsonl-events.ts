import { createReadStream } from 'node:fs';

const LINE_FEED = 0x0a;

/** Space, tab, carriage return, vertical tab, form feed: what a blank line may hold. */
const isBlankByte = (byte: number): boolean =>
  byte === 0x20 || (byte >= 0x09 && byte <= 0x0d && byte !== LINE_FEED);

const hasContent = (bytes: Buffer, from: number, to: number): boolean => {
  for (let at = from; at < to; at += 1) if (!isBlankByte(bytes[at] as number)) return true;
  return false;
};

/**
 * How many events a JSONL event file holds, for a progress bar's total: its lines that are
 * not blank, counted from the bytes without parsing a line. A line of nothing but non-ASCII
 * white space counts, where reading skips it; a line that would not parse counts too, where
 * reading stops at it.
 */
export const countJsonlEvents = async (path: string): Promise<number> => {
  let count = 0;
  let lineHasContent = false;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let at = 0; at < bytes.length;) {
      const end = bytes.indexOf(LINE_FEED, at);
      const stop = end < 0 ? bytes.length : end;
      lineHasContent ||= hasContent(bytes, at, stop);
      if (end < 0) break;
      if (lineHasContent) count += 1;
      lineHasContent = false;
      at = end + 1;
    }
  }
  return lineHasContent ? count + 1 : count;
};
