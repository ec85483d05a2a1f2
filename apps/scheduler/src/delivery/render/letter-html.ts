import { escapeHtml } from './formatting';
import { Letter } from './reminder-letter';

const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`;

const table = (rows: readonly (readonly [string, string])[]): string =>
  '<table style="border-collapse:collapse;margin:12px 0">' +
  rows
    .map(
      ([label, value]) =>
        `<tr><th style="text-align:left;vertical-align:top;padding:2px 16px 2px 0">${escapeHtml(label)}</th>` +
        `<td style="padding:2px 0">${escapeHtml(value)}</td></tr>`,
    )
    .join('') +
  '</table>';

/**
 * A letter as one HTML page, for an e-mail body or to print. Every piece of text is
 * escaped (`& < > " '`), the payment link in its `href` too, so nothing an invoice or a
 * debtor's name says can become markup. Inline styles only: mail clients drop style sheets.
 */
export const letterAsHtml = (letter: Letter): string => {
  const sender =
    letter.sender === null
      ? ''
      : `<p style="text-align:right;font-weight:bold">${escapeHtml(letter.sender)}</p>`;
  const addressee =
    letter.addressee.length === 0 ? '' : `<p>${letter.addressee.map(escapeHtml).join('<br>')}</p>`;
  const payment =
    letter.payment === null
      ? ''
      : `<p><a href="${escapeHtml(letter.payment.url)}">${escapeHtml(letter.payment.label)}</a>` +
        `<br><span style="font-size:12px;color:#555">${escapeHtml(letter.payment.url)}</span></p>`;
  const signature = letter.signature === null ? '' : `<br>${escapeHtml(letter.signature)}`;
  return [
    `<!doctype html><html lang="${letter.language}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(letter.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;max-width:680px">',
    sender,
    addressee,
    table(letter.heading),
    paragraph(letter.salutation),
    ...letter.body.map(paragraph),
    table(letter.facts),
    payment,
    ...letter.postscript.map(paragraph),
    `<p>${escapeHtml(letter.closing)}${signature}</p>`,
    '</body></html>\n',
  ]
    .filter((part) => part !== '')
    .join('\n');
};
