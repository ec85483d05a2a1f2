import stringWidth from 'string-width';

/** Characters a terminal acts on rather than shows: C0, DEL, C1, bidi overrides and isolates. */
const actsOnTheTerminal = (code: number): boolean =>
  code <= 0x1f ||
  (code >= 0x7f && code <= 0x9f) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

const SHORT_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\\', '\\\\'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

const hex = (code: number, digits: number): string => code.toString(16).padStart(digits, '0');

const escapeOf = (char: string): string => {
  const short = SHORT_ESCAPES.get(char);
  if (short !== undefined) return short;
  const code = char.codePointAt(0) ?? 0;
  if (!actsOnTheTerminal(code)) return char;
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
};

/**
 * Text from the data as it may be printed to a terminal: control characters (C0, DEL, C1) and
 * bidi overrides and isolates are written as JavaScript-style escapes (`\n`, `\r`, `\t`,
 * otherwise `\x1b` or `\u202e`) and a backslash as `\\`, so no data steers the terminal or
 * breaks a line, and every escape reads back to exactly one character.
 */
export const terminalText = (text: string): string => Array.from(text, escapeOf).join('');

/**
 * The columns a terminal gives `text` (after `terminalText`): East Asian wide and fullwidth
 * characters and emoji take two, combining marks none (string-width).
 */
export const displayWidth = (text: string): number => stringWidth(text);

/** `text` followed by spaces up to `width` terminal columns. */
export const padToDisplayWidth = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
