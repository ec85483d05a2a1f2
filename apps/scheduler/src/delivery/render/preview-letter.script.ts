/**
 * Writes one sample letter to look at: `<out>.html`, `<out>.txt`, `<out>.pdf` and, when
 * poppler-utils is installed, `<out>.png` (page 1 at 60 dpi). Run from the repository root:
 *
 *   npx tsx --tsconfig tsconfig.tsx.json apps/scheduler/src/delivery/render/preview-letter.script.ts \
 *     --kind final-notice --language nl --debtor consumer --out /tmp/letter
 *
 * Options: --kind reminder|demand|final-notice|hand-over, --language nl|en,
 * --debtor consumer|business, --sent-on YYYY-MM-DD (default 2026-11-23), --out <path stem>.
 * Amounts, costs, interest and the deadline come from the core's Dutch rules, as delivery
 * computes them.
 */
import {
  addDays,
  calendarDate,
  CalendarDate,
  fourteenDayLetterDeadline,
  interestStartDate,
  money,
  Money,
  ReminderKind,
  statutoryCollectionCosts,
  statutoryInterest,
} from '@debiteur/core';
import * as E from 'fp-ts/Either';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLanguage } from '../reminder-message';
import { ReminderFacts } from './reminder-letter';
import { renderReminder, renderReminderPdf } from './render-reminder';

const KINDS: readonly ReminderKind[] = ['reminder', 'demand', 'final-notice', 'hand-over'];

const orFail = <A>(value: E.Either<unknown, A>, what: string): A => {
  if (E.isLeft(value)) throw new Error(`not a valid ${what}`);
  return value.right;
};

const { values } = parseArgs({
  options: {
    kind: { type: 'string', default: 'final-notice' },
    language: { type: 'string', default: 'nl' },
    debtor: { type: 'string', default: 'consumer' },
    'sent-on': { type: 'string', default: '2026-11-23' },
    out: { type: 'string', default: './letter-preview' },
  },
});

const kind = KINDS.find((k) => k === values.kind);
if (kind === undefined) throw new Error(`--kind must be one of ${KINDS.join(', ')}`);
const language = values.language;
if (!isLanguage(language)) throw new Error('--language must be nl or en');
const consumer = values.debtor === 'consumer';
const sentOn: CalendarDate = orFail(calendarDate(values['sent-on']), 'date (--sent-on)');
const dueDate = addDays(sentOn, -35);
const eur = (cents: number): Money => orFail(money(cents, 'EUR'), 'amount');
const outstanding = eur(123456);

const from = interestStartDate({
  kind: consumer ? 'consumer' : 'commercial',
  dueDate,
  fatalTerm: true,
  noticeOfDefaultDeadline: null,
});
const interest =
  kind === 'reminder' || from === null
    ? null
    : {
        amount: statutoryInterest({
          principal: outstanding,
          kind: consumer ? 'consumer' : 'commercial',
          from,
          until: addDays(sentOn, 1),
        }).total,
        until: sentOn,
        rate: consumer ? ('consumer' as const) : ('commercial' as const),
      };

const facts: ReminderFacts = {
  kind,
  level: KINDS.indexOf(kind) + 1,
  sentOn,
  invoice: {
    number: '2026-0042',
    description: 'Onderhoud cv-installatie, oktober',
    issueDate: addDays(dueDate, -30),
    dueDate,
    amount: eur(150000),
    outstanding,
    paymentLink: 'https://pay.example.nl/2026-0042?token=a1b2c3',
  },
  debtor: consumer
    ? { name: 'P. de Vries', kind: 'consumer', contactPerson: null }
    : { name: 'Bakkerij De Korf B.V.', kind: 'business', contactPerson: 'Mevr. J. Jansen' },
  collectionCosts:
    kind === 'final-notice' || kind === 'hand-over' ? statutoryCollectionCosts(outstanding) : null,
  interest,
  deadline: kind === 'final-notice' ? fourteenDayLetterDeadline(sentOn).deadline : null,
};

const main = async (): Promise<void> => {
  const options = { language, senderName: 'Installatiebedrijf Noord B.V.' };
  const { text, html } = renderReminder(facts, options);
  const pdf = await renderReminderPdf(facts, options);
  const out = values.out;
  writeFileSync(`${out}.html`, html);
  writeFileSync(`${out}.txt`, text);
  writeFileSync(`${out}.pdf`, pdf.content);
  const png = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    `${out}.pdf`,
    out,
  ]);
  const wrote = [`${out}.html`, `${out}.txt`, `${out}.pdf`];
  if (png.status === 0) wrote.push(`${out}.png`);
  else wrote.push('(no PNG: apt-get install poppler-utils for pdftoppm)');
  process.stdout.write(`${wrote.join('\n')}\n`);
};

void main();
