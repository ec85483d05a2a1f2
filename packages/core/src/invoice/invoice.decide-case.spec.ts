import { cmd } from './invoice.spec-commands';
import { AMOUNT, at, day, eur, ev, given, installment, link, LINK } from './invoice.spec-helpers';

const now = at('2026-02-10');

describe('Invoice', () => {
  describe('resending (the lost invoice)', () => {
    it('resends with the invoice own payment link', () =>
      given(ev.issued()).when(cmd.resend(now)).thenEmits(ev.resent('2026-02-10')));

    it('resends with a fresh payment link, which becomes the invoice link', () => {
      const fresh = link('https://pay.example.nl/INV-2026-001/retry');
      const when = given(ev.issued()).when(
        cmd.resend(now, { channel: 'post', paymentLink: fresh }),
      );
      when.thenEmits({
        type: 'InvoiceResent',
        data: { channel: 'post', resentOn: day('2026-02-10'), paymentLink: fresh },
      });
      expect(when.thenState()).toMatchObject({ paymentLink: fresh, resentCount: 1 });
    });

    it('keeps its own link when resending without a fresh one', () =>
      expect(given(ev.issued()).when(cmd.resend(now)).thenState()).toMatchObject({
        paymentLink: LINK,
      }));

    it('resends without a link when there is none', () => {
      const { paymentLink: _link, ...withoutLink } = ev.issued().data;
      given({ type: 'Issued', data: withoutLink })
        .when(cmd.resend(now))
        .thenEmits({
          type: 'InvoiceResent',
          data: { channel: 'email', resentOn: day('2026-02-10') },
        });
    });
  });

  describe('logging a contact', () => {
    it('records the channel, outcome and note', () => {
      const when = given(ev.issued()).when(
        cmd.logContact(now, { channel: 'email', outcome: 'reply-received', note: 'pays Friday' }),
      );
      when.thenEmits({
        type: 'ContactLogged',
        data: {
          channel: 'email',
          outcome: 'reply-received',
          contactedOn: day('2026-02-10'),
          note: 'pays Friday',
        },
      });
      expect(when.thenState()).toMatchObject({ contactCount: 1 });
    });
  });

  describe('handing over to collection', () => {
    it('hands over with what is still owed', () => {
      const when = given(ev.issued(), ev.paid(eur(2100), '2026-01-30')).when(cmd.handOver(now));
      when.thenEmits(ev.handedOver('2026-02-10', eur(10000)));
      expect(when.thenState()).toMatchObject({ status: 'handed-over', handedOverOn: '2026-02-10' });
    });

    it('names the agency when given', () =>
      given(ev.issued())
        .when({ type: 'HandOverToCollection', now, agency: 'Incasso BV' })
        .thenEmits({
          type: 'HandedOverToCollection',
          data: { handedOverOn: day('2026-02-10'), outstanding: AMOUNT, agency: 'Incasso BV' },
        }));

    it('refuses before the invoice is overdue', () =>
      given(ev.issued())
        .when(cmd.handOver(at('2026-01-19')))
        .thenRejects('NotYetDue', { dueDate: '2026-01-19' }));

    it('refuses on hold', () =>
      given(ev.issued(), ev.putOnHold('dispute', '2026-01-12'))
        .when(cmd.handOver(now))
        .thenRejects('OnHold', { reason: 'dispute' }));

    it('refuses under a live promise', () =>
      given(ev.issued(), ev.promised('2026-02-20', '2026-02-01'))
        .when(cmd.handOver(now))
        .thenRejects('UnderPromise', { promisedDate: '2026-02-20', keepBy: '2026-02-20' }));

    it('refuses under an arrangement', () =>
      given(ev.issued(), ev.arrangement('2026-02-01', installment('2026-03-01', 12100)))
        .when(cmd.handOver(now))
        .thenRejects('UnderArrangement'));
  });

  describe('writing off', () => {
    it('writes off what is still owed and closes the invoice', () => {
      const when = given(ev.issued(), ev.paid(eur(2100), '2026-01-30')).when(cmd.writeOff(now));
      when.thenEmits(ev.writtenOff(eur(10000), '2026-02-10'));
      expect(when.thenState()).toMatchObject({ status: 'written-off', writtenOffOn: '2026-02-10' });
    });

    it('writes off a handed-over invoice', () =>
      given(ev.issued(), ev.handedOver('2026-02-01', AMOUNT))
        .when(cmd.writeOff(now))
        .thenEmits(ev.writtenOff(AMOUNT, '2026-02-10')));
  });
});
