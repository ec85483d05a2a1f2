import { CalendarDate, Money } from '@debiteur/core';
import { formatAmount, formatDate, formatDay } from './formatting';
import { layOut } from './letter-layout';
import { ReminderFacts } from './reminder-letter';

const amount = (m: Money): string => formatAmount(m, 'en');
const date = (d: CalendarDate): string => formatDate(d, 'en');
const outstanding = (facts: ReminderFacts): string => amount(facts.invoice.outstanding);

/** "invoice 2026-001 of 1 October 2026 for ‘Consultancy, October’" */
const invoicePhrase = ({ invoice }: ReminderFacts): string =>
  `invoice ${invoice.number} of ${date(invoice.issueDate)}` +
  (invoice.description.trim() === '' ? '' : ` for ‘${invoice.description.trim()}’`);

const dueWas = (facts: ReminderFacts): string => `It was due on ${date(facts.invoice.dueDate)}.`;

const byDeadline = (facts: ReminderFacts): string =>
  facts.deadline === null ? 'now' : `no later than ${formatDay(facts.deadline, 'en')}`;

/** Dutch Civil Code 6:119 (consumer) or 6:119a (commercial). */
const interestSentence = (facts: ReminderFacts): string[] => {
  const { interest } = facts;
  if (interest === null) return [];
  const kind =
    interest.rate === 'commercial'
      ? 'statutory commercial interest (Dutch Civil Code, article 6:119a)'
      : 'statutory interest (Dutch Civil Code, article 6:119)';
  return [
    `You owe ${kind} on the outstanding amount; up to and including ${date(interest.until)} it amounts to ${amount(interest.amount)}.`,
  ];
};

/**
 * The term of the 14-day letter (Dutch Civil Code 6:96(6)), worded as the Dutch Supreme
 * Court accepts it (HR 25-11-2016, ECLI:NL:HR:2016:2704): fourteen days from the day after
 * delivery; the named date holds on ordinary delivery, and a later delivery moves it.
 */
const fourteenDayTerm = (facts: ReminderFacts): string[] => [
  `Please pay the outstanding amount of ${outstanding(facts)} within fourteen days from the day after this letter was delivered to you.` +
    (facts.deadline === null
      ? ''
      : ` If this letter was delivered in the ordinary course, that means no later than ${formatDay(facts.deadline, 'en')}. If it was delivered later, you have until the fourteenth day after the day of delivery.`),
];

/** The consequences the law requires the 14-day letter to state, with the amount of the costs. */
const consequence = (facts: ReminderFacts): string =>
  facts.collectionCosts === null
    ? 'If you do not pay within this period, we will hand the claim over to a collection agency; the extrajudicial collection costs will then be charged to you.'
    : `If you do not pay within this period, you will also owe extrajudicial collection costs of ${amount(facts.collectionCosts)}, calculated under the Dutch Decree on compensation for extrajudicial collection costs, and we will hand the claim over to a collection agency.`;

const text = (facts: ReminderFacts) => {
  switch (facts.kind) {
    case 'reminder':
      return {
        body: [
          `According to our records, ${invoicePhrase(facts)} has not been paid yet. ${dueWas(facts)}`,
          `The amount outstanding is ${outstanding(facts)}. Perhaps the payment slipped your attention; we kindly ask you to pay it ${byDeadline(facts)}.`,
        ],
        postscript: ['If you have paid in the meantime, please disregard this reminder.'],
      };
    case 'demand':
      return {
        body: [
          `Despite our earlier reminder, we have not (fully) received payment of ${invoicePhrase(facts)}. ${dueWas(facts)}`,
          `We urgently request that you pay the outstanding amount of ${outstanding(facts)} ${facts.deadline === null ? 'immediately' : byDeadline(facts)}.`,
          ...interestSentence(facts),
        ],
        postscript: [
          'If you have questions about this invoice, or cannot pay in full at once, please contact us so that we can find a solution together.',
        ],
      };
    case 'final-notice':
      return {
        body: [
          `Despite our reminder and demand for payment, ${invoicePhrase(facts)} has not been (fully) paid. ${dueWas(facts)} This is our final notice.`,
          ...fourteenDayTerm(facts),
          consequence(facts),
          ...interestSentence(facts),
          'This letter is free of charge to you.',
        ],
        postscript: [
          'If you have paid in the meantime, please disregard this letter. If you have questions or cannot pay in full at once, please contact us within the period.',
        ],
      };
    case 'hand-over':
      return {
        body: [
          `Despite our reminders, ${invoicePhrase(facts)} has not been paid. We have therefore handed the claim over to a collection agency.`,
          `The amount outstanding is ${outstanding(facts)}.` +
            (facts.collectionCosts === null
              ? ''
              : ` In addition, you owe extrajudicial collection costs of ${amount(facts.collectionCosts)}.`) +
            ' The collection agency will contact you.',
          ...interestSentence(facts),
        ],
        postscript: [],
      };
  }
};

/** The English letters: reminder, demand for payment, final notice (14-day letter) and hand-over. */
export const englishLetter = layOut({
  language: 'en',
  subjects: {
    reminder: 'Reminder',
    demand: 'Demand for payment',
    'final-notice': 'Final notice',
    'hand-over': 'Handed over for collection',
  },
  invoiceWord: 'invoice',
  labels: {
    date: 'Date',
    subject: 'Re',
    attention: 'Attn.',
    invoiceNumber: 'Invoice number',
    description: 'Description',
    issueDate: 'Invoice date',
    dueDate: 'Due date',
    invoiceAmount: 'Invoice amount',
    outstanding: 'Amount outstanding',
    interest: (rate) =>
      rate === 'commercial' ? 'Statutory commercial interest' : 'Statutory interest',
    upTo: 'up to',
    costs: (kind) =>
      kind === 'final-notice' ? 'Collection costs if not paid in time' : 'Collection costs',
    total: 'Total owed',
    deadline: 'Pay by',
    ordinaryDelivery: 'on ordinary delivery',
    pay: 'Pay online now',
    page: (page, pages) => `page ${page} of ${pages}`,
  },
  salutation: (debtor) => {
    if (debtor?.contactPerson) return `Dear ${debtor.contactPerson},`;
    if (debtor?.kind === 'consumer') return `Dear ${debtor.name},`;
    return 'Dear Sir or Madam,';
  },
  text,
  closing: 'Kind regards,',
});
