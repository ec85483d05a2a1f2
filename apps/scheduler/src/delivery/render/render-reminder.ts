import { Language, ReminderPdf } from '../reminder-message';
import { englishLetter } from './letter.en';
import { letterAsHtml } from './letter-html';
import { dutchLetter } from './letter.nl';
import { letterAsPdf } from './letter-pdf';
import { letterAsText } from './letter-text';
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

/**
 * The letter of a reminder in the deployment's (or tenant's) language, before it becomes
 * text, HTML or PDF: the kind picks the wording (herinnering, aanmaning, laatste aanmaning
 * or 14-dagenbrief, overdracht) and every letter names the invoice, what it was for, the
 * amounts as they stood when it was sent, costs, interest and deadline when the facts hold
 * them, and the payment link.
 */
export const letterFor = (facts: ReminderFacts, options: RenderOptions): Letter =>
  TEMPLATES[options.language](facts, options.senderName ?? null);

/** Subject, plain text and HTML of a reminder. Pure: the same facts always give the same text. */
export const renderReminder = (facts: ReminderFacts, options: RenderOptions): RenderedReminder => {
  const letter = letterFor(facts, options);
  return { subject: letter.subject, text: letterAsText(letter), html: letterAsHtml(letter) };
};

/**
 * The same letter as an A4 PDF. Dated by the letter's own date (`sentOn`), not the clock,
 * so rendering a reminder again gives the same bytes.
 */
export const renderReminderPdf = async (
  facts: ReminderFacts,
  options: RenderOptions,
): Promise<ReminderPdf> => {
  const letter = letterFor(facts, options);
  return {
    fileName: letter.fileName,
    content: await letterAsPdf(letter, new Date(`${facts.sentOn}T00:00:00Z`)),
  };
};
