import { agendaOf, Happening } from './story-agenda.spec-helpers';
import { debtorCommand, invoiceCommand } from './story-commands.spec-helpers';
import { accepted, day, installment } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const KEEPS = { debtorId: 'r-hendriks', invoiceId: 'ZO-2026-0101', cents: 180000 };
const MISSES = { debtorId: 'k-de-wit', invoiceId: 'ZO-2026-0102', cents: 150000 };
const INSTALLMENT_DATES = ['2026-04-10', '2026-05-11', '2026-06-10'] as const;

const paysInstallment = (invoiceId: string, cents: number, paidOn: string): Happening => [
  paidOn,
  (world) =>
    world.invoice(invoiceId).execute(invoiceCommand.pay(cents, paidOn), { actor: 'bank-import' }),
];

/**
 * Zonnepanelen Oost installed panels for two households, invoiced on 2 March 2026 and due
 * 16 March; both got a first reminder on 23 March. On 26 March both call: they want to pay
 * but cannot yet. The collector agrees three monthly installments with each.
 */
const givenTwoArrangements = () => {
  const world = StoryWorld.of('zonnepanelen-oost', '2026-03-02T08:00:00+01:00');
  for (const [who, name] of [
    [KEEPS, 'R. Hendriks'],
    [MISSES, 'K. de Wit'],
  ] as const) {
    world.debtor(who.debtorId).execute(
      debtorCommand.register({
        debtorId: who.debtorId,
        name,
        kind: 'consumer',
        contactPerson: name,
      }),
    );
    world.invoice(who.invoiceId).execute(
      invoiceCommand.issue({
        invoiceId: who.invoiceId,
        debtorId: who.debtorId,
        number: who.invoiceId,
        issueDate: '2026-03-02',
        termDays: 14,
        cents: who.cents,
        description: 'Levering en installatie 10 zonnepanelen met omvormer',
      }),
      { actor: 'accounting-sync' },
    );
  }
  const firstReminders = world.runDays('2026-03-02', '2026-03-25');
  world.on('2026-03-26', 10);
  const agree = (who: typeof KEEPS) =>
    world
      .invoice(who.invoiceId)
      .execute(
        invoiceCommand.agreeArrangement(
          ...INSTALLMENT_DATES.map((dueDate) => installment(dueDate, who.cents / 3)),
        ),
        { actor: 'lisa.kok', reason: 'debtor wants to pay but cannot yet' },
      );
  const agreed = agree(KEEPS);
  agree(MISSES);
  return { world, firstReminders, agreed };
};

/** Hendriks pays every installment on its day; De Wit pays the first and misses the second. */
const PAYMENTS = agendaOf(
  paysInstallment(KEEPS.invoiceId, 60000, '2026-04-10'),
  paysInstallment(MISSES.invoiceId, 50000, '2026-04-10'),
  paysInstallment(KEEPS.invoiceId, 60000, '2026-05-11'),
  paysInstallment(KEEPS.invoiceId, 60000, '2026-06-10'),
);

describe('Story 9: a payment arrangement', () => {
  it('agrees three installments after the first reminder', () => {
    const { firstReminders, agreed } = givenTwoArrangements();

    expect(firstReminders.map((d) => [d.on, d.action._tag])).toEqual([
      ['2026-03-23', 'SendReminder'],
      ['2026-03-23', 'SendReminder'],
    ]);
    expect(accepted(agreed)).toEqual([
      {
        type: 'ArrangementAgreed',
        data: {
          installments: [
            installment('2026-04-10', 60000),
            installment('2026-05-11', 60000),
            installment('2026-06-10', 60000),
          ],
          agreedOn: day('2026-03-26'),
        },
      },
    ]);
  });

  it('stops the regular reminders and watches the first installment instead', () => {
    const { world } = givenTwoArrangements();

    expect(world.nextActionOf(KEEPS.invoiceId)).toMatchObject({
      _tag: 'DefaultArrangement',
      missedDueDate: '2026-04-10',
      dueOn: '2026-04-14',
      isDue: false,
    });
    expect(world.runDays('2026-03-27', '2026-04-09')).toEqual([]);
  });

  describe('kept', () => {
    it('sends nothing while the installments come in on time, and settles with the last', () => {
      const { world } = givenTwoArrangements();

      const deeds = world.runDays('2026-03-27', '2026-06-30', PAYMENTS);

      expect(deeds.filter((d) => d.invoiceId === KEEPS.invoiceId)).toEqual([]);
      expect(world.invoice(KEEPS.invoiceId).state()).toMatchObject({
        status: 'settled',
        settledOn: '2026-06-10',
        arrangement: null,
        remindersSent: [{ level: 1, sentOn: '2026-03-23' }],
      });
      expect(world.nextActionOf(KEEPS.invoiceId)).toEqual({ _tag: 'Nothing', why: 'settled' });
    });
  });

  describe('with an installment missed', () => {
    it('waits out the grace days after the missed installment', () => {
      const { world } = givenTwoArrangements();

      const deeds = world.runDays('2026-03-27', '2026-05-14', PAYMENTS);

      expect(deeds.filter((d) => d.invoiceId === MISSES.invoiceId)).toEqual([]);
      expect(world.nextActionOf(MISSES.invoiceId)).toMatchObject({
        _tag: 'DefaultArrangement',
        missedDueDate: '2026-05-11',
        dueOn: '2026-05-15',
      });
    });

    it('defaults the arrangement after the grace, and the reminders resume', () => {
      const { world } = givenTwoArrangements();
      world.runDays('2026-03-27', '2026-05-14', PAYMENTS);

      const deeds = world.runDays('2026-05-15', '2026-05-15');

      expect(deeds.map((d) => [d.invoiceId, d.action._tag, d.outcome])).toMatchObject([
        [
          MISSES.invoiceId,
          'DefaultArrangement',
          {
            right: [
              {
                type: 'ArrangementDefaulted',
                data: { missedDueDate: '2026-05-11', detectedOn: '2026-05-15' },
              },
            ],
          },
        ],
        [
          MISSES.invoiceId,
          'SendReminder',
          { right: [{ type: 'ReminderSent', data: { level: 2, kind: 'demand' } }] },
        ],
      ]);
      expect(world.invoice(MISSES.invoiceId).state()).toMatchObject({
        status: 'open',
        arrangement: null,
        outstanding: { amount: 100000 },
      });
    });
  });
});
