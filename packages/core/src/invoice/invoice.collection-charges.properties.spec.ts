import fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { fourteenDayLetterDeadline, statutoryCollectionCosts } from '../dutch-rules';
import { addDays, isAfter } from '../shared/calendar-date';
import { decide } from './invoice.decide';
import { InvoiceEvent } from './invoice.events';
import { at, day, eur, ev, folded } from './invoice.spec-helpers';

const DUE = day('2026-01-19');

/** A final notice sent some days after the due date, stating some costs and some deadline. */
const noticeArb = fc.record({
  sentAfterDue: fc.integer({ min: 1, max: 60 }),
  statedCosts: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: undefined }),
  deadlineAfterSent: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  channel: fc.constantFrom('post' as const, 'email' as const, 'phone' as const),
});

const scenarioArb = fc.record({
  principal: fc.integer({ min: 1, max: 2_000_000 }),
  notices: fc.array(noticeArb, { maxLength: 3 }),
  handOverAfterDue: fc.integer({ min: 1, max: 120 }),
});

describe('Handing a consumer over, whatever letters went before', () => {
  it('charges costs only after a written letter that stated them, not above the staffel, once its correct deadline has passed', () => {
    let charged = 0;
    fc.assert(
      fc.property(scenarioArb, ({ principal, notices, handOverAfterDue }) => {
        const letters = [...notices]
          .sort((a, b) => a.sentAfterDue - b.sentAfterDue)
          .map((n, i): InvoiceEvent => {
            const sentOn = addDays(DUE, n.sentAfterDue);
            return {
              type: 'ReminderSent',
              data: {
                level: i + 3,
                kind: 'final-notice',
                channel: n.channel,
                sentOn,
                ...(n.statedCosts === undefined ? {} : { statedCosts: eur(n.statedCosts) }),
                ...(n.deadlineAfterSent === undefined
                  ? {}
                  : { deadline: addDays(sentOn, n.deadlineAfterSent) }),
              },
            };
          });
        const amount = eur(principal);
        const today = addDays(DUE, handOverAfterDue);
        const decision = decide(
          { type: 'HandOverToCollection', now: at(today), debtorKind: 'consumer' },
          folded([ev.issued({ amount }), ...letters]),
        );
        const statutory = statutoryCollectionCosts(amount);
        if (E.isLeft(decision) || statutory === null) return;
        const event = decision.right[0];
        if (event?.type !== 'HandedOverToCollection' || event.data.costs === undefined) return;
        const costs = event.data.costs.amount;
        charged += 1;
        expect(costs).toBeLessThanOrEqual(statutory.amount);
        const justifying = letters.filter(
          (l) =>
            l.type === 'ReminderSent' &&
            l.data.channel !== 'phone' &&
            l.data.statedCosts !== undefined &&
            l.data.statedCosts.amount >= costs &&
            l.data.deadline !== undefined &&
            !isAfter(fourteenDayLetterDeadline(l.data.sentOn).deadline, l.data.deadline) &&
            isAfter(today, l.data.deadline),
        );
        expect(justifying.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    // The scenarios do reach hand-overs that charge costs, so the property is not vacuous.
    expect(charged).toBeGreaterThan(0);
  });
});
