import { EventEnvelope } from '../envelope/event-envelope';
import { invoiceStreamId } from '../envelope/stream-id';
import { foldProjection } from './projection';
import { invoiceLedger, ledgerEntries } from './invoice-ledger';
import { creditBalanceOf, invoicedOf, outstandingOf, receivableOn } from './invoice-ledger.queries';
import { LedgerEntry, LedgerState } from './invoice-ledger.state';
import {
  ACME,
  day,
  debtorStream,
  eur,
  ev,
  invoice,
  invoiceStream,
  installment,
  issued,
  OTHER_TENANT,
  registered,
  streamEnvelopes,
  usd,
} from './report.spec-helpers';

const INV = { invoiceId: 'INV-1', debtorId: 'bakker', issueDate: '2026-01-05', amount: eur(12100) };

const ledgerOf = (...streams: readonly (readonly EventEnvelope[])[]) =>
  foldProjection(invoiceLedger, streams.flat());

const onlyEntry = (state: LedgerState, tenantId = ACME): LedgerEntry => {
  const entries = ledgerEntries(state, tenantId);
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  if (entry === undefined) throw new Error('no entry');
  return entry;
};

/** The entry with its amounts as `Money` (paid, credited and what follows), to compare. */
const inMoney = (entry: LedgerEntry) => {
  const money = (amount: number) => ({ amount, currency: entry.currency });
  return {
    ...entry,
    amount: invoicedOf(entry),
    paid: money(entry.paid),
    credited: money(entry.credited),
    outstanding: outstandingOf(entry),
    creditBalance: creditBalanceOf(entry),
  };
};

