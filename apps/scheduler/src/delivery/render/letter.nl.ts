import { ReminderKind } from '@debiteur/core';
import { statutoryCollectionCosts } from './collection-costs';
import { formatAmount, formatDate } from './formatting';
import { Letter, LetterTemplate, ReminderFacts } from './reminder-letter';

const amount = (facts: ReminderFacts) => formatAmount(facts.invoice.outstanding, 'nl');
const date = (d: Parameters<typeof formatDate>[0]) => formatDate(d, 'nl');

/** "factuur 2026-001 van 1 oktober 2026 voor Advieswerk oktober" */
const invoicePhrase = ({ invoice }: ReminderFacts): string =>
  `factuur ${invoice.number} van ${date(invoice.issueDate)}` +
  (invoice.description.trim() === '' ? '' : ` voor ‘${invoice.description.trim()}’`);

const salutation = ({ debtor }: ReminderFacts): string => {
  if (debtor?.contactPerson) return `Geachte ${debtor.contactPerson},`;
  if (debtor?.kind === 'consumer') return `Geachte ${debtor.name},`;
  return 'Geachte heer, mevrouw,';
};

const SUBJECTS: Readonly<Record<ReminderKind, string>> = {
  reminder: 'Herinnering',
  demand: 'Aanmaning',
  'final-notice': 'Laatste aanmaning',
  'hand-over': 'Overdracht aan incassobureau',
};

const consequence = (facts: ReminderFacts): string => {
  const costs =
    facts.debtor?.kind === 'consumer' ? statutoryCollectionCosts(facts.invoice.outstanding) : null;
  return costs === null
    ? 'Betaalt u niet binnen deze termijn, dan dragen wij de vordering over aan een incassobureau; de kosten daarvan komen voor uw rekening.'
    : `Betaalt u niet binnen deze termijn, dan dragen wij de vordering over aan een incassobureau en brengen wij incassokosten van ${formatAmount(costs, 'nl')} in rekening.`;
};

const wording = (facts: ReminderFacts): Pick<Letter, 'body' | 'postscript'> => {
  const due = `De vervaldatum was ${date(facts.invoice.dueDate)}.`;
  switch (facts.kind) {
    case 'reminder':
      return {
        body: [
          `Volgens onze administratie staat ${invoicePhrase(facts)} nog open. ${due}`,
          `Het openstaande bedrag is ${amount(facts)}. Wellicht is de betaling aan uw aandacht ontsnapt; wij verzoeken u het bedrag alsnog te voldoen.`,
        ],
        postscript: [
          'Heeft u inmiddels betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.',
        ],
      };
    case 'demand':
      return {
        body: [
          `Ondanks onze eerdere herinnering hebben wij de betaling van ${invoicePhrase(facts)} nog niet (volledig) ontvangen. ${due}`,
          `Wij verzoeken u dringend het openstaande bedrag van ${amount(facts)} per omgaande te voldoen.`,
        ],
        postscript: [
          'Heeft u vragen over deze factuur, of kunt u niet in één keer betalen? Neem dan contact met ons op, dan zoeken wij samen naar een oplossing.',
        ],
      };
    case 'final-notice':
      return {
        body: [
          `Ondanks onze herinnering en aanmaning is ${invoicePhrase(facts)} nog niet betaald. ${due}`,
          `Dit is onze laatste aanmaning. Wij verzoeken u het openstaande bedrag van ${amount(facts)} binnen 14 dagen na ontvangst van deze brief te betalen.`,
          consequence(facts),
        ],
        postscript: [
          'Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden beschouwen.',
        ],
      };
    case 'hand-over':
      return {
        body: [
          `Ondanks onze herinneringen is ${invoicePhrase(facts)} niet betaald. Wij hebben de vordering daarom overgedragen aan een incassobureau.`,
          `Het openstaande bedrag is ${amount(facts)}. Het incassobureau neemt contact met u op.`,
        ],
        postscript: [],
      };
  }
};

/** The Dutch letters: herinnering, aanmaning, laatste aanmaning (14-dagenbrief) and overdracht. */
export const dutchLetter: LetterTemplate = (facts, senderName) => ({
  subject: `${SUBJECTS[facts.kind]}: factuur ${facts.invoice.number}`,
  salutation: salutation(facts),
  ...wording(facts),
  facts: [
    ['Factuurnummer', facts.invoice.number],
    ['Omschrijving', facts.invoice.description],
    ['Factuurdatum', date(facts.invoice.issueDate)],
    ['Vervaldatum', date(facts.invoice.dueDate)],
    ['Factuurbedrag', formatAmount(facts.invoice.amount, 'nl')],
    ['Openstaand bedrag', amount(facts)],
  ],
  payment:
    facts.invoice.paymentLink === null
      ? null
      : { label: 'Betaal direct online', url: facts.invoice.paymentLink },
  closing: 'Met vriendelijke groet,',
  signature: senderName,
});
