import { Language } from '../reminder-message';
import { escapeHtml } from './formatting';
import { englishLetter } from './letter.en';
import { dutchLetter } from './letter.nl';
import { Letter, LetterTemplate, ReminderFacts } from './reminder-letter';

export interface RenderOptions {
  readonly language: Language;
  /** Who signs the letter (the client, or the team on its behalf); null signs with the closing only. */
  readonly senderName?: string | null;
}

/** A reminder as it goes out: subject line, plain text and HTML with the same content. */
export interface RenderedReminder {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const TEMPLATES: Readonly<Record<Language, LetterTemplate>> = {
  nl: dutchLetter,
  en: englishLetter,
};

const factsAsText = (rows: Letter['facts']): string => {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`).join('\n');
};

const toText = (letter: Letter): string =>
  [
    letter.salutation,
    ...letter.body,
    factsAsText(letter.facts),
    ...(letter.payment === null ? [] : [`${letter.payment.label}: ${letter.payment.url}`]),
    ...letter.postscript,
    [letter.closing, ...(letter.signature === null ? [] : [letter.signature])].join('\n'),
  ].join('\n\n') + '\n';

const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`;

const toHtml = (letter: Letter, language: Language): string => {
  const rows = letter.facts
    .map(
      ([label, value]) =>
        `<tr><th style="text-align:left;padding:2px 16px 2px 0">${escapeHtml(label)}</th>` +
        `<td>${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  const payment =
    letter.payment === null
      ? ''
      : `<p><a href="${escapeHtml(letter.payment.url)}">${escapeHtml(letter.payment.label)}</a></p>`;
  const signature = letter.signature === null ? '' : `<br>${escapeHtml(letter.signature)}`;
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(letter.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5">',
    paragraph(letter.salutation),
    ...letter.body.map(paragraph),
    `<table style="border-collapse:collapse;margin:12px 0">${rows}</table>`,
    payment,
    ...letter.postscript.map(paragraph),
    `<p>${escapeHtml(letter.closing)}${signature}</p>`,
    '</body></html>\n',
  ].join('\n');
};

/**
 * Writes a reminder in the deployment's (or tenant's) language: the kind picks the wording
 * (herinnering, aanmaning, laatste aanmaning), and every letter names the invoice, what it
 * was for, the amounts and due date as they stood when it was sent, and the payment link.
 * Pure: the same facts always give the same text.
 */
export const renderReminder = (facts: ReminderFacts, options: RenderOptions): RenderedReminder => {
  const letter = TEMPLATES[options.language](facts, options.senderName ?? null);
  return {
    subject: letter.subject,
    text: toText(letter),
    html: toHtml(letter, options.language),
  };
};
