import {
  applyToReports,
  CalendarDate,
  CallSheet,
  DebiteurEventType,
  EVENT_SCHEMAS,
  EventEnvelope,
  initialReportsState,
  tenantId,
} from '@debiteur/core';
import { decodeRecordedEvent } from '@debiteur/eventstore';
import { Either, isLeft } from 'fp-ts/Either';
import { recordedEvent } from '../testing/recorded-event';
import { csvRowsOf, CSV_HEADERS, ReportRecord, reportRecords } from './replay-projections';
import { ReportsFold } from './reports-fold';

const valid = <A>(either: Either<unknown, A>): A => {
  if (isLeft(either)) throw new Error(`bad test value: ${JSON.stringify(either.left)}`);
  return either.right;
};

const ACME = valid(tenantId('acme'));
const TODAY = valid(CalendarDate.decode('2026-06-30'));
const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** The events of invoice K-1, as a store reads them back, decoded. */
const stream = (...events: readonly (readonly [DebiteurEventType, object])[]): EventEnvelope[] =>
  events.map(([type, data], n) =>
    valid(
      decodeRecordedEvent(
        recordedEvent(n + 1, {
          streamId: 'invoice:acme:K-1',
          type,
          schemaVersion: EVENT_SCHEMAS[type].current,
          data,
        }),
      ),
    ),
  );

// Agreed on 5 June: 20.00 on 15 June and 20.00 on 15 July; disputed from 10 June.
const arrangedThenDisputed = [
  [
    'Issued',
    {
      invoiceId: 'K-1',
      debtorId: 'klein',
      number: 'K-1',
      issueDate: '2026-05-01',
      dueDate: '2026-05-15',
      paymentTermDays: 14,
      amount: eur(4000),
      description: 'Maintenance',
    },
  ],
  [
    'ArrangementAgreed',
    {
      agreedOn: '2026-06-05',
      installments: [
        { dueDate: '2026-06-15', amount: eur(2000) },
        { dueDate: '2026-07-15', amount: eur(2000) },
      ],
    },
  ],
  ['PutOnHold', { reason: 'dispute', since: '2026-06-10' }],
] as const;

/** The call sheets `debiteur replay` writes after the events: its own fold, drafts in place. */
const replayed = (events: readonly EventEnvelope[]): ReportRecord[] => {
  const fold = new ReportsFold();
  for (const envelope of events) fold.apply(envelope);
  return [...reportRecords('call-sheet', fold.state(), [ACME], TODAY)];
};

const asCallSheet = (record: ReportRecord): CallSheet => {
  if (record.projection !== 'call-sheet') throw new Error('a call sheet was asked for');
  return record;
};

describe('The call sheets of a replay', () => {
  describe('an arrangement whose invoice went on hold (docs/adr/0029)', () => {
    it('has no dates to pay by while the hold stops its clock', () => {
      const [sheet] = replayed(stream(...arrangedThenDisputed)).map(asCallSheet);
      expect(sheet?.agreements.arrangements).toEqual([
        expect.objectContaining({
          heldDays: 0,
          installments: [
            { dueDate: '2026-06-15', amount: eur(2000), payBy: null },
            { dueDate: '2026-07-15', amount: eur(2000), payBy: null },
          ],
        }),
      ]);
    });

    it('moves every installment on by the days on hold, as the core’s own fold does', () => {
      const events = stream(...arrangedThenDisputed, [
        'HoldReleased',
        { releasedOn: '2026-06-25' },
      ]);
      const records = replayed(events);
      const [sheet] = records.map(asCallSheet);
      // On hold 10 → 25 June: 15 days.
      expect(sheet?.agreements.arrangements).toEqual([
        expect.objectContaining({
          heldDays: 15,
          installments: [
            { dueDate: '2026-06-15', amount: eur(2000), payBy: '2026-06-30' },
            { dueDate: '2026-07-15', amount: eur(2000), payBy: '2026-07-30' },
          ],
        }),
      ]);
      const state = events.reduce(applyToReports, initialReportsState);
      expect(records).toEqual([...reportRecords('call-sheet', state, [ACME], TODAY)]);
      // The CSV row counts the arrangement, in a row as wide as its header.
      const [row] = records.flatMap(csvRowsOf);
      const header = CSV_HEADERS['call-sheet'];
      expect(row).toHaveLength(header.length);
      expect(row?.[header.indexOf('arrangements')]).toBe(1);
    });
  });
});
