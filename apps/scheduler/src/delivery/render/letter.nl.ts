import { CalendarDate, Money } from '@debiteur/core';
import { formatAmount, formatDate, formatDay } from './formatting';
import { layOut } from './letter-layout';
import { ReminderFacts } from './reminder-letter';

const amount = (m: Money): string => formatAmount(m, 'nl');
const date = (d: CalendarDate): string => formatDate(d, 'nl');
const outstanding = (facts: ReminderFacts): string => amount(facts.invoice.outstanding);

/** "factuur 2026-001 van 1 oktober 2026 voor ‘Advieswerk oktober’" */
const invoicePhrase = ({ invoice }: ReminderFacts): string =>
  `factuur ${invoice.number} van ${date(invoice.issueDate)}` +
  (invoice.description.trim() === '' ? '' : ` voor ‘${invoice.description.trim()}’`);

const dueWas = (facts: ReminderFacts): string =>
  `De vervaldatum was ${date(facts.invoice.dueDate)}.`;

const byDeadline = (facts: ReminderFacts): string =>
  facts.deadline === null ? 'per omgaande' : `uiterlijk op ${formatDay(facts.deadline, 'nl')}`;

/** BW 6:119 (consumer) or 6:119a (commercial): named as the law names them. */
const interestSentence = (facts: ReminderFacts): string[] => {
  const { interest } = facts;
  if (interest === null) return [];
  const kind =
    interest.rate === 'commercial'
      ? 'de wettelijke handelsrente (artikel 6:119a BW)'
      : 'de wettelijke rente (artikel 6:119 BW)';
  return [
    `Over het openstaande bedrag bent u ${kind} verschuldigd; tot en met ${date(interest.until)} is dat ${amount(interest.amount)}.`,
  ];
};

/**
 * The term of the 14-day letter (BW 6:96 lid 6) in the words HR 25-11-2016,
 * ECLI:NL:HR:2016:2704 accepts: fourteen days from the day after delivery; the named date
 * is the last day on ordinary delivery, and a later delivery moves it, so it never misleads.
 */
const fourteenDayTerm = (facts: ReminderFacts): string[] => [
  `Wij verzoeken u het openstaande bedrag van ${outstanding(facts)} te betalen binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd.` +
    (facts.deadline === null
      ? ''
      : ` Bij een gewone bezorging van deze brief betaalt u dus uiterlijk op ${formatDay(facts.deadline, 'nl')}. Is deze brief later bij u bezorgd, dan heeft u tot en met de veertiende dag na de dag van bezorging.`),
];

/** The consequences the law requires the 14-day letter to state, with the amount of the costs. */
const consequence = (facts: ReminderFacts): string =>
  facts.collectionCosts === null
    ? 'Betaalt u niet binnen deze termijn, dan dragen wij de vordering over aan een incassobureau; de buitengerechtelijke incassokosten komen dan voor uw rekening.'
    : `Betaalt u niet binnen deze termijn, dan bent u daarnaast buitengerechtelijke incassokosten verschuldigd van ${amount(facts.collectionCosts)}, berekend volgens het Besluit vergoeding voor buitengerechtelijke incassokosten, en dragen wij de vordering over aan een incassobureau.`;

const text = (facts: ReminderFacts) => {
  switch (facts.kind) {
    case 'reminder':
      return {
        body: [
          `Volgens onze administratie staat ${invoicePhrase(facts)} nog open. ${dueWas(facts)}`,
          `Het openstaande bedrag is ${outstanding(facts)}. Wellicht is de betaling aan uw aandacht ontsnapt; wij verzoeken u het bedrag ${facts.deadline === null ? 'alsnog' : byDeadline(facts)} te voldoen.`,
        ],
        postscript: [
          'Heeft u inmiddels betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.',
        ],
      };
    case 'demand':
      return {
        body: [
          `Ondanks onze eerdere herinnering hebben wij de betaling van ${invoicePhrase(facts)} nog niet (volledig) ontvangen. ${dueWas(facts)}`,
          `Wij verzoeken u dringend het openstaande bedrag van ${outstanding(facts)} ${byDeadline(facts)} te voldoen.`,
          ...interestSentence(facts),
        ],
        postscript: [
          'Heeft u vragen over deze factuur, of kunt u niet in één keer betalen? Neem dan contact met ons op, dan zoeken wij samen naar een oplossing.',
        ],
      };
    case 'final-notice':
      return {
        body: [
          `Ondanks onze herinnering en aanmaning is ${invoicePhrase(facts)} nog niet (volledig) betaald. ${dueWas(facts)} Dit is onze laatste aanmaning.`,
          ...fourteenDayTerm(facts),
          consequence(facts),
          ...interestSentence(facts),
          'Aan deze brief zijn voor u geen kosten verbonden.',
        ],
        postscript: [
          'Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden beschouwen. Heeft u vragen of kunt u niet in één keer betalen, neem dan binnen de termijn contact met ons op.',
        ],
      };
    case 'hand-over':
      return {
        body: [
          `Ondanks onze herinneringen is ${invoicePhrase(facts)} niet betaald. Wij hebben de vordering daarom overgedragen aan een incassobureau.`,
          `Het openstaande bedrag is ${outstanding(facts)}.` +
            (facts.collectionCosts === null
              ? ''
              : ` Daarnaast bent u buitengerechtelijke incassokosten verschuldigd van ${amount(facts.collectionCosts)}.`) +
            ' Het incassobureau neemt contact met u op.',
          ...interestSentence(facts),
        ],
        postscript: [],
      };
  }
};

/** The Dutch letters: herinnering, aanmaning, laatste aanmaning (14-dagenbrief) and overdracht. */
export const dutchLetter = layOut({
  language: 'nl',
  subjects: {
    reminder: 'Herinnering',
    demand: 'Aanmaning',
    'final-notice': 'Laatste aanmaning',
    'hand-over': 'Overdracht aan incassobureau',
  },
  invoiceWord: 'factuur',
  labels: {
    date: 'Datum',
    subject: 'Betreft',
    attention: 't.a.v.',
    invoiceNumber: 'Factuurnummer',
    description: 'Omschrijving',
    issueDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    invoiceAmount: 'Factuurbedrag',
    outstanding: 'Openstaand bedrag',
    interest: (rate) => (rate === 'commercial' ? 'Wettelijke handelsrente' : 'Wettelijke rente'),
    upTo: 't/m',
    costs: (kind) =>
      kind === 'final-notice' ? 'Incassokosten bij niet tijdig betalen' : 'Incassokosten',
    total: 'Totaal verschuldigd',
    deadline: 'Uiterste betaaldatum',
    ordinaryDelivery: 'bij gewone bezorging',
    pay: 'Betaal direct online',
    page: (page, pages) => `pagina ${page} van ${pages}`,
  },
  salutation: (debtor) => {
    if (debtor?.contactPerson) return `Geachte ${debtor.contactPerson},`;
    if (debtor?.kind === 'consumer') return `Geachte ${debtor.name},`;
    return 'Geachte heer, mevrouw,';
  },
  text,
  closing: 'Met vriendelijke groet,',
});
