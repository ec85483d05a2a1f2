import * as fc from 'fast-check';
import { debtorDirectory } from './debtor-directory';
import { CalendarDate, daysBetween } from '../shared/calendar-date';
import { dsoReport } from './dso';
import { invoiceLedger, ledgerDraftAfter, ledgerEntries, ledgerEntryAfter } from './invoice-ledger';
import {
  collectableOf,
  creditBalanceOf,
  outstandingOf,
  receivableOn,
} from './invoice-ledger.queries';
import { LedgerDraft, LedgerEntry } from './invoice-ledger.state';
import { applyToTimeline, initialInvoiceTimeline, InvoiceTimeline } from './invoice-timeline';
import { isInvoiceEvent } from '../envelope/debiteur-event';
import { EventEnvelope } from '../envelope/event-envelope';
import { InvoiceEvent } from '../invoice/invoice.events';
import {
  evolve as evolveInvoice,
  initialState as initialInvoiceState,
} from '../invoice/invoice.evolve';
import { installmentDueAfterHolds, installmentStoppedByHold } from '../invoice/invoice.queries';
import { IssuedInvoice, InvoiceState } from '../invoice/invoice.state';
import { monthsBefore } from './report-dates';
import { round2 } from './report-statistics';
import { foldProjection, Projection } from './projection';
import { reportsProjection } from './reports-projection';
import { anyDay, anyInvoice, anyInvoiceEvent, anyStore, chunked } from './report.spec-arbitraries';
import { ACME, day, debtor, eur, ev, installment, invoiceStream } from './report.spec-helpers';
import { callSheet } from './call-sheet';

/** Something is still owed on a collectible invoice: the call sheet lists it. */
const isOpenItem = (invoice: IssuedInvoice): boolean =>
  (invoice.status === 'open' || invoice.status === 'handed-over') && invoice.outstanding.amount > 0;

/**
 * Folding chunk after chunk, each from the state the previous one left, ends where folding
 * all at once does; and no chunk changes the state it was handed (a runner keeps that state
 * as its checkpoint).
 */
const foldsAlikeInAnyChunking = <S>(projection: Projection<S>): void => {
  fc.assert(
    fc.property(anyStore, fc.array(fc.nat(), { maxLength: 5 }), (events, cuts) => {
      const atOnce = foldProjection(projection, events);
      const handedOver: { readonly state: S; readonly json: string }[] = [];
      const inChunks = chunked(events, cuts).reduce((state, chunk) => {
        handedOver.push({ state, json: JSON.stringify(state) });
        return foldProjection(projection, chunk, state);
      }, projection.initialState);
      expect(inChunks).toStrictEqual(atOnce);
      for (const { state, json } of handedOver) expect(JSON.stringify(state)).toBe(json);
    }),
  );
};

const FAR_FUTURE = day('2099-12-31');

/** Count-back DSO as defined: month after month back from `asOf`, its sales summed afresh. */
const countBackByDefinition = (entries: readonly LedgerEntry[], asOf: CalendarDate): number => {
  const sales = entries.filter((e) => e.issueDate <= asOf);
  let remaining = sales.reduce((sum, e) => sum + receivableOn(e, asOf).amount, 0);
  const earliest = sales.reduce((min, e) => (e.issueDate < min ? e.issueDate : min), asOf);
  let days = 0;
  for (let k = 1; remaining > 0; k += 1) {
    const through = monthsBefore(asOf, k - 1);
    const after = monthsBefore(asOf, k);
    if (through < earliest) return round2(days);
    const monthSales = sales
      .filter((e) => e.issueDate > after && e.issueDate <= through)
      .reduce((sum, e) => sum + e.amount, 0);
    const monthDays = daysBetween(after, through);
    if (remaining <= monthSales) return round2(days + (remaining / monthSales) * monthDays);
    remaining -= monthSales;
    days += monthDays;
  }
  return round2(days);
};

