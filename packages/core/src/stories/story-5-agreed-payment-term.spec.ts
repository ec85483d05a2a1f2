import { debtorCommand, invoiceCommand } from './story-commands.spec-helpers';
import { accepted, day } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const DEBTOR = 'transportbedrijf-visser';
const FEBRUARY = 'BK-2026-0202';
const MARCH = 'BK-2026-0302';
const SYNC = { actor: 'accounting-sync', reason: 'accounting sync' };

const issue = (world: StoryWorld, invoiceId: string, issueDate: string, cents: number) =>
  world.invoice(invoiceId).execute(
    invoiceCommand.issue({
      invoiceId,
      debtorId: DEBTOR,
      number: invoiceId,
      issueDate,
      termDays: world.paymentTermOf(DEBTOR),
      cents,
      description: 'Bestrating en zand, project Logistiek Centrum Zwolle',
    }),
    SYNC,
  );

/**
 * Bouwmaterialen Kok invoices Transportbedrijf Visser on the usual 14 days. Visser always
 * takes 30; on 10 February 2026 Kok agrees, and its accounting package pushes the new term
 * for the debtor and the new due date of the open February invoice.
 */
const givenAnAgreedThirtyDayTerm = () => {
  const world = StoryWorld.of('bouwmaterialen-kok', '2026-02-02T08:00:00+01:00');
  world.debtor(DEBTOR).execute(
    debtorCommand.register({
      debtorId: DEBTOR,
      name: 'Transportbedrijf Visser B.V.',
      kind: 'business',
      contactPerson: 'Karin Visser',
    }),
    SYNC,
  );
  const february = accepted(issue(world, FEBRUARY, '2026-02-02', 484000));
  const plannedBefore = world.nextActionOf(FEBRUARY);
  world.at('2026-02-10T16:00:00+01:00');
  const agreed = world.debtor(DEBTOR).execute(debtorCommand.agreePaymentTerm(30), SYNC);
  const adjusted = world
    .invoice(FEBRUARY)
    .execute(invoiceCommand.adjustTerms({ paymentTermDays: 30 }), SYNC);
  return { world, february, plannedBefore, agreed, adjusted };
};

describe('Story 5: an agreed payment term', () => {
  it('issued the February invoice on the default 14 days, first reminder on 23 February', () => {
    const { february, plannedBefore } = givenAnAgreedThirtyDayTerm();

    expect(february).toMatchObject([
      { type: 'Issued', data: { paymentTermDays: 14, dueDate: '2026-02-16' } },
    ]);
    expect(plannedBefore).toMatchObject({ _tag: 'SendReminder', level: 1, dueOn: '2026-02-23' });
  });

  it('records the 30-day term on the debtor and the new due date on the open invoice', () => {
    const { world, agreed, adjusted } = givenAnAgreedThirtyDayTerm();

    expect(accepted(agreed)).toEqual([
      { type: 'PaymentTermAgreed', data: { paymentTermDays: 30 } },
    ]);
    expect(accepted(adjusted)).toEqual([
      {
        type: 'TermsAdjusted',
        data: {
          previousDueDate: day('2026-02-16'),
          dueDate: day('2026-03-04'),
          paymentTermDays: 30,
        },
      },
    ]);
    expect(world.timelineOf(FEBRUARY).entries.at(-1)).toMatchObject({
      type: 'TermsAdjusted',
      actor: 'accounting-sync',
      reason: 'accounting sync',
    });
  });

  it('records nothing when the sync pushes the same term again', () => {
    const { world } = givenAnAgreedThirtyDayTerm();
    const recorded = world.events().length;

    world.at('2026-02-11T02:00:00+01:00');
    const again = world.debtor(DEBTOR).execute(debtorCommand.agreePaymentTerm(30), SYNC);
    const adjustedAgain = world
      .invoice(FEBRUARY)
      .execute(invoiceCommand.adjustTerms({ paymentTermDays: 30 }), SYNC);

    expect([accepted(again), accepted(adjustedAgain)]).toEqual([[], []]);
    expect(world.events()).toHaveLength(recorded);
  });

  it('runs the reminders from the new due date: nothing before 4 March + a week', () => {
    const { world } = givenAnAgreedThirtyDayTerm();

    expect(world.nextActionOf(FEBRUARY)).toMatchObject({
      _tag: 'SendReminder',
      level: 1,
      dueOn: '2026-03-11',
    });
    expect(world.runDays('2026-02-11', '2026-03-10')).toEqual([]);
    expect(world.runDays('2026-03-11', '2026-03-11')).toMatchObject([
      { invoiceId: FEBRUARY, action: { _tag: 'SendReminder', level: 1 }, on: '2026-03-11' },
    ]);
  });

  it('issues next month’s invoice on 30 days too', () => {
    const { world } = givenAnAgreedThirtyDayTerm();
    world.at('2026-03-02T10:00:00+01:00');

    expect(world.paymentTermOf(DEBTOR)).toBe(30);
    expect(accepted(issue(world, MARCH, '2026-03-02', 302500))).toMatchObject([
      { type: 'Issued', data: { paymentTermDays: 30, dueDate: '2026-04-01' } },
    ]);
    expect(world.nextActionOf(MARCH)).toMatchObject({ _tag: 'SendReminder', dueOn: '2026-04-08' });
  });
});
