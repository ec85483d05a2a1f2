import * as E from 'fp-ts/Either';
import { statutoryInterest } from '../dutch-rules';
import { Money } from '../shared/money';
import { claimBalance } from './invoice.collection-charges';
import { HandOverToCollection } from './invoice.commands';
import { InvoiceErrorTag } from './invoice.errors';
import { InvoiceEvent } from './invoice.events';
import { cmd } from './invoice.spec-commands';
import { at, day, eur, ev, folded, given } from './invoice.spec-helpers';

/**
 * A €1,000 invoice, due Monday 19 January 2026. The staffel gives 15% of €1,000 = €150.
 * A final notice sent by post on Thursday 26 February is presumed received on Saturday the
 * 28th (the second post day); its 14 days end Saturday 14 March, which the Algemene
 * termijnenwet moves to Monday 16 March: the last day to pay without costs.
 */
const PRINCIPAL = eur(100000);
const STATUTORY = eur(15000);
const SENT_ON = '2026-02-26';
const DEADLINE = '2026-03-16';

const issued = ev.issued({ amount: PRINCIPAL });

const finalNotice = (
  level: number,
  sentOn: string,
  stated: {
    readonly statedCosts?: Money;
    readonly deadline?: string;
    readonly channel?: 'post' | 'email' | 'phone';
  } = {},
): InvoiceEvent => ({
  type: 'ReminderSent',
  data: {
    level,
    kind: 'final-notice',
    channel: stated.channel ?? 'post',
    sentOn: day(sentOn),
    ...(stated.statedCosts === undefined ? {} : { statedCosts: stated.statedCosts }),
    ...(stated.deadline === undefined ? {} : { deadline: day(stated.deadline) }),
  },
});

const correctLetter = finalNotice(3, SENT_ON, { statedCosts: STATUTORY, deadline: DEADLINE });

const handOver = (
  on: string,
  over: Partial<Omit<HandOverToCollection, 'type' | 'now'>> = {},
): HandOverToCollection => ({
  type: 'HandOverToCollection',
  now: at(on),
  debtorKind: 'consumer',
  ...over,
});

/** Interest at the consumer rate of 2026 (4%): principal × 4% × days / 365, half up. */
const consumerInterest = (cents: number, days: number): Money =>
  eur(Math.round((cents * 4 * days) / 36500));

const handedOverData = (decision: E.Either<unknown, readonly InvoiceEvent[]>) =>
  E.isRight(decision) ? decision.right[0]?.data : decision.left;