describe('Report projections', () => {
  describe('folding any chunking of the events, each chunk from the state the last left', () => {
    it('gives the invoice ledger it gives at once', () => foldsAlikeInAnyChunking(invoiceLedger));
    it('gives the debtor directory it gives at once', () =>
      foldsAlikeInAnyChunking(debtorDirectory));
    it('gives the reports state it gives at once', () =>
      foldsAlikeInAnyChunking(reportsProjection));
  });

  it('folding drafts in place gives the entries folding a new entry per event gives', () => {
    fc.assert(
      fc.property(anyStore, (events) => {
        const entries = new Map<string, LedgerEntry>();
        const drafts = new Map<string, LedgerDraft>();
        for (const envelope of events) {
          const key = `${envelope.metadata.tenantId}/${envelope.metadata.streamId}`;
          const entry = ledgerEntryAfter(entries.get(key), envelope);
          if (entry !== undefined) entries.set(key, entry);
          const draft = ledgerDraftAfter(drafts.get(key), envelope);
          if (draft !== undefined) drafts.set(key, draft);
        }
        expect(drafts).toStrictEqual(entries);
      }),
    );
  });

  it('moves a promise on by its days on hold as the invoice’s own fold does (docs/adr/0028)', () => {
    // A promise, a hold and its release in date order, among any other events.
    const anyHeldPromise = fc
      .tuple(
        fc.array(anyDay, { minLength: 4, maxLength: 4 }),
        fc.array(anyInvoiceEvent, { maxLength: 6 }),
      )
      .map(([days, after]) => {
        const [promisedOn, since, promisedDate, releasedOn] = [...days].sort() as string[];
        return [
          ev.promised(promisedDate ?? '', promisedOn ?? ''),
          ev.putOnHold('dispute', since ?? ''),
          ev.holdReleased(releasedOn ?? ''),
          ...after,
        ];
      });
    fc.assert(
      fc.property(fc.array(anyInvoiceEvent, { maxLength: 4 }), anyHeldPromise, (before, held) => {
        const facts = {
          invoiceId: 'P-1',
          debtorId: 'd',
          issueDate: '2025-01-01',
          amount: eur(1000),
        };
        let entry: LedgerEntry | undefined;
        let invoice: InvoiceState = initialInvoiceState;
        for (const envelope of invoiceStream(facts, ...before, ...held)) {
          if (!isInvoiceEvent(envelope.event)) continue;
          entry = ledgerEntryAfter(entry, envelope) ?? entry;
          invoice = evolveInvoice(invoice, envelope.event);
          const promise = invoice.status === 'unissued' ? null : invoice.promise;
          expect(entry?.promise?.heldDays ?? null).toBe(promise?.heldDays ?? null);
        }
      }),
    );
  });

  it('moves an arrangement on by its days on hold as the invoice’s own fold does (docs/adr/0029)', () => {
    // An arrangement, a hold and its release in date order, any events during the hold and
    // after it; payments among them decide which installment a hold stops, if any.
    const anyInstallmentAmount = fc.integer({ min: 1, max: 100000 }).map(eur);
    const anyHeldArrangement = fc
      .tuple(
        fc.array(anyDay, { minLength: 5, maxLength: 5 }),
        fc.tuple(anyInstallmentAmount, anyInstallmentAmount),
        fc.array(anyInvoiceEvent, { maxLength: 3 }),
        fc.array(anyInvoiceEvent, { maxLength: 6 }),
      )
      .map(([days, [first, second], during, after]) => {
        const [agreedOn, since, firstDue, releasedOn, secondDue] = [...days].sort() as string[];
        return [
          ev.arrangement(
            agreedOn ?? '',
            installment(firstDue ?? '', first),
            installment(secondDue ?? '', second),
          ),
          ev.putOnHold('awaiting-credit-note', since ?? ''),
          ...during,
          ev.holdReleased(releasedOn ?? ''),
          ...after,
        ];
      });
    fc.assert(
      fc.property(
        fc.array(anyInvoiceEvent, { maxLength: 4 }),
        anyHeldArrangement,
        anyDay,
        (before, held, asOf) => {
          const facts = {
            invoiceId: 'A-1',
            debtorId: 'd',
            issueDate: '2025-01-01',
            amount: eur(250000),
          };
          let reports = reportsProjection.initialState;
          let invoice: InvoiceState = initialInvoiceState;
          for (const envelope of invoiceStream(facts, ...before, ...held)) {
            if (!isInvoiceEvent(envelope.event)) continue;
            reports = reportsProjection.apply(reports, envelope);
            invoice = evolveInvoice(invoice, envelope.event);
            if (invoice.status === 'unissued') continue;
            const { arrangement } = invoice;
            const [entry] = ledgerEntries(reports.ledger, ACME);
            expect(entry?.arrangement?.heldDays ?? null).toBe(arrangement?.heldDays ?? null);
            // The call sheet dates each installment as the invoice's own rules do.
            const open = isOpenItem(invoice) && arrangement !== null;
            const stopped = installmentStoppedByHold(invoice) !== null;
            const dates = callSheet(reports, ACME, debtor('d'), asOf).agreements.arrangements.map(
              (shown) => shown.installments.map((i) => i.payBy),
            );
            expect(dates).toEqual(
              open
                ? [
                    arrangement.installments.map((i) =>
                      stopped ? null : installmentDueAfterHolds(arrangement, i),
                    ),
                  ]
                : [],
            );
          }
        },
      ),
    );
  });

  it('runs the timeline’s balance as the ledger entry’s collectable amount, event by event', () => {
    fc.assert(
      fc.property(anyStore, (events) => {
        const entries = new Map<string, LedgerEntry>();
        const timelines = new Map<string, InvoiceTimeline>();
        for (const envelope of events) {
          if (!isInvoiceEvent(envelope.event)) continue;
          const key = `${envelope.metadata.tenantId}/${envelope.metadata.streamId}`;
          const entry = ledgerEntryAfter(entries.get(key), envelope);
          if (entry !== undefined) entries.set(key, entry);
          const timeline = applyToTimeline(
            timelines.get(key) ?? initialInvoiceTimeline,
            envelope as EventEnvelope<InvoiceEvent>,
          );
          timelines.set(key, timeline);
          const shown = timeline.entries[timeline.entries.length - 1]?.outstandingAfter ?? null;
          expect(shown).toEqual(entry === undefined ? null : collectableOf(entry));
        }
      }),
    );
  });

  it('count-back DSO walks the months as defined, whatever the sales, payments and day', () => {
    fc.assert(
      fc.property(fc.array(anyInvoice, { maxLength: 12 }), anyDay, (invoices, asOf) => {
        const events = invoices.flatMap(({ amount, issueDate, events: rest }, n) =>
          invoiceStream({ invoiceId: `F-${n}`, debtorId: 'D-1', issueDate, amount }, ...rest),
        );
        const ledger = foldProjection(invoiceLedger, events);
        const [section] = dsoReport(ledger, ACME, asOf).currencies;
        const expected = countBackByDefinition(ledgerEntries(ledger, ACME), asOf);
        expect(section?.countBackDso ?? 0).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  describe('the invoice ledger', () => {
    it('owes the amount less payments and credit notes, never below zero, the excess as credit', () => {
      fc.assert(
        fc.property(anyInvoice, ({ amount, issueDate, events }) => {
          const stream = invoiceStream(
            { invoiceId: 'INV-1', debtorId: 'bakker', issueDate, amount },
            ...events,
          );
          const [entry] = ledgerEntries(foldProjection(invoiceLedger, stream), ACME);
          const reducedBy = events
            .map((e): number =>
              e.type === 'Paid' || e.type === 'CreditNoteApplied' ? e.data.amount.amount : 0,
            )
            .reduce((a, b) => a + b, 0);
          if (entry === undefined) throw new Error('the invoice is in the ledger');
          expect(outstandingOf(entry).amount).toBe(Math.max(0, amount.amount - reducedBy));
          expect(creditBalanceOf(entry).amount).toBe(Math.max(0, reducedBy - amount.amount));
        }),
      );
    });

    it('has receivable on any date the amount less the movements dated by then (settled or not)', () => {
      fc.assert(
        fc.property(anyInvoice, anyDay, ({ amount, issueDate, events }, asOf) => {
          const stream = invoiceStream(
            { invoiceId: 'INV-1', debtorId: 'bakker', issueDate, amount },
            ...events,
          );
          const [entry] = ledgerEntries(foldProjection(invoiceLedger, stream), ACME);
          if (entry === undefined) throw new Error('the invoice is in the ledger');
          const movedBy = entry.movements
            .filter((m) => m.on <= asOf)
            .reduce((sum, m) => sum + m.amount, 0);
          const goneBy = entry.writtenOffOn !== null && entry.writtenOffOn <= asOf;
          const expected =
            entry.issueDate > asOf || goneBy ? 0 : Math.max(0, entry.amount - movedBy);
          expect(receivableOn(entry, asOf).amount).toBe(expected);
        }),
        { numRuns: 500 },
      );
    });

    it('settles an invoice exactly when nothing is owed, unless it was written off first', () => {
      fc.assert(
        fc.property(anyInvoice, ({ amount, issueDate, events }) => {
          const stream = invoiceStream(
            { invoiceId: 'INV-1', debtorId: 'bakker', issueDate, amount },
            ...events,
          );
          const [entry] = ledgerEntries(foldProjection(invoiceLedger, stream), ACME);
          if (entry === undefined || entry.status === 'written-off') return;
          expect(entry.status === 'settled').toBe(outstandingOf(entry).amount === 0);
          expect(receivableOn(entry, FAR_FUTURE)).toEqual(outstandingOf(entry));
        }),
      );
    });
  });
});
