import { DebtorEvent } from '../debtor/debtor.events';
import { InvoiceEvent, ReminderChannel, ReminderKind } from '../invoice/invoice.events';
import { invoicePrescriptionDate, isWrittenInterruption } from '../invoice/invoice.prescription';
import { callSheet } from './call-sheet';
import { foldProjection } from './projection';
import { prescriptionReport } from './prescription-report';
import { reportsProjection } from './reports-projection';
import {
  ACME,
  day,
  debtor,
  debtorStream,
  eur,
  ev,
  invoiceStream,
  OTHER_TENANT,
  registered,
  text,
} from './report.spec-helpers';

const TODAY = day('2026-06-30');

const sent = (kind: ReminderKind, channel: ReminderChannel, sentOn: string): InvoiceEvent => ({
  type: 'ReminderSent',
  data: { level: kind === 'reminder' ? 1 : 2, kind, channel, sentOn: day(sentOn) },
});

const consumer: DebtorEvent = {
  type: 'DebtorRegistered',
  data: { debtorId: debtor('jansen'), name: text('J. Jansen'), kind: 'consumer' },
};

const open = (invoiceId: string, debtorId: string, dueDate: string, ...rest: InvoiceEvent[]) =>
  invoiceStream({ invoiceId, debtorId, issueDate: dueDate, dueDate, amount: eur(10000) }, ...rest);

/**
 * Prescription runs five years (two for a consumer's purchase) from the day after the due
 * date or after the last qualifying written reminder; days left count from 30 June 2026.
 */
const books = [
  ...debtorStream('bakker', [registered('bakker', 'Bakker BV')]),
  ...debtorStream('jansen', [consumer]),
  // Due 18 Jan 2021, never interrupted: prescribed on 19 Jan 2026, 162 days ago.
  ...open('B-OLD', 'bakker', '2021-01-18'),
  // A demand letter by post on 1 Sep 2021 restarts the five years: 2 Sep 2026, 64 days.
  ...open('B-DEMAND', 'bakker', '2021-06-15', sent('demand', 'post', '2021-09-01')),
  // A friendly first reminder does not interrupt: 16 Dec 2026, 169 days.
  ...open('B-REMINDER', 'bakker', '2021-12-15', sent('reminder', 'email', '2022-01-05')),
  // Nor does a demand by phone: 16 Nov 2026, 139 days.
  ...open('B-PHONE', 'bakker', '2021-11-15', sent('demand', 'phone', '2022-03-01')),
  // A consumer's invoice: two years, 2 Aug 2026, 33 days.
  ...open('J-1', 'jansen', '2024-08-01'),
  // Far from prescription, settled, another tenant's: not listed.
  ...open('B-NEW', 'bakker', '2026-01-15'),
  ...open('B-PAID', 'bakker', '2020-01-15', ev.paid(eur(10000), '2020-02-01')),
  ...invoiceStream({
    invoiceId: 'X-OLD',
    debtorId: 'bakker',
    issueDate: '2020-01-01',
    amount: eur(10000),
    tenantId: OTHER_TENANT,
  }),
];

const state = foldProjection(reportsProjection, books);

describe('Prescription report', () => {
  it.each<[ReminderKind, ReminderChannel, boolean]>([
    ['demand', 'post', true],
    ['demand', 'email', true],
    ['final-notice', 'post', true],
    ['demand', 'phone', false],
    ['reminder', 'email', false],
    ['reminder', 'post', false],
  ])('counts a %s by %s as a written interruption: %s', (kind, channel, counts) =>
    expect(isWrittenInterruption({ kind, channel })).toBe(counts),
  );

  it.each<[string, 'business' | 'consumer' | null, readonly InvoiceEvent[], string]>([
    ['five years from the day after the due date', 'business', [], '2031-01-20'],
    ['two years for a consumer purchase', 'consumer', [], '2028-01-20'],
    ['an unknown debtor as a business', null, [], '2031-01-20'],
    [
      'restarted by a demand letter',
      'business',
      [sent('demand', 'post', '2027-03-01')],
      '2032-03-02',
    ],
    ['not by a reminder', 'business', [sent('reminder', 'email', '2027-03-01')], '2031-01-20'],
  ])("dates an invoice's prescription %s", (_case, kind, reminders, expected) => {
    const remindersSent = reminders.flatMap((r) => (r.type === 'ReminderSent' ? [r.data] : []));
    expect(invoicePrescriptionDate({ dueDate: day('2026-01-19'), remindersSent }, kind)).toBe(
      expected,
    );
  });

  it('lists the open cases within 180 days of prescription, soonest first', () => {
    const report = prescriptionReport(state, ACME, TODAY);
    expect(report).toMatchObject({ tenantId: ACME, asOf: TODAY, withinDays: 180 });
    expect(
      report.cases.map((c) => [c.invoiceId, c.prescriptionDate, c.daysLeft, c.lastInterruption]),
    ).toEqual([
      ['B-OLD', '2026-01-19', -162, null],
      ['J-1', '2026-08-02', 33, null],
      ['B-DEMAND', '2026-09-02', 64, '2021-09-01'],
      ['B-PHONE', '2026-11-16', 139, null],
      ['B-REMINDER', '2026-12-16', 169, null],
    ]);
  });

  it('narrows the window on request', () =>
    expect(prescriptionReport(state, ACME, TODAY, 60).cases.map((c) => c.invoiceId)).toEqual([
      'B-OLD',
      'J-1',
    ]));

  it('gives the same state when events are delivered twice', () =>
    expect(foldProjection(reportsProjection, books, state)).toEqual(state));

  it('shows each open invoice’s prescription date on the call sheet', () => {
    const sheet = callSheet(state, ACME, debtor('bakker'), TODAY);
    expect(sheet.openInvoices.find((i) => i.invoiceId === 'B-DEMAND')).toMatchObject({
      lastInterruption: '2021-09-01',
      prescriptionDate: '2026-09-02',
    });
  });
});
