import {
  daysBetween,
  DebtorId,
  isReliableLatePayer,
  LadderLevel,
  noticeReliableLatePayers,
  paymentBehaviours,
  paymentTermFor,
  ReminderPolicy,
} from '../index';
import { Agenda, agendaOf, builtOnce } from './story-agenda.spec-helpers';
import { debtorCommand, invoiceCommand, policyCommand } from './story-commands.spec-helpers';
import { day } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const SLOW = 'hoveniersbedrijf-bakker';
const PROMPT = 'autobedrijf-smit';
const NEXT_INVOICE = 'VR-2026-0112';

const rung = (level: number, kind: LadderLevel['kind'], afterDueDays: number): LadderLevel => ({
  level,
  kind,
  afterDueDays,
  channel: level === 1 ? 'email' : 'post',
});

/** The client's own ladder: a first reminder the day after a 14-day term, so on day 15. */
const EAGER_POLICY: ReminderPolicy = {
  defaultPaymentTermDays: 14,
  adaptive: false,
  promiseGraceDays: 3,
  ladder: [rung(1, 'reminder', 1), rung(2, 'demand', 14), rung(3, 'final-notice', 28)],
};

interface Rental {
  readonly id: string;
  readonly debtorId: string;
  readonly issueDate: string;
  readonly cents: number;
  readonly paidOn: string;
}

const rental = (
  id: string,
  debtorId: string,
  issueDate: string,
  cents: number,
  paidOn: string,
): Rental => ({ id, debtorId, issueDate, cents, paidOn });

/** Jan Bakker pays 17, 18 and 19 days after the invoice; Autobedrijf Smit within 10. */
const HISTORY: readonly Rental[] = [
  rental('VR-2025-0901', SLOW, '2025-09-01', 181500, '2025-09-18'),
  rental('VR-2025-1006', SLOW, '2025-10-06', 205700, '2025-10-24'),
  rental('VR-2025-1106', SLOW, '2025-11-06', 169400, '2025-11-25'),
  rental('VR-2025-0902', PROMPT, '2025-09-01', 96800, '2025-09-10'),
  rental('VR-2025-1007', PROMPT, '2025-10-06', 72600, '2025-10-16'),
  rental('VR-2025-1107', PROMPT, '2025-11-06', 108900, '2025-11-14'),
];

const paysOn = (invoiceId: string, cents: number, paidOn: string) => (world: StoryWorld) =>
  world
    .invoice(invoiceId)
    .execute(invoiceCommand.pay(cents, paidOn), { actor: 'bank-import', reason: 'bank statement' });

const issue = (world: StoryWorld, rental: Omit<Rental, 'paidOn'>) =>
  world.invoice(rental.id).execute(
    invoiceCommand.issue({
      invoiceId: rental.id,
      debtorId: rental.debtorId,
      number: rental.id,
      issueDate: rental.issueDate,
      termDays: world.paymentTermOf(rental.debtorId),
      cents: rental.cents,
      description: `Huur minigraver en aanhanger, ${rental.issueDate.slice(0, 7)}`,
    }),
    { actor: 'accounting-sync' },
  );

/**
 * Veldman Verhuur rents out machines. Its ladder reminds on day 15. Hoveniersbedrijf Bakker
 * always pays, on day 17, 18 or 19, and is annoyed by the reminder every month; Autobedrijf
 * Smit pays within ten days. In January 2026 the collector looks at their behaviour.
 */
const history = builtOnce(() => {
  const world = StoryWorld.of('veldman-verhuur', '2025-09-01T08:00:00+02:00');
  world.settings().execute(policyCommand.set(EAGER_POLICY), { actor: 'client-admin' });
  for (const [debtorId, name, contactPerson] of [
    [SLOW, 'Hoveniersbedrijf Bakker', 'Jan Bakker'],
    [PROMPT, 'Autobedrijf Smit', 'Wim Smit'],
  ] as const) {
    world
      .debtor(debtorId)
      .execute(debtorCommand.register({ debtorId, name, kind: 'business', contactPerson }));
  }
  const agenda = agendaOf(
    ...HISTORY.flatMap((r) => [
      [r.issueDate, (w: StoryWorld) => issue(w, r)] as const,
      [r.paidOn, paysOn(r.id, r.cents, r.paidOn)] as const,
    ]),
  );
  const deeds = world.runDays('2025-09-01', '2025-12-31', agenda);
  world.at('2026-01-12T08:30:00+01:00');
  return { world, history: deeds };
});

const givenASlowButReliablePayer = () => {
  const built = history();
  return { world: built.world.fork(), history: built.history };
};

const nextInvoice = (world: StoryWorld) =>
  issue(world, { id: NEXT_INVOICE, debtorId: SLOW, issueDate: '2026-01-12', cents: 193600 });

/** He pays the new invoice on day 18, as ever; the world lives on until mid-February. */
const paysOnDay18: Agenda = { '2026-01-30': paysOn(NEXT_INVOICE, 193600, '2026-01-30') };

const dayOfInvoice = (dueOn: string): number => daysBetween(day('2026-01-12'), day(dueOn));

