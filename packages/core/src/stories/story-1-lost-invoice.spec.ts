import { debtorCommand, invoiceCommand } from './story-commands.spec-helpers';
import { accepted, day, link } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const DEBTOR = 'de-vries-installatietechniek';
const INVOICE = 'F2026-0142';
const ORIGINAL_LINK = 'https://betaal.drukkerij-jansen.nl/2026-0142';
const FRESH_LINK = 'https://betaal.drukkerij-jansen.nl/2026-0142?r=2';

/**
 * Drukkerij Jansen invoiced De Vries Installatietechniek €1,452.00 for brochures on Monday
 * 2 March 2026, on the usual 14 days; the first reminder would go out a week after the due
 * date. On Friday 20 March Pieter de Vries calls: he never received the invoice.
 */
const givenADebtorWhoLostTheInvoice = () => {
  const world = StoryWorld.of('drukkerij-jansen', '2026-03-02T10:00:00+01:00');
  world.debtor(DEBTOR).execute(
    debtorCommand.register({
      debtorId: DEBTOR,
      name: 'De Vries Installatietechniek B.V.',
      kind: 'business',
      contactPerson: 'Pieter de Vries',
      email: 'administratie@devries-installatie.nl',
    }),
    { actor: 'accounting-sync' },
  );
  world.invoice(INVOICE).execute(
    invoiceCommand.issue({
      invoiceId: INVOICE,
      debtorId: DEBTOR,
      number: '2026-0142',
      issueDate: '2026-03-02',
      termDays: 14,
      cents: 145200,
      description: 'Drukwerk: 5.000 brochures voorjaarsactie',
      paymentLink: ORIGINAL_LINK,
    }),
    { actor: 'accounting-sync', reason: 'invoice booked in accounting' },
  );
  const quietDays = world.runDays('2026-03-03', '2026-03-19');
  world.at('2026-03-20T11:15:00+01:00');
  const plannedBefore = world.nextActionOf(INVOICE);
  world
    .invoice(INVOICE)
    .execute(
      invoiceCommand.logContact(
        'phone',
        'reached',
        'Factuur nooit ontvangen, graag opnieuw sturen',
      ),
      { actor: 'marieke.bos', reason: 'debtor called about the invoice' },
    );
  const resend = world.invoice(INVOICE).execute(invoiceCommand.resend('email', FRESH_LINK), {
    actor: 'marieke.bos',
    reason: 'debtor lost the invoice',
  });
  return { world, quietDays, plannedBefore, resend };
};

describe('Story 1: a lost invoice', () => {
  it('sends no reminder while the invoice is not yet a week overdue', () => {
    const { quietDays } = givenADebtorWhoLostTheInvoice();

    expect(quietDays).toEqual([]);
  });

  it('resends the invoice by e-mail with a fresh payment link', () => {
    const { world, resend } = givenADebtorWhoLostTheInvoice();

    expect(accepted(resend)).toEqual([
      {
        type: 'InvoiceResent',
        data: { channel: 'email', resentOn: day('2026-03-20'), paymentLink: link(FRESH_LINK) },
      },
    ]);
    expect(world.invoice(INVOICE).state()).toMatchObject({
      status: 'open',
      paymentLink: FRESH_LINK,
      resentCount: 1,
      contactCount: 1,
    });
  });

  it('keeps the resend in the case history, with who did it, when and why', () => {
    const { world } = givenADebtorWhoLostTheInvoice();

    const { entries } = world.timelineOf(INVOICE);

    expect(entries.map((e) => e.type)).toEqual(['Issued', 'ContactLogged', 'InvoiceResent']);
    expect(entries[2]).toMatchObject({
      type: 'InvoiceResent',
      version: 3,
      actor: 'marieke.bos',
      reason: 'debtor lost the invoice',
      occurredAt: '2026-03-20T11:15:00+01:00',
      recordedAt: '2026-03-20T11:15:00+01:00',
      data: { paymentLink: FRESH_LINK },
    });
  });

  it('goes on reminding from the original due date, as before the resend', () => {
    const { world, plannedBefore } = givenADebtorWhoLostTheInvoice();

    expect(world.nextActionOf(INVOICE)).toEqual(plannedBefore);
    expect(plannedBefore).toMatchObject({ _tag: 'SendReminder', level: 1, dueOn: '2026-03-23' });

    const deeds = world.runDays('2026-03-21', '2026-03-27');

    expect(deeds).toMatchObject([
      {
        on: '2026-03-23',
        invoiceId: INVOICE,
        action: { _tag: 'SendReminder', level: 1, kind: 'reminder', channel: 'email' },
        outcome: { right: [{ type: 'ReminderSent', data: { level: 1, sentOn: '2026-03-23' } }] },
      },
    ]);
    expect(world.timelineOf(INVOICE).entries.at(-1)).toMatchObject({
      type: 'ReminderSent',
      actor: 'scheduler',
    });
  });
});
