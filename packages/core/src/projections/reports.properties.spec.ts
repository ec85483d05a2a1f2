import * as fc from 'fast-check';
import { debtorDirectory } from './debtor-directory';
import { invoiceLedger, ledgerEntries } from './invoice-ledger';
import { receivableOn } from './invoice-ledger.queries';
import { foldProjection, Projection } from './projection';
import { reportsProjection } from './reports-projection';
import { anyInvoice, anyStore, chunked } from './report.spec-arbitraries';
import { ACME, day, invoiceStream } from './report.spec-helpers';

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

describe('Report projections', () => {
  describe('folding any chunking of the events, each chunk from the state the last left', () => {
    it('gives the invoice ledger it gives at once', () => foldsAlikeInAnyChunking(invoiceLedger));
    it('gives the debtor directory it gives at once', () =>
      foldsAlikeInAnyChunking(debtorDirectory));
    it('gives the reports state it gives at once', () =>
      foldsAlikeInAnyChunking(reportsProjection));
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
          expect(entry?.outstanding.amount).toBe(Math.max(0, amount.amount - reducedBy));
          expect(entry?.creditBalance.amount).toBe(Math.max(0, reducedBy - amount.amount));
        }),
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
          expect(entry.status === 'settled').toBe(entry.outstanding.amount === 0);
          expect(receivableOn(entry, FAR_FUTURE)).toEqual(entry.outstanding);
        }),
      );
    });
  });
});
