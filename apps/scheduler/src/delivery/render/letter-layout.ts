import { add, Money, ReminderKind } from '@debiteur/core';
import * as E from 'fp-ts/Either';
import { Language } from '../reminder-message';
import { formatAmount, formatDate, formatDay } from './formatting';
import { InterestFacts, LetterTemplate, ReminderFacts } from './reminder-letter';

/** What one language says; the layout (order of the parts, the fact rows) is shared. */
export interface LetterWording {
  readonly language: Language;
  readonly subjects: Readonly<Record<ReminderKind, string>>;
  /** `factuur` / `invoice`, for the subject line. */
  readonly invoiceWord: string;
  readonly labels: {
    readonly date: string;
    readonly subject: string;
    /** Prefix of the "for the attention of" line: `t.a.v.` / `Attn.` */
    readonly attention: string;
    readonly invoiceNumber: string;
    readonly description: string;
    readonly issueDate: string;
    readonly dueDate: string;
    readonly invoiceAmount: string;
    readonly outstanding: string;
    readonly interest: (rate: InterestFacts['rate']) => string;
    /** `t/m` / `up to`: the last day the interest counts. */
    readonly upTo: string;
    readonly costs: (kind: ReminderKind) => string;
    readonly total: string;
    readonly deadline: string;
    /** Qualifies the 14-day letter's date: it holds when the letter was delivered as usual. */
    readonly ordinaryDelivery: string;
    readonly pay: string;
    /** `pagina 1 van 2` / `page 1 of 2`. */
    readonly page: (page: number, pages: number) => string;
  };
  readonly salutation: (debtor: ReminderFacts['debtor']) => string;
  /** The paragraphs of each kind of letter, and what follows the facts. */
  readonly text: (facts: ReminderFacts) => {
    readonly body: readonly string[];
    readonly postscript: readonly string[];
  };
  readonly closing: string;
}

/** Text that is safe in a file name on any system. */
const fileNamePart = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .toLowerCase() || 'letter';

const sumOf = (amounts: readonly Money[]): Money | null => {
  const [first, ...rest] = amounts;
  if (first === undefined) return null;
  let total: Money = first;
  for (const next of rest) {
    const added = add(total, next);
    if (E.isLeft(added)) return null;
    total = added.right;
  }
  return total;
};

const factRows = (facts: ReminderFacts, w: LetterWording): (readonly [string, string])[] => {
  const { language: lang, labels } = w;
  const { invoice } = facts;
  const rows: (readonly [string, string])[] = [
    [labels.invoiceNumber, invoice.number],
    [labels.description, invoice.description],
    [labels.issueDate, formatDate(invoice.issueDate, lang)],
    [labels.dueDate, formatDate(invoice.dueDate, lang)],
    [labels.invoiceAmount, formatAmount(invoice.amount, lang)],
    [labels.outstanding, formatAmount(invoice.outstanding, lang)],
  ];
  if (facts.interest !== null) {
    const { amount, until, rate } = facts.interest;
    rows.push([
      labels.interest(rate),
      `${formatAmount(amount, lang)} (${labels.upTo} ${formatDate(until, lang)})`,
    ]);
  }
  if (facts.collectionCosts !== null) {
    rows.push([labels.costs(facts.kind), formatAmount(facts.collectionCosts, lang)]);
  }
  if (facts.kind === 'hand-over' && (facts.interest !== null || facts.collectionCosts !== null)) {
    const total = sumOf([
      invoice.outstanding,
      ...(facts.interest === null ? [] : [facts.interest.amount]),
      ...(facts.collectionCosts === null ? [] : [facts.collectionCosts]),
    ]);
    if (total !== null) rows.push([labels.total, formatAmount(total, lang)]);
  }
  if (facts.deadline !== null) {
    const day = formatDay(facts.deadline, lang);
    const qualified = facts.kind === 'final-notice' ? `${day} (${labels.ordinaryDelivery})` : day;
    rows.push([labels.deadline, qualified]);
  }
  return rows;
};

/**
 * Lays a letter out the same way in every language: sender, addressee, date and subject,
 * salutation, the kind's paragraphs, the facts (invoice, amounts, costs, interest,
 * deadline), the payment link, postscript and closing. The wording comes from the language.
 */
export const layOut =
  (w: LetterWording): LetterTemplate =>
  (facts, senderName) => {
    const subjectKind = w.subjects[facts.kind];
    const subject = `${subjectKind}: ${w.invoiceWord} ${facts.invoice.number}`;
    const { body, postscript } = w.text(facts);
    const debtor = facts.debtor;
    return {
      language: w.language,
      subject,
      sender: senderName,
      addressee:
        debtor === null
          ? []
          : [
              debtor.name,
              ...(debtor.contactPerson === null
                ? []
                : [`${w.labels.attention} ${debtor.contactPerson}`]),
            ],
      heading: [
        [w.labels.date, formatDate(facts.sentOn, w.language)],
        [w.labels.subject, subject],
      ],
      salutation: w.salutation(debtor),
      body,
      facts: factRows(facts, w),
      payment:
        facts.invoice.paymentLink === null
          ? null
          : { label: w.labels.pay, url: facts.invoice.paymentLink },
      postscript,
      closing: w.closing,
      signature: senderName,
      pageFooter: (page, pages) => `${subject} · ${w.labels.page(page, pages)}`,
      fileName: `${fileNamePart(subjectKind)}-${fileNamePart(facts.invoice.number)}.pdf`,
    };
  };
