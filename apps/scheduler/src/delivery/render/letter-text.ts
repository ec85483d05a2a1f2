import { Letter } from './reminder-letter';

const rowsAsText = (rows: readonly (readonly [string, string])[]): string => {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`).join('\n');
};

/**
 * The plain-text part of an e-mail: salutation first (what a mail client previews), then
 * the paragraphs, the facts as an aligned table, the payment link, postscript and closing.
 */
export const letterAsText = (letter: Letter): string =>
  [
    letter.salutation,
    ...letter.body,
    rowsAsText(letter.facts),
    ...(letter.payment === null ? [] : [`${letter.payment.label}: ${letter.payment.url}`]),
    ...letter.postscript,
    [letter.closing, ...(letter.signature === null ? [] : [letter.signature])].join('\n'),
  ].join('\n\n') + '\n';
