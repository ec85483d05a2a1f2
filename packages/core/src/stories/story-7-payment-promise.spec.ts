import { debtorCommand, invoiceCommand } from './story-commands.spec-helpers';
import { accepted, day, eur } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const DEBTOR = 'restaurant-het-anker';
const INVOICE = 'KM-2026-0214';
const PROMISE_NOTE = 'Staat ingepland voor betaling deze vrijdag';

/**
 * Koffiebranderij De Molen invoiced Restaurant Het Anker €847.00 on 2 March 2026, due 16
 * March; the first reminder would go out on Monday 23 March. On Wednesday 18 March the
 * collector calls, and Joost Kramer says: "it is scheduled for payment this Friday".
 */
const givenAPromiseForFriday = () => {
  const world = StoryWorld.of('koffiebranderij-de-molen', '2026-03-02T08:00:00+01:00');
  world.debtor(DEBTOR).execute(
    debtorCommand.register({
      debtorId: DEBTOR,
      name: 'Restaurant Het Anker',
      kind: 'business',
      contactPerson: 'Joost Kramer',
    }),
  );
  world.invoice(INVOICE).execute(
    invoiceCommand.issue({
      invoiceId: INVOICE,
      debtorId: DEBTOR,
      number: 'KM-2026-0214',
      issueDate: '2026-03-02',
      termDays: 14,
      cents: 84700,
      description: 'Koffiebonen en onderhoud espressomachine, februari',
    }),
    { actor: 'accounting-sync' },
  );
  world.runDays('2026-03-02', '2026-03-17');
  world.on('2026-03-18', 10);
  const plannedBefore = world.nextActionOf(INVOICE);
  world
    .invoice(INVOICE)
    .execute(invoiceCommand.logContact('phone', 'reached', PROMISE_NOTE), { actor: 'lisa.kok' });
  const promised = world
    .invoice(INVOICE)
    .execute(invoiceCommand.promise('2026-03-20', { note: PROMISE_NOTE }), {
      actor: 'lisa.kok',
      reason: 'debtor promised payment on the phone',
    });
  return { world, plannedBefore, promised };
};

describe('Story 7: a payment promise', () => {
  it('records the promise for Friday', () => {
    const { promised } = givenAPromiseForFriday();

    expect(accepted(promised)).toEqual([
      {
        type: 'PaymentPromised',
        data: {
          promisedDate: day('2026-03-20'),
          promisedOn: day('2026-03-18'),
          note: PROMISE_NOTE,
        },
      },
    ]);
  });

  it('pauses the reminder due on Monday until Friday plus three days of grace', () => {
    const { world, plannedBefore } = givenAPromiseForFriday();

    expect(plannedBefore).toMatchObject({ _tag: 'SendReminder', level: 1, dueOn: '2026-03-23' });
    expect(world.nextActionOf(INVOICE)).toMatchObject({
      _tag: 'BreakPromise',
      promisedDate: '2026-03-20',
      dueOn: '2026-03-24',
      isDue: false,
    });
    expect(world.runDays('2026-03-19', '2026-03-23')).toEqual([]);
  });

  describe('kept', () => {
    it('settles the invoice on Friday, keeps the promise, and sends no reminder at all', () => {
      const { world } = givenAPromiseForFriday();
      world.runDays('2026-03-19', '2026-03-20');
      world.on('2026-03-20', 15);

      const payment = world
        .invoice(INVOICE)
        .execute(invoiceCommand.pay(84700, '2026-03-20', 'NL91ABNA0417164300'), {
          actor: 'bank-import',
        });

      expect(accepted(payment)).toEqual([
        {
          type: 'Paid',
          data: { amount: eur(84700), paidOn: day('2026-03-20'), reference: 'NL91ABNA0417164300' },
        },
        {
          type: 'PromiseKept',
          data: { promisedDate: day('2026-03-20'), keptOn: day('2026-03-20') },
        },
      ]);
      expect(world.invoice(INVOICE).state()).toMatchObject({
        status: 'settled',
        settledOn: '2026-03-20',
        promise: null,
        remindersSent: [],
      });
      expect(world.runDays('2026-03-21', '2026-04-30')).toEqual([]);
      expect(world.behaviourOf(DEBTOR)).toMatchObject({ promisesKept: 1, promisesBroken: 0 });
    });
  });

  describe('broken', () => {
    it('is marked broken by the scheduler on Tuesday, and the held-back reminder follows', () => {
      const { world } = givenAPromiseForFriday();
      world.runDays('2026-03-19', '2026-03-23');

      const tuesday = world.runDays('2026-03-24', '2026-03-24');

      expect(tuesday.map((d) => [d.on, d.action._tag, d.outcome])).toMatchObject([
        [
          '2026-03-24',
          'BreakPromise',
          { right: [{ type: 'PromiseBroken', data: { detectedOn: '2026-03-24' } }] },
        ],
        [
          '2026-03-24',
          'SendReminder',
          { right: [{ type: 'ReminderSent', data: { level: 1, kind: 'reminder' } }] },
        ],
      ]);
      expect(world.behaviourOf(DEBTOR)).toMatchObject({ promisesKept: 0, promisesBroken: 1 });
    });
  });
});
