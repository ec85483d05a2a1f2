/**
 * Words a shell takes literally: no splitting, expansion or globbing. Not starting with `=`,
 * which zsh expands to a command's path.
 */
const LITERAL = /^[A-Za-z0-9_@%+:,./-][A-Za-z0-9_@%+=:,./-]*$/;

const shellWord = (word: string): string =>
  LITERAL.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * A command line that a POSIX shell splits back into exactly `words`, so that a command
 * suggested on stderr can be pasted: a word is single-quoted when it holds anything but
 * letters, digits and `_@%+=:,./-` (or starts with `=`).
 */
export const shellLine = (words: readonly string[]): string => words.map(shellWord).join(' ');
