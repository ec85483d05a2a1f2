import { InvoiceCommandType } from './invoice.commands';
import { cmd, everyCommand } from './invoice.spec-commands';
import { AMOUNT, at, ev, eur, given, histories } from './invoice.spec-helpers';

const now = at('2026-07-01');
const commands = everyCommand(now);
const only = (...types: readonly InvoiceCommandType[]) =>
  commands.filter((c) => types.includes(c.type));
const except = (...types: readonly InvoiceCommandType[]) =>
  commands.filter((c) => !types.includes(c.type));

describe('Invoice', () => {
  describe('before it is issued', () => {
    it.each(except('IssueInvoice').map((c) => [c.type, c] as const))(
      'refuses %s as not issued',
      (_type, command) => given().when(command).thenRejects('NotIssued'),
    );

    it('can only be issued', () => {
      const state = given().when(cmd.issue(now)).thenState();
      expect(state.status).toBe('open');
    });
  });

  describe('once issued', () => {
    it.each(Object.entries(histories))('is not issued twice when %s', (_status, history) =>
      given(...history)
        .when(cmd.issue(now))
        .thenRejects('AlreadyIssued'),
    );
  });

  describe('when settled', () => {
    it.each(
      except('IssueInvoice', 'LogContact', 'RecordPayment', 'SendReminder').map(
        (c) => [c.type, c] as const,
      ),
    )('refuses %s as closed', (_type, command) =>
      given(...histories.settled)
        .when(command)
        .thenRejects('InvoiceClosed', { status: 'settled' }),
    );

    it('sends no reminder because it is settled', () =>
      given(...histories.settled)
        .when(cmd.sendReminder(now, 1))
        .thenRejects('InvoiceSettled'));

    it('still logs a contact', () =>
      given(...histories.settled)
        .when(cmd.logContact(now))
        .thenEmits(ev.contact('2026-07-01')));

    it('still takes money, kept whole as a credit balance', () =>
      given(...histories.settled)
        .when(cmd.pay(now, eur(500), '2026-06-30'))
        .thenEmits(ev.paid(eur(500), '2026-06-30'), ev.creditBalance(eur(500), '2026-07-01')));
  });

  describe('when written off', () => {
    it.each(except('IssueInvoice', 'LogContact', 'RecordPayment').map((c) => [c.type, c] as const))(
      'refuses %s as closed',
      (_type, command) =>
        given(...histories.writtenOff)
          .when(command)
          .thenRejects('InvoiceClosed', { status: 'written-off' }),
    );

    it('still logs a contact', () =>
      given(...histories.writtenOff)
        .when(cmd.logContact(now))
        .thenEmits(ev.contact('2026-07-01')));

    it('takes a recovery: the write-off stands and what was written off drops', () => {
      const recovery = given(...histories.writtenOff).when(cmd.pay(now, eur(2100), '2026-06-30'));
      recovery.thenEmits(ev.paid(eur(2100), '2026-06-30'));
      expect(recovery.thenState()).toMatchObject({
        status: 'written-off',
        paid: eur(2100),
        outstanding: eur(AMOUNT.amount - 2100),
      });
    });

    it('keeps a recovery beyond the written-off debt as a credit balance', () =>
      given(...histories.writtenOff)
        .when(cmd.pay(now, eur(AMOUNT.amount + 500), '2026-06-30'))
        .thenEmits(
          ev.paid(eur(AMOUNT.amount + 500), '2026-06-30'),
          ev.creditBalance(eur(500), '2026-07-01'),
        ));

    it('keeps no promise by a recovery: the promise ended with the write-off', () =>
      given(
        ev.issued(),
        ev.promised('2026-05-20', '2026-05-10'),
        ev.writtenOff(AMOUNT, '2026-06-01'),
      )
        .when(cmd.pay(now, AMOUNT, '2026-06-30'))
        .thenEmits(ev.paid(AMOUNT, '2026-06-30')));
  });

  describe('when handed over to collection', () => {
    it.each(
      only(
        'AdjustTerms',
        'SendReminder',
        'PutOnHold',
        'ReleaseHold',
        'PromisePayment',
        'BreakPromise',
        'AgreeArrangement',
        'DefaultArrangement',
        'HandOverToCollection',
      ).map((c) => [c.type, c] as const),
    )('refuses %s: the agency runs the case now', (_type, command) =>
      given(...histories.handedOver)
        .when(command)
        .thenRejects('InvoiceClosed', { status: 'handed-over' }),
    );

    it.each(
      only('RecordPayment', 'ApplyCreditNote', 'ResendInvoice', 'LogContact', 'WriteOff').map(
        (c) => [c.type, c] as const,
      ),
    )('accepts %s', (_type, command) => {
      const { decision } = given(...histories.handedOver).when(command);
      expect(decision._tag).toBe('Right');
    });

    it('settles when the rest is paid', () => {
      const state = given(...histories.handedOver)
        .when(cmd.pay(now, AMOUNT, '2026-06-30'))
        .thenState();
      expect(state).toMatchObject({ status: 'settled', settledOn: '2026-06-30' });
    });
  });
});
