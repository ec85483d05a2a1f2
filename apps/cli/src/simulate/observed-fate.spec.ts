import { RecordedEvent } from '@debiteur/eventstore';
import { GENERATOR_POLICY } from '../generate/generate-portfolio';
import { recordedEvent } from '../testing/recorded-event';
import { worldFromPortfolio } from './portfolio-behaviour';
import { playWorld } from './portfolio-engine';
import { World } from './portfolio-world';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

type Step = readonly [string, Record<string, unknown>];

/** An invoice of debtor D-1 issued Thursday 2 January 2025, due 16 January, then `steps`. */
const invoiceStream = (invoiceId: string, steps: readonly Step[]): RecordedEvent[] =>
  [
    [
      'Issued',
      {
        invoiceId,
        debtorId: 'D-1',
        number: `INV-${invoiceId}`,
        issueDate: '2025-01-02',
        dueDate: '2025-01-16',
        paymentTermDays: 14,
        amount: eur(10_000),
        description: 'Services',
      },
    ] as const,
    ...steps,
  ].map(([type, data], i) =>
    recordedEvent(i + 1, {
      streamId: `invoice:acme:${invoiceId}`,
      type,
      schemaVersion: type === 'Issued' ? 2 : 1,
      data,
    }),
  );

const reminder = (level: number, sentOn: string): Step => [
  'ReminderSent',
  {
    level,
    kind: ['reminder', 'demand', 'final-notice'][level - 1],
    channel: level === 1 ? 'email' : 'post',
    sentOn,
  },
];
const paid = (paidOn: string): Step => ['Paid', { amount: eur(10_000), paidOn }];

async function* streamOf(list: readonly RecordedEvent[]): AsyncGenerator<RecordedEvent> {
  yield* list;
}

const worldOf = async (...streams: RecordedEvent[][]): Promise<World> => {
  const world = await worldFromPortfolio(streamOf(streams.flat()));
  if (world === null) throw new Error('no invoices');
  return world;
};

const fateOf = (world: World, invoiceId: string) =>
  world.invoices.find((i) => i.invoiceId === invoiceId)?.fate;

const paymentsOf = (world: World, policy = GENERATOR_POLICY) =>
  [...playWorld(world, policy)]
    .filter((p) => p.event.type === 'Paid')
    .map((p) => ({ invoice: p.invoiceId, date: p.date, cause: p.cause }));

/** A debtor who paid 10 days after a first reminder: his reaction lag is 10 days. */
const reacted = invoiceStream('R', [reminder(1, '2025-01-17'), paid('2025-01-27')]);

describe('the fate read from a portfolio', () => {
  describe('of an invoice paid within 3 days of its third reminder', () => {
    // Reminded 17 January, 30 January and 13 February; paid 16 February.
    const late = invoiceStream('L', [
      reminder(1, '2025-01-17'),
      reminder(2, '2025-01-30'),
      reminder(3, '2025-02-13'),
      paid('2025-02-16'),
    ]);

    it('is paid of his own accord on that day, moved only by a reminder he did not ignore', async () => {
      const world = await worldOf(reacted, late);
      expect(fateOf(world, 'L')).toMatchObject({
        naturalPayDay: 45,
        reactLag: 10,
        reactFromLevel: 3,
      });
    });

    it('is paid on the same day again under the same policy, not sooner', async () => {
      const payments = paymentsOf(await worldOf(reacted, late));
      expect(payments).toContainEqual({ invoice: 'L', date: '2025-02-16', cause: 'own-accord' });
    });
  });

  describe('of an invoice paid on the date its debtor promised', () => {
    // Reminded 17 January, called on the 18th to promise the 25th, paid the 25th.
    const promised = invoiceStream('P', [
      reminder(1, '2025-01-17'),
      ['ContactLogged', { channel: 'phone', outcome: 'reached', contactedOn: '2025-01-18' }],
      ['PaymentPromised', { promisedOn: '2025-01-18', promisedDate: '2025-01-25' }],
      paid('2025-01-25'),
      ['PromiseKept', { promisedDate: '2025-01-25', keptOn: '2025-01-25' }],
    ]);

    it('is paid as promised, 7 days after the call that follows the first reminder', async () => {
      const world = await worldOf(promised);
      expect(fateOf(world, 'P')).toMatchObject({
        naturalPayDay: null,
        promise: { lagDays: 7, kept: true },
      });
      expect(paymentsOf(world)).toEqual([{ invoice: 'P', date: '2025-01-25', cause: 'promise' }]);
    });

    it('moves with the first reminder under a later ladder, not stuck on the file date', async () => {
      const later = {
        ...GENERATOR_POLICY,
        ladder: GENERATOR_POLICY.ladder.map((r) => ({ ...r, afterDueDays: r.afterDueDays + 6 })),
      };
      // First reminder Thursday 23 January, the call on the 24th, payment on the 31st.
      const payments = paymentsOf(await worldOf(promised), later);
      expect(payments).toEqual([{ invoice: 'P', date: '2025-01-31', cause: 'promise' }]);
    });
  });
});
