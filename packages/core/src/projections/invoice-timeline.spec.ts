import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { isInvoiceEvent } from '../envelope/debiteur-event';
import oldCase from '../envelope/__fixtures__/old-case.v1-stream.json';
import {
  at,
  day,
  debtor,
  eur,
  INVOICE,
  invoiceEnvelopes,
  Stamp,
  text,
} from '../envelope/envelope.spec-helpers';
import { EventEnvelope } from '../envelope/event-envelope';
import { decodeEnvelope } from '../envelope/stored-event';
import { evolve, initialState } from '../invoice/invoice.evolve';
import { InvoiceEvent } from '../invoice/invoice.events';
import { Money } from '../shared/money';
import {
  invoiceTimeline,
  invoiceTimelineProjection,
  timelineAsOf,
  TimelineEntry,
} from './invoice-timeline';
import { foldProjection } from './projection';

const issued = (amount: Money): InvoiceEvent => ({
  type: 'Issued',
  data: {
    invoiceId: INVOICE,
    debtorId: debtor('bakkerij-de-vries'),
    number: text('2026-001'),
    issueDate: day('2026-01-05'),
    dueDate: day('2026-02-04'),
    paymentTermDays: 30,
    amount,
    description: 'Bread, December',
  },
});
const paid = (amount: Money, paidOn: string): InvoiceEvent => ({
  type: 'Paid',
  data: { amount, paidOn: day(paidOn) },
});
const creditNote = (amount: Money, appliedOn: string): InvoiceEvent => ({
  type: 'CreditNoteApplied',
  data: { number: text('CN-2026-004'), amount, appliedOn: day(appliedOn) },
});
const reminder = (level: number, sentOn: string): InvoiceEvent => ({
  type: 'ReminderSent',
  data: { level, kind: level === 1 ? 'reminder' : 'demand', channel: 'post', sentOn: day(sentOn) },
});
const onHold: InvoiceEvent = {
  type: 'PutOnHold',
  data: { reason: 'awaiting-credit-note', since: day('2026-02-12') },
};

const stamp = (occurredAt: string, more: Partial<Stamp> = {}): Stamp => ({ occurredAt, ...more });

/** A case with partial payments, a hold and a credit note, recorded as it happened. */
const creditNoteCase = invoiceEnvelopes(
  [issued(eur(12100)), stamp('2026-01-05T09:00:00+01:00', { actor: 'accounting-sync' })],
  [paid(eur(6000), '2026-02-02'), stamp('2026-02-03T07:00:00+01:00', { actor: 'bank-import' })],
  [reminder(1, '2026-02-11'), stamp('2026-02-11T06:00:00+01:00', { actor: 'scheduler' })],
  [
    onHold,
    stamp('2026-02-12T10:30:00+01:00', { actor: 'j.jansen', reason: 'debtor awaits credit note' }),
  ],
  [creditNote(eur(2100), '2026-02-20'), stamp('2026-02-20T14:00:00+01:00')],
  [paid(eur(4000), '2026-02-27'), stamp('2026-02-28T07:00:00+01:00', { actor: 'bank-import' })],
);

const amountsOf = (entries: readonly TimelineEntry[]): readonly (number | null)[] =>
  entries.map((e) => e.outstandingAfter?.amount ?? null);

