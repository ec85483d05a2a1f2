import { ReminderKind } from '@debiteur/core';
import { statutoryCollectionCosts } from './collection-costs';
import { formatAmount, formatDate } from './formatting';
import { Letter, LetterTemplate, ReminderFacts } from './reminder-letter';

const amount = (facts: ReminderFacts) => formatAmount(facts.invoice.outstanding, 'en');
const date = (d: Parameters<typeof formatDate>[0]) => formatDate(d, 'en');

/** "invoice 2026-001 of 1 October 2026 for Consultancy, October" */
const invoicePhrase = ({ invoice }: ReminderFacts): string =>
  `invoice ${invoice.number} of ${date(invoice.issueDate)}` +
  (invoice.description.trim() === '' ? '' : ` for ‘${invoice.description.trim()}’`);

const salutation = ({ debtor }: ReminderFacts): string => {
  if (debtor?.contactPerson) return `Dear ${debtor.contactPerson},`;
  if (debtor?.kind === 'consumer') return `Dear ${debtor.name},`;
  return 'Dear Sir or Madam,';
};

const SUBJECTS: Readonly<Record<ReminderKind, string>> = {
  reminder: 'Reminder',
  demand: 'Demand for payment',
  'final-notice': 'Final notice',
  'hand-over': 'Handed over for collection',
};

const consequence = (facts: ReminderFacts): string => {
  const costs =
    facts.debtor?.kind === 'consumer' ? statutoryCollectionCosts(facts.invoice.outstanding) : null;
  return costs === null
    ? 'If you do not pay within this period, we will hand the claim over to a collection agency at your expense.'
    : `If you do not pay within this period, we will hand the claim over to a collection agency and charge collection costs of ${formatAmount(costs, 'en')}.`;
};

const wording = (facts: ReminderFacts): Pick<Letter, 'body' | 'postscript'> => {
  const due = `It was due on ${date(facts.invoice.dueDate)}.`;
  switch (facts.kind) {
    case 'reminder':
      return {
        body: [
          `According to our records, ${invoicePhrase(facts)} has not been paid yet. ${due}`,
          `The amount outstanding is ${amount(facts)}. Perhaps the payment slipped your attention; we kindly ask you to pay it now.`,
        ],
        postscript: ['If you have paid in the meantime, please disregard this reminder.'],
      };
    case 'demand':
      return {
        body: [
          `Despite our earlier reminder, we have not (fully) received payment of ${invoicePhrase(facts)}. ${due}`,
          `We urgently request that you pay the outstanding amount of ${amount(facts)} immediately.`,
        ],
        postscript: [
          'If you have questions about this invoice, or cannot pay in full at once, please contact us so that we can find a solution together.',
        ],
      };
    case 'final-notice':
      return {
        body: [
          `Despite our reminder and demand for payment, ${invoicePhrase(facts)} has not been paid. ${due}`,
          `This is our final notice. Please pay the outstanding amount of ${amount(facts)} within 14 days of receiving this letter.`,
          consequence(facts),
        ],
        postscript: ['If you have paid in the meantime, please disregard this letter.'],
      };
    case 'hand-over':
      return {
        body: [
          `Despite our reminders, ${invoicePhrase(facts)} has not been paid. We have therefore handed the claim over to a collection agency.`,
          `The amount outstanding is ${amount(facts)}. The collection agency will contact you.`,
        ],
        postscript: [],
      };
  }
};

/** The English letters: reminder, demand for payment, final notice and hand-over notice. */
export const englishLetter: LetterTemplate = (facts, senderName) => ({
  subject: `${SUBJECTS[facts.kind]}: invoice ${facts.invoice.number}`,
  salutation: salutation(facts),
  ...wording(facts),
  facts: [
    ['Invoice number', facts.invoice.number],
    ['Description', facts.invoice.description],
    ['Invoice date', date(facts.invoice.issueDate)],
    ['Due date', date(facts.invoice.dueDate)],
    ['Invoice amount', formatAmount(facts.invoice.amount, 'en')],
    ['Amount outstanding', amount(facts)],
  ],
  payment:
    facts.invoice.paymentLink === null
      ? null
      : { label: 'Pay online now', url: facts.invoice.paymentLink },
  closing: 'Kind regards,',
  signature: senderName,
});