describe('Invoice', () => {
  describe('sending the final notice (the 14-day letter)', () => {
    it('states the statutory costs on the principal and the correct deadline', () =>
      given(issued)
        .when(cmd.sendReminder(at(SENT_ON), 3, { kind: 'final-notice', channel: 'post' }))
        .thenEmits(correctLetter));

    it('states the costs on what is still owed after a partial payment', () =>
      // €600 outstanding: 15% = €90.
      expect(
        handedOverData(
          given(issued, ev.paid(eur(40000), '2026-02-01')).when(
            cmd.sendReminder(at(SENT_ON), 3, { kind: 'final-notice', channel: 'post' }),
          ).decision,
        ),
      ).toMatchObject({ statedCosts: eur(9000), deadline: DEADLINE }));

    it("records a collector's own letter as it was written", () =>
      given(issued)
        .when(
          cmd.sendReminder(at(SENT_ON), 3, {
            kind: 'final-notice',
            channel: 'post',
            statedCosts: eur(20000),
            deadline: day('2026-03-10'),
          }),
        )
        .thenEmits(finalNotice(3, SENT_ON, { statedCosts: eur(20000), deadline: '2026-03-10' })));

    it.each(['reminder', 'demand'] as const)('states nothing on a %s', (kind) =>
      given(issued)
        .when(cmd.sendReminder(at(SENT_ON), 2, { kind, channel: 'post' }))
        .thenEmits({
          type: 'ReminderSent',
          data: { level: 2, kind, channel: 'post', sentOn: day(SENT_ON) },
        }),
    );
  });

  describe('handing a consumer over with costs', () => {
    it.each<[string, readonly InvoiceEvent[], string, InvoiceErrorTag, object]>([
      ['no final notice was sent', [], '2026-04-01', 'NoFourteenDayLetter', {}],
      [
        'the letter stated no costs (an old event)',
        [finalNotice(3, SENT_ON)],
        '2026-04-01',
        'InvalidFourteenDayLetter',
        { level: 3, problem: 'costs-not-stated' },
      ],
      [
        'the letter stated more than the staffel',
        [finalNotice(3, SENT_ON, { statedCosts: eur(15001), deadline: DEADLINE })],
        '2026-04-01',
        'InvalidFourteenDayLetter',
        { problem: 'costs-above-statutory' },
      ],
      [
        'the letter gave too short a term',
        [finalNotice(3, SENT_ON, { statedCosts: STATUTORY, deadline: '2026-03-13' })],
        '2026-04-01',
        'InvalidFourteenDayLetter',
        { problem: 'deadline-too-early' },
      ],
      [
        'the final notice was given by phone',
        [
          finalNotice(3, SENT_ON, {
            statedCosts: STATUTORY,
            deadline: DEADLINE,
            channel: 'phone',
          }),
        ],
        '2026-04-01',
        'InvalidFourteenDayLetter',
        { problem: 'not-written' },
      ],
      [
        'the deadline has not passed (the consumer may pay on the day itself)',
        [correctLetter],
        DEADLINE,
        'FourteenDayTermRunning',
        { deadline: DEADLINE },
      ],
      [
        'a later letter that only extends a wrong one (no costs stated) does not repair it',
        [
          finalNotice(3, SENT_ON, { statedCosts: STATUTORY, deadline: '2026-03-13' }),
          finalNotice(4, '2026-03-10', { deadline: '2026-03-31' }),
        ],
        '2026-04-01',
        'InvalidFourteenDayLetter',
        { level: 4, problem: 'costs-not-stated' },
      ],
      [
        // Sent Tuesday 10 March: received Thursday the 12th, 14 days end Thursday 26 March.
        'a new, complete letter after a wrong one restarts the 14 days',
        [
          finalNotice(3, SENT_ON, { statedCosts: STATUTORY, deadline: '2026-03-13' }),
          finalNotice(4, '2026-03-10', { statedCosts: STATUTORY, deadline: '2026-03-26' }),
        ],
        '2026-03-20',
        'FourteenDayTermRunning',
        { deadline: '2026-03-26' },
      ],
      [
        'a later letter that extends a valid one binds the creditor to the later date',
        [correctLetter, finalNotice(4, '2026-03-10', { deadline: '2026-03-31' })],
        '2026-03-20',
        'FourteenDayTermRunning',
        { deadline: '2026-03-31' },
      ],
    ])('is refused when %s', (_case, letters, on, tag, details) =>
      given(issued, ...letters)
        .when(handOver(on))
        .thenRejects(tag, details),
    );

    it.each<[string, readonly InvoiceEvent[], string, Money]>([
      ['the day after the deadline of a correct letter', [correctLetter], '2026-03-17', STATUTORY],
      [
        'after the new letter that replaced a wrong one',
        [
          finalNotice(3, SENT_ON, { statedCosts: STATUTORY, deadline: '2026-03-13' }),
          finalNotice(4, '2026-03-10', { statedCosts: STATUTORY, deadline: '2026-03-26' }),
        ],
        '2026-03-27',
        STATUTORY,
      ],
      [
        'but no more than the letter stated',
        [finalNotice(3, SENT_ON, { statedCosts: eur(10000), deadline: DEADLINE })],
        '2026-03-17',
        eur(10000),
      ],
    ])('charges the costs %s', (_case, letters, on, costs) =>
      expect(handedOverData(given(issued, ...letters).when(handOver(on)).decision)).toMatchObject({
        handedOverOn: on,
        outstanding: PRINCIPAL,
        costs,
      }),
    );

    it('charges interest at the consumer rate from the day after the deadline', () =>
      // 17 March up to 1 April: 15 days at 4% on €1,000 = €1.64.
      given(issued, correctLetter)
        .when(handOver('2026-04-01'))
        .thenEmits({
          type: 'HandedOverToCollection',
          data: {
            handedOverOn: day('2026-04-01'),
            outstanding: PRINCIPAL,
            costs: STATUTORY,
            interest: consumerInterest(100000, 15),
          },
        }));

    it('charges interest on a part paid late only until the day it was paid', () =>
      // €400 paid 27 March: 10 days on €400 (€0.44) and 15 days on the €600 still owed (€0.99).
      expect(
        handedOverData(
          given(issued, correctLetter, ev.paid(eur(40000), '2026-03-27')).when(
            handOver('2026-04-01', { costs: 'none' }),
          ).decision,
        ),
      ).toMatchObject({
        outstanding: eur(60000),
        interest: eur(consumerInterest(40000, 10).amount + consumerInterest(60000, 15).amount),
      }));

    it('charges no interest on a part paid before interest started', () =>
      expect(
        handedOverData(
          given(issued, ev.paid(eur(40000), '2026-02-01'), correctLetter).when(
            handOver('2026-04-01', { costs: 'none' }),
          ).decision,
        ),
      ).toMatchObject({ interest: consumerInterest(60000, 15) }));

    it('charges no interest to a consumer never put in default', () =>
      expect(
        handedOverData(given(issued).when(handOver('2026-04-01', { costs: 'none' })).decision),
      ).toMatchObject({ interest: eur(0) }));

    it('hands over without costs when asked to, letter or not', () =>
      expect(
        handedOverData(given(issued).when(handOver('2026-04-01', { costs: 'none' })).decision),
      ).not.toHaveProperty('costs'));

    it('hands over without costs when they are not allowed and only allowed ones are asked', () => {
      const data = handedOverData(
        given(issued, correctLetter).when(handOver(DEADLINE, { costs: 'when-allowed' })).decision,
      );
      expect(data).toMatchObject({ handedOverOn: DEADLINE });
      expect(data).not.toHaveProperty('costs');
    });
  });

  describe('with VAT on the costs (a tenant that cannot deduct it)', () => {
    // €150 + 21% = €181.50.
    const VAT = { ratePercent: 21 };
    const withVat = finalNotice(3, SENT_ON, { statedCosts: eur(18150), deadline: DEADLINE });

    it('states the costs with VAT in the final notice', () =>
      given(issued)
        .when(
          cmd.sendReminder(at(SENT_ON), 3, {
            kind: 'final-notice',
            channel: 'post',
            costsVat: VAT,
          }),
        )
        .thenEmits(withVat));

    it('charges them at the hand-over, judging the letter with the same VAT', () =>
      expect(
        handedOverData(
          given(issued, withVat).when(handOver('2026-03-17', { costsVat: VAT })).decision,
        ),
      ).toMatchObject({ costs: eur(18150) }));

    it('finds a letter with VAT too high when the tenant adds none', () =>
      given(issued, withVat)
        .when(handOver('2026-03-17'))
        .thenRejects('InvalidFourteenDayLetter', { problem: 'costs-above-statutory' }));
  });

  describe('handing a business over', () => {
    it('charges the staffel without any letter, and commercial interest from the day after the due date', () => {
      const on = day('2026-03-17');
      const interest = statutoryInterest({
        principal: PRINCIPAL,
        kind: 'commercial',
        from: day('2026-01-20'),
        until: on,
      }).total;
      expect(interest.amount).toBeGreaterThan(0);
      given(issued)
        .when(handOver(on, { debtorKind: 'business' }))
        .thenEmits({
          type: 'HandedOverToCollection',
          data: { handedOverOn: on, outstanding: PRINCIPAL, costs: STATUTORY, interest },
        });
    });

    it('charges the €40 minimum on a small claim', () =>
      expect(
        handedOverData(
          given(ev.issued({ amount: eur(10000) })).when(
            handOver('2026-03-17', { debtorKind: 'business' }),
          ).decision,
        ),
      ).toMatchObject({ costs: eur(4000) }));
  });

  it('hands over as before when the debtor is not known: no costs, no interest', () =>
    given(issued)
      .when(cmd.handOver(at('2026-03-17')))
      .thenEmits({
        type: 'HandedOverToCollection',
        data: { handedOverOn: day('2026-03-17'), outstanding: PRINCIPAL },
      }));

  describe('balance (art. 6:44 BW)', () => {
    const chargedHandOver: InvoiceEvent = {
      type: 'HandedOverToCollection',
      data: {
        handedOverOn: day('2026-03-17'),
        outstanding: eur(80000),
        costs: eur(13000),
        interest: eur(500),
      },
    };
    const before = [issued, ev.paid(eur(20000), '2026-02-01'), chargedHandOver];

    it.each<[string, readonly InvoiceEvent[], [number, number, number]]>([
      [
        'before a hand-over: the principal alone',
        [issued, ev.paid(eur(20000), '2026-02-01')],
        [0, 0, 80000],
      ],
      [
        'a hand-over without charges: the principal alone',
        [issued, ev.handedOver('2026-03-17', PRINCIPAL)],
        [0, 0, 100000],
      ],
      ['at the hand-over: what it charged', before, [13000, 500, 80000]],
      [
        'a payment settles the costs first',
        [...before, ev.paid(eur(10000), '2026-03-20')],
        [3000, 500, 80000],
      ],
      ['then the interest', [...before, ev.paid(eur(13200), '2026-03-20')], [0, 300, 80000]],
      [
        'then the principal, over several payments',
        [...before, ev.paid(eur(10000), '2026-03-20'), ev.paid(eur(10000), '2026-03-27')],
        [0, 0, 73500],
      ],
      [
        'a credit note after the hand-over reduces the principal only',
        [...before, ev.creditNote('CN-1', eur(30000), '2026-03-20')],
        [13000, 500, 50000],
      ],
    ])('%s', (_case, events, [costs, interest, principal]) => {
      const state = folded(events);
      if (state.status === 'unissued') throw new Error('not issued');
      expect(claimBalance(state)).toEqual({
        costs: eur(costs),
        interest: eur(interest),
        principal: eur(principal),
      });
    });
  });
});