describe('Invoice timeline', () => {
  describe('order', () => {
    it('lists every event in stream order', () => {
      const timeline = invoiceTimeline(creditNoteCase);
      expect(timeline.invoiceId).toBe(INVOICE);
      expect(timeline.entries.map((e) => [e.version, e.type])).toEqual(
        creditNoteCase.map((e) => [e.metadata.streamVersion, e.event.type]),
      );
    });

    it('puts events read out of order back in stream order', () => {
      const shuffled = [...creditNoteCase].reverse();
      expect(invoiceTimeline(shuffled)).toEqual(invoiceTimeline(creditNoteCase));
    });

    it('leaves out an event that repeats a version, as the ledger does (a file read twice)', () => {
      const twice = [...creditNoteCase, ...creditNoteCase];
      expect(invoiceTimeline(twice)).toEqual(invoiceTimeline(creditNoteCase));
    });

    it('gives the same timeline however the stream is folded in parts', () => {
      fc.assert(
        fc.property(fc.nat(creditNoteCase.length), (split) => {
          const head = foldProjection(invoiceTimelineProjection, creditNoteCase.slice(0, split));
          const whole = foldProjection(
            invoiceTimelineProjection,
            creditNoteCase.slice(split),
            head,
          );
          expect(whole).toEqual(invoiceTimeline(creditNoteCase));
        }),
      );
    });
  });

  describe('who, when and why', () => {
    it('keeps the actor, reason and both times of each event', () => {
      const { entries } = invoiceTimeline(creditNoteCase);
      expect(
        entries.map((e) => [e.eventId, e.actor, e.reason, e.occurredAt, e.recordedAt]),
      ).toEqual(
        creditNoteCase.map(({ metadata: m }) => [
          m.eventId,
          m.actor,
          m.reason,
          m.occurredAt,
          m.recordedAt,
        ]),
      );
    });

    it('keeps the data of each event', () => {
      const { entries } = invoiceTimeline(creditNoteCase);
      expect(entries.map((e) => e.data)).toEqual(creditNoteCase.map((e) => e.event.data));
    });

    it('sums each event up in a line of its own', () => {
      const { entries } = invoiceTimeline(creditNoteCase);
      expect(entries.every((e) => e.summary.length > 0)).toBe(true);
      expect(new Set(entries.map((e) => e.summary)).size).toBe(entries.length);
    });

    it('names a reminder by level, kind and channel', () => {
      const [, entry] = invoiceTimeline(
        invoiceEnvelopes(
          [issued(eur(100)), stamp('2026-01-05T09:00:00+01:00')],
          [reminder(2, '2026-02-20'), stamp('2026-02-20T06:00:00+01:00')],
        ),
      ).entries;
      expect(entry?.summary).toBe('Reminder level 2 (demand) sent by post');
    });
  });

  describe('as of an instant', () => {
    it('shows only the events recorded by then', () => {
      const between = at('2026-02-15T12:00:00+01:00');
      expect(timelineAsOf(creditNoteCase, between).entries.map((e) => e.type)).toEqual([
        'Issued',
        'Paid',
        'ReminderSent',
        'PutOnHold',
      ]);
    });

    it('includes an event recorded at that very instant, whatever the offset', () => {
      const recorded = creditNoteCase[1]?.metadata.recordedAt;
      expect(recorded).toBe('2026-02-03T07:00:00+01:00');
      const sameInstantInUtc = at('2026-02-03T06:00:00Z');
      const justBefore = at('2026-02-03T05:59:59Z');
      expect(timelineAsOf(creditNoteCase, sameInstantInUtc).entries).toHaveLength(2);
      expect(timelineAsOf(creditNoteCase, justBefore).entries).toHaveLength(1);
    });

    it('leaves out a payment recorded later even though it happened earlier', () => {
      const late = invoiceEnvelopes(
        [issued(eur(12100)), stamp('2026-01-05T09:00:00+01:00')],
        [
          paid(eur(12100), '2026-02-01'),
          stamp('2026-02-01T10:00:00+01:00', { recordedAt: '2026-03-10T09:00:00+01:00' }),
        ],
      );
      const march1 = timelineAsOf(late, at('2026-03-01T00:00:00+01:00'));
      expect(amountsOf(march1.entries)).toEqual([12100]);
      expect(amountsOf(timelineAsOf(late, at('2026-03-11T00:00:00+01:00')).entries)).toEqual([
        12100, 0,
      ]);
    });

    it('is empty before the first event was recorded', () => {
      expect(timelineAsOf(creditNoteCase, at('2026-01-01T00:00:00+01:00'))).toEqual({
        invoiceId: null,
        entries: [],
      });
    });
  });

  describe('outstanding', () => {
    it('runs down with partial payments and a credit note', () => {
      const { entries } = invoiceTimeline(creditNoteCase);
      expect(amountsOf(entries)).toEqual([12100, 6100, 6100, 6100, 4000, 0]);
      expect(entries.every((e) => e.outstandingAfter?.currency === 'EUR')).toBe(true);
    });

    it('is unknown until the invoice is issued', () => {
      const early = invoiceEnvelopes([reminder(1, '2026-01-02'), stamp('2026-01-02T06:00:00Z')]);
      expect(amountsOf(invoiceTimeline(early).entries)).toEqual([null]);
    });

    it('drops to nothing when the rest is written off', () => {
      const writtenOff: InvoiceEvent = {
        type: 'WrittenOff',
        data: { amount: eur(7100), writtenOffOn: day('2026-06-30') },
      };
      const envelopes = invoiceEnvelopes(
        [issued(eur(12100)), stamp('2026-01-05T09:00:00+01:00')],
        [paid(eur(5000), '2026-02-02'), stamp('2026-02-03T07:00:00+01:00')],
        [writtenOff, stamp('2026-06-30T16:00:00+02:00')],
      );
      expect(amountsOf(invoiceTimeline(envelopes).entries)).toEqual([12100, 7100, 0]);
    });

    it('drops to nothing on a write-off naming less than was owed: nothing is collectable', () => {
      const writtenOff: InvoiceEvent = {
        type: 'WrittenOff',
        data: { amount: eur(2000), writtenOffOn: day('2026-06-30') },
      };
      const envelopes = invoiceEnvelopes(
        [issued(eur(12100)), stamp('2026-01-05T09:00:00+01:00')],
        [paid(eur(5000), '2026-02-02'), stamp('2026-02-03T07:00:00+01:00')],
        [writtenOff, stamp('2026-06-30T16:00:00+02:00')],
        [paid(eur(1000), '2026-07-02'), stamp('2026-07-03T07:00:00+02:00')],
      );
      expect(amountsOf(invoiceTimeline(envelopes).entries)).toEqual([12100, 7100, 0, 0]);
    });

    it('ignores a second Issued event, as the invoice does', () => {
      const envelopes = invoiceEnvelopes(
        [issued(eur(12100)), stamp('2026-01-05T09:00:00+01:00')],
        [paid(eur(5000), '2026-02-02'), stamp('2026-02-03T07:00:00+01:00')],
        [issued(eur(12100)), stamp('2026-02-04T09:00:00+01:00')],
      );
      expect(amountsOf(invoiceTimeline(envelopes).entries)).toEqual([12100, 7100, 7100]);
    });

    it('agrees with the invoice: what it owes, or nothing once written off', () => {
      const movement = fc.record({
        cents: fc.integer({ min: 1, max: 8000 }),
        kind: fc.constantFrom('paid', 'credited', 'written-off'),
      });
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 20000 }), fc.array(movement), (total, moves) => {
          const events = [
            issued(eur(total)),
            ...moves.map(({ cents, kind }): InvoiceEvent => {
              if (kind === 'paid') return paid(eur(cents), '2026-02-01');
              if (kind === 'credited') return creditNote(eur(cents), '2026-02-01');
              return {
                type: 'WrittenOff',
                data: { amount: eur(cents), writtenOffOn: day('2026-02-01') },
              };
            }),
          ];
          const envelopes = invoiceEnvelopes(
            ...events.map((event): [InvoiceEvent, Stamp] => [
              event,
              stamp('2026-02-01T10:00:00+01:00'),
            ]),
          );
          const invoice = events.reduce(evolve, initialState);
          const expected =
            invoice.status === 'unissued' || invoice.status === 'written-off'
              ? 0
              : invoice.outstanding.amount;
          expect(amountsOf(invoiceTimeline(envelopes).entries).at(-1)).toBe(expected);
        }),
      );
    });

    it('is the amount less what was paid and credited so far, never below zero', () => {
      const settlement = fc.record({
        cents: fc.integer({ min: 1, max: 8000 }),
        credit: fc.boolean(),
      });
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 20000 }), fc.array(settlement), (total, parts) => {
          const envelopes = invoiceEnvelopes(
            [issued(eur(total)), stamp('2026-01-05T09:00:00+01:00')],
            ...parts.map(({ cents, credit }): [InvoiceEvent, Stamp] => [
              credit ? creditNote(eur(cents), '2026-02-01') : paid(eur(cents), '2026-02-01'),
              stamp('2026-02-01T10:00:00+01:00'),
            ]),
          );
          const settled = parts.map((_, i) =>
            parts.slice(0, i + 1).reduce((sum, p) => sum + p.cents, 0),
          );
          expect(amountsOf(invoiceTimeline(envelopes).entries)).toEqual([
            total,
            ...settled.map((s) => Math.max(0, total - s)),
          ]);
        }),
      );
    });
  });

  describe('of an old case stored by the first release', () => {
    const envelopes = oldCase
      .map(decodeEnvelope)
      .flatMap((r): EventEnvelope<InvoiceEvent>[] =>
        E.isRight(r) && isInvoiceEvent(r.right.event)
          ? [{ event: r.right.event, metadata: r.right.metadata }]
          : [],
      );

    it('shows every event of the case, upcast, with its running balance', () => {
      const timeline = invoiceTimeline(envelopes);
      expect(timeline.entries).toHaveLength(oldCase.length);
      expect(timeline.invoiceId).toBe('INV-2019-0042');
      expect(amountsOf(timeline.entries)).toEqual([
        48400, 48400, 48400, 48400, 36300, 36300, 36300, 16300, 16300, 0,
      ]);
    });

    it('shows who put the case on hold and why', () => {
      const hold = invoiceTimeline(envelopes).entries.find((e) => e.type === 'PutOnHold');
      expect(hold).toMatchObject({
        actor: 'j.jansen',
        reason: 'Client confirmed the missing pallet by mail',
        occurredAt: '2019-04-15T10:35:00+02:00',
      });
    });
  });
});