describe('Invoice ledger', () => {
  describe('an issued invoice', () => {
    it('enters with what it was for, its dates and the full amount outstanding', () => {
      const entry = onlyEntry(ledgerOf(invoiceStream({ ...INV, description: 'Consultancy' })));
      expect(inMoney(entry)).toMatchObject({
        invoiceId: 'INV-1',
        debtorId: 'bakker',
        description: 'Consultancy',
        issueDate: '2026-01-05',
        dueDate: '2026-01-19',
        amount: eur(12100),
        paid: eur(0),
        outstanding: eur(12100),
        status: 'open',
        settledOn: null,
      });
    });

    it('follows the due date when the terms are adjusted', () => {
      const entry = onlyEntry(
        ledgerOf(invoiceStream(INV, ev.termsAdjusted('2026-01-19', '2026-02-04'))),
      );
      expect(entry.dueDate).toBe('2026-02-04');
    });

    it('counts reminders by kind', () => {
      const entry = onlyEntry(
        ledgerOf(
          invoiceStream(
            INV,
            ev.reminder(1, 'reminder', '2026-01-20'),
            ev.reminder(2, 'demand', '2026-02-03'),
            ev.reminder(3, 'final-notice', '2026-02-17'),
            ev.reminder(4, 'demand', '2026-03-01'),
          ),
        ),
      );
      expect(entry.reminders).toEqual({
        reminder: 1,
        demand: 2,
        'final-notice': 1,
        'hand-over': 0,
      });
    });

    it('keeps a hold with its reason until released', () => {
      const held = onlyEntry(
        ledgerOf(invoiceStream(INV, ev.putOnHold('dispute', '2026-01-25', 'service'))),
      );
      expect(held.hold).toEqual({ reason: 'dispute', since: '2026-01-25', note: 'service' });
      const released = onlyEntry(
        ledgerOf(
          invoiceStream(INV, ev.putOnHold('dispute', '2026-01-25'), ev.holdReleased('2026-02-01')),
        ),
      );
      expect(released.hold).toBeNull();
    });

    it('counts promises kept and broken and keeps the live one', () => {
      const entry = onlyEntry(
        ledgerOf(
          invoiceStream(
            INV,
            ev.promised('2026-01-30', '2026-01-26'),
            ev.promiseBroken('2026-01-30', '2026-02-04'),
            ev.promised('2026-02-13', '2026-02-05'),
            ev.promiseKept('2026-02-13', '2026-02-12'),
            ev.promised('2026-03-01', '2026-02-20'),
          ),
        ),
      );
      expect(inMoney(entry)).toMatchObject({ promisesKept: 1, promisesBroken: 1 });
      expect(entry.promise).toMatchObject({ promisedDate: '2026-03-01', promisedOn: '2026-02-20' });
    });
  });

  describe('money received', () => {
    it('lowers what is outstanding with each partial payment', () => {
      const entry = onlyEntry(
        ledgerOf(
          invoiceStream(INV, ev.paid(eur(2100), '2026-01-10'), ev.paid(eur(5000), '2026-01-20')),
        ),
      );
      expect(inMoney(entry)).toMatchObject({
        paid: eur(7100),
        outstanding: eur(5000),
        status: 'open',
      });
      expect(entry.movements.map((m) => m.on)).toEqual(['2026-01-10', '2026-01-20']);
    });

    it('settles the invoice on the day a credit note leaves nothing owed', () => {
      const entry = onlyEntry(
        ledgerOf(
          invoiceStream(
            INV,
            ev.paid(eur(10000), '2026-01-20'),
            ev.creditNote('CN-1', eur(2100), '2026-01-28'),
          ),
        ),
      );
      expect(inMoney(entry)).toMatchObject({
        paid: eur(10000),
        credited: eur(2100),
        outstanding: eur(0),
        status: 'settled',
        settledOn: '2026-01-28',
      });
    });

    it('dates the settlement by the latest movement when the final payment is backdated', () => {
      const entry = onlyEntry(
        ledgerOf(
          invoiceStream(
            INV,
            ev.paid(eur(5000), '2026-01-28'),
            ev.creditNote('CN-1', eur(2100), '2026-01-20'),
            ev.paid(eur(5000), '2026-01-12'),
          ),
        ),
      );
      expect(inMoney(entry)).toMatchObject({ status: 'settled', settledOn: '2026-01-28' });
    });

    it('keeps money beyond what was owed as the debtor’s credit', () => {
      const entry = onlyEntry(
        ledgerOf(
          invoiceStream(
            INV,
            ev.paid(eur(13000), '2026-01-20'),
            ev.creditBalance(eur(900), '2026-01-20'),
          ),
        ),
      );
      expect(inMoney(entry)).toMatchObject({
        outstanding: eur(0),
        creditBalance: eur(900),
        settledOn: '2026-01-20',
      });
    });

    it('ends a live promise and arrangement when the invoice is settled', () => {
      const entry = onlyEntry(
        ledgerOf(
          invoiceStream(
            INV,
            ev.arrangement(
              '2026-02-01',
              installment('2026-02-15', eur(6050)),
              installment('2026-03-15', eur(6050)),
            ),
            ev.paid(eur(12100), '2026-02-10'),
          ),
        ),
      );
      expect(inMoney(entry)).toMatchObject({ status: 'settled', promise: null, arrangement: null });
    });

    it('leaves out a payment in another currency', () => {
      const entry = onlyEntry(ledgerOf(invoiceStream(INV, ev.paid(usd(12100), '2026-01-20'))));
      expect(inMoney(entry)).toMatchObject({
        paid: eur(0),
        outstanding: eur(12100),
        status: 'open',
      });
    });

    it('settles a handed-over invoice paid through the agency', () => {
      const entry = onlyEntry(
        ledgerOf(
          invoiceStream(
            INV,
            ev.handedOver('2026-04-01', eur(12100)),
            ev.paid(eur(12100), '2026-05-01'),
          ),
        ),
      );
      expect(inMoney(entry)).toMatchObject({
        status: 'settled',
        handedOverOn: '2026-04-01',
        settledOn: '2026-05-01',
      });
    });

    it('keeps a written-off invoice written off', () => {
      const entry = onlyEntry(
        ledgerOf(
          invoiceStream(
            INV,
            ev.writtenOff(eur(12100), '2026-06-01'),
            ev.handedOver('2026-06-02', eur(1)),
          ),
        ),
      );
      expect(inMoney(entry)).toMatchObject({
        status: 'written-off',
        writtenOffOn: '2026-06-01',
        handedOverOn: null,
      });
    });
  });

  describe('as a fold over the whole store', () => {
    it('keeps tenants apart, also for the same invoice id', () => {
      const state = ledgerOf(
        invoiceStream(INV, ev.paid(eur(100), '2026-01-10')),
        invoiceStream({ ...INV, tenantId: OTHER_TENANT, amount: eur(500) }),
      );
      expect(outstandingOf(onlyEntry(state, ACME))).toEqual(eur(12000));
      expect(outstandingOf(onlyEntry(state, OTHER_TENANT))).toEqual(eur(500));
    });

    // Envelopes reach the reports decoded (docs/adr/0012): malformed data is the decoder's
    // to refuse, so here only the category and the type name decide.
    it('ignores debtor events and event types of no invoice', () => {
      const streamId = invoiceStreamId(ACME, invoice('INV-1'));
      const state = ledgerOf(
        debtorStream('bakker', [registered('bakker', 'Bakker BV')]),
        streamEnvelopes(ACME, streamId, [{ type: 'InvoiceIssued', data: { invoiceId: 'INV-1' } }]),
      );
      expect(ledgerEntries(state, ACME)).toEqual([]);
    });

    it('ignores an invoice’s events before it was issued', () => {
      const streamId = invoiceStreamId(ACME, invoice('INV-1'));
      const state = ledgerOf(
        streamEnvelopes(ACME, streamId, [ev.paid(eur(100), '2026-01-01')]),
        streamEnvelopes(ACME, streamId, [issued(INV)], 2),
      );
      expect(outstandingOf(onlyEntry(state))).toEqual(eur(12100));
    });

    it('counts a redelivered event once', () => {
      const [issue, payment] = invoiceStream(INV, ev.paid(eur(100), '2026-01-10'));
      if (issue === undefined || payment === undefined) throw new Error('stream too short');
      const state = foldProjection(invoiceLedger, [issue, payment, payment, issue]);
      expect(inMoney(onlyEntry(state))).toMatchObject({ paid: eur(100), version: 2 });
    });
  });

  describe('what an invoice adds to the receivables on a date', () => {
    const entry = onlyEntry(
      ledgerOf(
        invoiceStream(
          INV,
          ev.paid(eur(2100), '2026-01-10'),
          ev.creditNote('CN-1', eur(1000), '2026-02-01'),
          ev.writtenOff(eur(9000), '2026-03-01'),
        ),
      ),
    );

    it.each([
      ['2026-01-04', 0], // not yet issued
      ['2026-01-05', 12100],
      ['2026-01-10', 10000], // 12100 − 2100
      ['2026-02-01', 9000], // − 1000 credited
      ['2026-02-28', 9000],
      ['2026-03-01', 0], // written off
    ])('on %s is %i cents', (asOf, cents) => {
      expect(receivableOn(entry, day(asOf))).toEqual(eur(cents));
    });
  });
});
