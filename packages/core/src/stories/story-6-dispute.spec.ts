import { PAYMENT_PROMISED } from '../index';
import { debtorCommand, invoiceCommand } from './story-commands.spec-helpers';
import { accepted, day, eur } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const DEBTOR = 'vastgoed-de-wissel';
const INVOICE = 'GZ-2026-0087';

/**
 * Glazenwasserij De Zon invoiced Vastgoed De Wissel €3,630.00 for March's window cleaning
 * (due 16 March 2026); the first reminder went out on 23 March. On 25 March Sandra de Jong
 * calls: the windows were skipped in week 12 and she will not pay like this. The collector
 * puts the invoice on hold while the team clears it with the client.
 */
const givenADisputedInvoice = () => {
  const world = StoryWorld.of('glazenwasserij-de-zon', '2026-03-02T08:00:00+01:00');
  world.debtor(DEBTOR).execute(
    debtorCommand.register({
      debtorId: DEBTOR,
      name: 'Vastgoed De Wissel B.V.',
      kind: 'business',
      contactPerson: 'Sandra de Jong',
    }),
  );
  world.invoice(INVOICE).execute(
    invoiceCommand.issue({
      invoiceId: INVOICE,
      debtorId: DEBTOR,
      number: 'GZ-2026-0087',
      issueDate: '2026-03-02',
      termDays: 14,
      cents: 363000,
      description: 'Glasbewassing kantoorpand Stationsplein, maart 2026',
    }),
    { actor: 'accounting-sync' },
  );
  const beforeTheCall = world.runDays('2026-03-02', '2026-03-24');
  world.on('2026-03-25', 10);
  world
    .invoice(INVOICE)
    .execute(invoiceCommand.logContact('phone', 'reached', 'Ramen week 12 niet gewassen'), {
      actor: 'ahmed.yilmaz',
      reason: 'debtor called to complain',
    });
  world
    .invoice(INVOICE)
    .execute(invoiceCommand.putOnHold('dispute', 'Klacht over dienstverlening'), {
      actor: 'ahmed.yilmaz',
      reason: 'debtor disputes the service; clearing it with the client',
    });
  const whileDisputed = world.runDays('2026-03-26', '2026-04-14');
  return { world, beforeTheCall, whileDisputed };
};

describe('Story 6: a dispute', () => {
  it('sends no reminder while the team clears the dispute with the client', () => {
    const { world, beforeTheCall, whileDisputed } = givenADisputedInvoice();

    expect(beforeTheCall.map((d) => [d.on, d.action._tag])).toEqual([
      ['2026-03-23', 'SendReminder'],
    ]);
    expect(whileDisputed).toEqual([]);
    expect(world.nextActionOf(INVOICE)).toEqual({ _tag: 'Nothing', why: 'on-hold' });
    expect(world.callSheetOf(DEBTOR).openDisputes).toMatchObject([
      { invoiceId: INVOICE, reason: 'dispute', since: '2026-03-25' },
    ]);
  });

  describe('when it ends in a payment promise', () => {
    const promisedForFriday = () => {
      const { world } = givenADisputedInvoice();
      world.on('2026-04-15', 11);
      const promised = world
        .invoice(INVOICE)
        .execute(
          invoiceCommand.promise('2026-04-24', { cents: 363000, note: 'Na excuses opdrachtgever' }),
          { actor: 'ahmed.yilmaz', reason: 'dispute cleared with the client' },
        );
      return { world, promised };
    };

    it('releases the hold and records the promise, in that order', () => {
      const { world, promised } = promisedForFriday();

      expect(accepted(promised)).toEqual([
        { type: 'HoldReleased', data: { releasedOn: day('2026-04-15'), note: PAYMENT_PROMISED } },
        {
          type: 'PaymentPromised',
          data: {
            promisedDate: day('2026-04-24'),
            promisedOn: day('2026-04-15'),
            amount: eur(363000),
            note: 'Na excuses opdrachtgever',
          },
        },
      ]);
      expect(world.invoice(INVOICE).state()).toMatchObject({
        hold: null,
        promise: { promisedDate: '2026-04-24' },
      });
    });

    it('keeps reminders paused until the promised Friday plus three days of grace', () => {
      const { world } = promisedForFriday();

      expect(world.nextActionOf(INVOICE)).toMatchObject({
        _tag: 'BreakPromise',
        promisedDate: '2026-04-24',
        dueOn: '2026-04-28',
      });
      expect(world.runDays('2026-04-16', '2026-04-27')).toEqual([]);
    });

    it('marks the promise broken after the grace and resumes with the demand letter', () => {
      const { world } = promisedForFriday();
      world.runDays('2026-04-16', '2026-04-27');

      const deeds = world.runDays('2026-04-28', '2026-04-28');

      expect(deeds.map((d) => [d.action._tag, d.outcome])).toMatchObject([
        [
          'BreakPromise',
          {
            right: [
              {
                type: 'PromiseBroken',
                data: { promisedDate: '2026-04-24', detectedOn: '2026-04-28' },
              },
            ],
          },
        ],
        ['SendReminder', { right: [{ type: 'ReminderSent', data: { level: 2, kind: 'demand' } }] }],
      ]);
      expect(world.timelineOf(INVOICE).entries.slice(-2)).toMatchObject([
        { type: 'PromiseBroken', actor: 'scheduler' },
        { type: 'ReminderSent', actor: 'scheduler' },
      ]);
    });
  });

  describe('when the hold is released', () => {
    const released = () => {
      const { world } = givenADisputedInvoice();
      world.on('2026-04-15', 11);
      const release = world
        .invoice(INVOICE)
        .execute(invoiceCommand.releaseHold('Dienst correct uitgevoerd volgens opdrachtgever'), {
          actor: 'ahmed.yilmaz',
          reason: 'client confirms the service was delivered',
        });
      return { world, release };
    };

    it('records the release', () => {
      const { release } = released();

      expect(accepted(release)).toEqual([
        {
          type: 'HoldReleased',
          data: {
            releasedOn: day('2026-04-15'),
            note: 'Dienst correct uitgevoerd volgens opdrachtgever',
          },
        },
      ]);
    });

    it('resumes the workflow with the next due reminder, the demand letter', () => {
      const { world } = released();

      expect(world.runDays('2026-04-16', '2026-04-16')).toMatchObject([
        {
          on: '2026-04-16',
          action: { _tag: 'SendReminder', level: 2, kind: 'demand', channel: 'post' },
          outcome: { right: [{ type: 'ReminderSent' }] },
        },
      ]);
    });
  });
});
