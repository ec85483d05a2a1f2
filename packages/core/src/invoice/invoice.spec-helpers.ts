import * as E from 'fp-ts/Either';
import { Instant } from '../shared/instant';
import { day, debtor, eur, invoice, link, onDay, text } from '../shared/test-values.spec-helpers';
import { invoiceEvents } from './invoice-events.spec-helpers';
import { InvoiceCommand } from './invoice.commands';
import { decide } from './invoice.decide';
import { InvoiceErrorTag } from './invoice.errors';
import { evolve, initialState } from './invoice.evolve';
import { InvoiceEvent, InvoiceEventOf } from './invoice.events';
import { InvoiceState } from './invoice.state';

export { day, eur, instantOf, link, text, usd } from '../shared/test-values.spec-helpers';
export { installment } from './invoice-events.spec-helpers';

/** An instant on a business date, at 10:00 in Amsterdam unless another hour is given. */
export const at = (iso: string, hour = 10): Instant => onDay(iso, hour);

export const INVOICE_ID = invoice('INV-2026-001');
export const DEBTOR_ID = debtor('debtor-42');
export const ISSUE_DATE = day('2026-01-05');
export const DUE_DATE = day('2026-01-19');
export const AMOUNT = eur(12100);
export const LINK = link('https://pay.example.nl/INV-2026-001');

export const folded = (events: readonly InvoiceEvent[], from: InvoiceState = initialState) =>
  events.reduce(evolve, from);

/**
 * Given events / when command / then events or a rejection's `_tag`: the decider's tests
 * read as the business rule they check.
 */
export const given = (...history: readonly InvoiceEvent[]) => {
  const state = folded(history);
  return {
    state,
    when: (command: InvoiceCommand) => {
      const decision = decide(command, state);
      const accepted = (): readonly InvoiceEvent[] => {
        if (E.isLeft(decision)) throw new Error(`rejected with ${decision.left._tag}`);
        return decision.right;
      };
      return {
        decision,
        thenEmits: (...expected: readonly InvoiceEvent[]) =>
          expect(decision).toStrictEqual(E.right(expected)),
        thenRejects: (tag: InvoiceErrorTag, details: object = {}) => {
          expect(E.isLeft(decision) ? decision.left._tag : 'accepted').toBe(tag);
          expect(decision).toMatchObject({ left: details });
        },
        /** The state after the accepted events, to check what a later command will see. */
        thenState: (): InvoiceState => folded(accepted(), state),
      };
    },
  };
};

export const ev = {
  ...invoiceEvents,
  issued: (over: Partial<InvoiceEventOf<'Issued'>['data']> = {}): InvoiceEventOf<'Issued'> => ({
    type: 'Issued',
    data: {
      invoiceId: INVOICE_ID,
      debtorId: DEBTOR_ID,
      number: text('2026-001'),
      issueDate: ISSUE_DATE,
      dueDate: DUE_DATE,
      paymentTermDays: 14,
      amount: AMOUNT,
      description: 'Consultancy, December 2025',
      paymentLink: LINK,
      ...over,
    },
  }),
  resent: (resentOn: string): InvoiceEvent => ({
    type: 'InvoiceResent',
    data: { channel: 'email', resentOn: day(resentOn), paymentLink: LINK },
  }),
};

/** Histories that put the standard invoice in each status. */
export const histories: Readonly<
  Record<'open' | 'settled' | 'handedOver' | 'writtenOff', readonly InvoiceEvent[]>
> = {
  open: [ev.issued()],
  settled: [ev.issued(), ev.paid(AMOUNT, '2026-01-15')],
  handedOver: [ev.issued(), ev.handedOver('2026-03-01', AMOUNT)],
  writtenOff: [ev.issued(), ev.writtenOff(AMOUNT, '2026-06-01')],
};