describe('Story 4: a reliable but slow payer', () => {
  it('reminded him on day 15 every month, though he always paid a few days later', () => {
    const { history } = givenASlowButReliablePayer();

    const debtorOf = (invoiceId: string) => HISTORY.find((r) => r.id === invoiceId)?.debtorId;

    expect(
      history
        .filter((d) => debtorOf(d.invoiceId) === SLOW)
        .map((d) => [d.invoiceId, d.on, d.action]),
    ).toMatchObject([
      ['VR-2025-0901', '2025-09-16', { _tag: 'SendReminder', level: 1 }],
      ['VR-2025-1006', '2025-10-21', { _tag: 'SendReminder', level: 1 }],
      ['VR-2025-1106', '2025-11-21', { _tag: 'SendReminder', level: 1 }],
    ]);
    expect(history.filter((d) => debtorOf(d.invoiceId) === PROMPT)).toEqual([]);
  });

  it('shows his habit in the payment behaviour: 18 days on average, reliably late (B)', () => {
    const { world } = givenASlowButReliablePayer();

    expect(world.behaviourOf(SLOW)).toMatchObject({
      paidInvoices: 3,
      meanDaysToPay: 18,
      medianDaysToPay: 18,
      p90DaysToPay: 19,
      meanDaysLate: 4,
      onTimeRatio: 0,
      remindersPerPaidInvoice: 1,
      rating: 'B',
    });
    expect(world.behaviourOf(PROMPT)).toMatchObject({ paidInvoices: 3, rating: 'A' });
  });

  it('notices him, and only him, among the client’s debtors', () => {
    const { world } = givenASlowButReliablePayer();
    const policy = world.settings().state().policy;

    const paymentTermOf = (debtorId: DebtorId) => {
      const debtor = world.debtor(debtorId).state();
      return paymentTermFor(debtor.status === 'registered' ? debtor : null, policy);
    };

    const noticed = noticeReliableLatePayers(
      paymentBehaviours(world.reports().ledger, world.tenantId, world.today),
      policy,
      paymentTermOf,
    );

    expect(noticed).toEqual([expect.objectContaining({ debtorId: SLOW, medianDaysToPay: 18 })]);
  });

  describe('his next invoice', () => {
    it('would still be reminded on day 15 while the client keeps adaptive timing off', () => {
      const { world } = givenASlowButReliablePayer();
      nextInvoice(world);

      const next = world.nextActionOf(NEXT_INVOICE);

      expect(next).toMatchObject({ _tag: 'SendReminder', level: 1, timing: 'ladder' });
      expect(next._tag === 'SendReminder' && dayOfInvoice(next.dueOn)).toBe(15);
    });

    describe('with adaptive timing on', () => {
      const adaptive = () => {
        const { world } = givenASlowButReliablePayer();
        world.settings().execute(policyCommand.set({ ...EAGER_POLICY, adaptive: true }), {
          actor: 'client-admin',
        });
        nextInvoice(world);
        return world;
      };

      it('moves his first reminder past his usual payment day, to day 21 or later', () => {
        const world = adaptive();

        const next = world.nextActionOf(NEXT_INVOICE);

        expect(next).toMatchObject({ _tag: 'SendReminder', level: 1, timing: 'adaptive' });
        expect(next._tag === 'SendReminder' && dayOfInvoice(next.dueOn)).toBeGreaterThanOrEqual(21);
      });

      it('sends him no reminder at all when he pays on day 18', () => {
        const world = adaptive();

        const deeds = world.runDays('2026-01-12', '2026-02-13', paysOnDay18);

        expect(deeds).toEqual([]);
        expect(world.invoice(NEXT_INVOICE).state()).toMatchObject({
          status: 'settled',
          settledOn: '2026-01-30',
          remindersSent: [],
        });
      });
    });

    describe('with a reminder offset agreed for him alone', () => {
      const overridden = () => {
        const { world } = givenASlowButReliablePayer();
        world.debtor(SLOW).execute(debtorCommand.overrideReminderOffset(7), {
          actor: 'client-admin',
          reason: 'pays around day 18; first reminder at 21 days',
        });
        nextInvoice(world);
        return world;
      };

      it('reminds him first on day 21', () => {
        const world = overridden();

        const next = world.nextActionOf(NEXT_INVOICE);

        expect(next).toMatchObject({ _tag: 'SendReminder', timing: 'debtor-override' });
        expect(next._tag === 'SendReminder' && dayOfInvoice(next.dueOn)).toBe(21);
      });

      it('sends him no reminder when he pays on day 18', () => {
        const world = overridden();

        expect(world.runDays('2026-01-12', '2026-02-13', paysOnDay18)).toEqual([]);
        expect(world.invoice(NEXT_INVOICE).state()).toMatchObject({ status: 'settled' });
      });
    });

    describe('with the client’s whole ladder moved to a first reminder a week after due', () => {
      const relaxed = () => {
        const { world } = givenASlowButReliablePayer();
        const ladder = [rung(1, 'reminder', 7), rung(2, 'demand', 21), rung(3, 'final-notice', 35)];
        world.settings().execute(policyCommand.set({ ...EAGER_POLICY, ladder }), {
          actor: 'client-admin',
          reason: 'fewer needless reminders',
        });
        nextInvoice(world);
        return world;
      };

      it('reminds him, like every debtor, first on day 21', () => {
        const world = relaxed();

        const next = world.nextActionOf(NEXT_INVOICE);

        expect(next).toMatchObject({ _tag: 'SendReminder', level: 1, timing: 'ladder' });
        expect(next._tag === 'SendReminder' && dayOfInvoice(next.dueOn)).toBe(21);
      });

      it('no longer counts him as a late payer, and sends him nothing when he pays on day 18', () => {
        const world = relaxed();
        const policy = world.settings().state().policy;

        expect(isReliableLatePayer(world.behaviourOf(SLOW), policy, 14)).toBe(false);
        expect(world.runDays('2026-01-12', '2026-02-13', paysOnDay18)).toEqual([]);
      });
    });
  });
});
