import { agingReport, CREDIT_NOTE_APPLIED } from '../index';
import { debtorCommand, invoiceCommand } from './story-commands.spec-helpers';
import { accepted, day, eur, text } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const DEBTOR = 'tuincentrum-groenrijk';
const INVOICE = 'VK-2026-0311';

/**
 * Kwekerij De Linde invoiced Tuincentrum Groenrijk €2,420.00 for plants on 2 March 2026
 * (due 16 March). The first reminder went out on 23 March; the next day Groenrijk calls: a
 * second credit note for returned pallets is still to come. The collector puts the invoice
 * on hold until it arrives.
 */
const givenAnInvoiceAwaitingACreditNote = () => {
  const world = StoryWorld.of('kwekerij-de-linde', '2026-03-02T10:00:00+01:00');
  world.debtor(DEBTOR).execute(
    debtorCommand.register({
      debtorId: DEBTOR,
      name: 'Tuincentrum Groenrijk',
      kind: 'business',
      contactPerson: 'Femke Hoekstra',
    }),
  );
  world.invoice(INVOICE).execute(
    invoiceCommand.issue({
      invoiceId: INVOICE,
      debtorId: DEBTOR,
      number: 'VK-2026-0311',
      issueDate: '2026-03-02',
      termDays: 14,
      cents: 242000,
      description: 'Vaste planten en heesters, voorjaarslevering',
    }),
    { actor: 'accounting-sync' },
  );
  const firstReminder = world.runDays('2026-03-03', '2026-03-23');
  world.at('2026-03-24T11:30:00+01:00');
  const hold = world
    .invoice(INVOICE)
    .execute(invoiceCommand.putOnHold('awaiting-credit-note', 'Tweede creditnota retourpallets'), {
      actor: 'ahmed.yilmaz',
      reason: 'debtor awaits a second credit note',
    });
  return { world, firstReminder, hold };
};

describe('Story 3: a credit note pending', () => {
  it('sent the first reminder a week after the due date, before the hold', () => {
    const { firstReminder } = givenAnInvoiceAwaitingACreditNote();

    expect(firstReminder.map((d) => [d.on, d.action])).toMatchObject([
      ['2026-03-23', { _tag: 'SendReminder', level: 1 }],
    ]);
  });

  it('puts the invoice on hold with the reason "awaiting credit note"', () => {
    const { world, hold } = givenAnInvoiceAwaitingACreditNote();

    expect(accepted(hold)).toEqual([
      {
        type: 'PutOnHold',
        data: {
          reason: 'awaiting-credit-note',
          since: day('2026-03-24'),
          note: 'Tweede creditnota retourpallets',
        },
      },
    ]);
    expect(world.nextActionOf(INVOICE)).toEqual({ _tag: 'Nothing', why: 'on-hold' });
  });

  it('sends no reminder for weeks while on hold, though the demand letter is overdue', () => {
    const { world } = givenAnInvoiceAwaitingACreditNote();

    const sixWeeks = world.runDays('2026-03-25', '2026-05-04');

    expect(sixWeeks).toEqual([]);
    expect(world.invoice(INVOICE).state()).toMatchObject({ remindersSent: [{ level: 1 }] });
  });

  describe('when the credit note is applied', () => {
    const afterTheCreditNote = () => {
      const { world } = givenAnInvoiceAwaitingACreditNote();
      world.runDays('2026-03-25', '2026-05-04');
      world.at('2026-05-04T14:00:00+02:00');
      const applied = world
        .invoice(INVOICE)
        .execute(invoiceCommand.creditNote('CN-2026-017', 42000), {
          actor: 'accounting-sync',
          reason: 'credit note booked in accounting',
        });
      return { world, applied };
    };

    it('lowers what is owed and releases the hold in the same decision', () => {
      const { world, applied } = afterTheCreditNote();

      expect(accepted(applied)).toEqual([
        {
          type: 'CreditNoteApplied',
          data: { number: text('CN-2026-017'), amount: eur(42000), appliedOn: day('2026-05-04') },
        },
        {
          type: 'HoldReleased',
          data: { releasedOn: day('2026-05-04'), note: CREDIT_NOTE_APPLIED },
        },
      ]);
      expect(world.invoice(INVOICE).state()).toMatchObject({
        status: 'open',
        outstanding: eur(200000),
        credited: eur(42000),
        hold: null,
      });
    });

    it('resumes with the next reminder due, the demand letter, for the remaining €2,000', () => {
      const { world } = afterTheCreditNote();

      const nextMorning = world.runDays('2026-05-05', '2026-05-05');

      expect(nextMorning).toMatchObject([
        {
          on: '2026-05-05',
          invoiceId: INVOICE,
          action: { _tag: 'SendReminder', level: 2, kind: 'demand', channel: 'post' },
          outcome: { right: [{ type: 'ReminderSent', data: { level: 2 } }] },
        },
      ]);
      const aging = agingReport(world.reports().ledger, world.tenantId, world.today);
      expect(aging.currencies).toMatchObject([{ currency: 'EUR', total: eur(200000), count: 1 }]);
      expect(world.callSheetOf(DEBTOR)).toMatchObject({
        totalOutstanding: [eur(200000)],
        demandLettersSent: 1,
        agreements: { holds: [] },
      });
    });
  });
});
