import { debtorDecider } from './debtor.decider';
import { DebtorEvent } from './debtor.events';
import { DEBTOR_ID, folded, registered, text } from './debtor.spec-helpers';

describe('Debtor', () => {
  describe('state', () => {
    it('starts unregistered', () => {
      expect(debtorDecider.initialState).toStrictEqual({ status: 'unregistered' });
    });

    it('holds what the registration said, with no agreed term or offset', () => {
      expect(folded([registered({ email: 'info@devries.nl' })])).toStrictEqual({
        status: 'registered',
        debtorId: DEBTOR_ID,
        name: text('Bakkerij De Vries B.V.'),
        kind: 'business',
        contactPerson: null,
        email: 'info@devries.nl',
        phone: null,
        companySize: null,
        paymentTermDays: null,
        reminderOffsetDays: null,
      });
    });

    it('applies corrections, contact changes, the agreed term and the offset in order', () => {
      const history: DebtorEvent[] = [
        registered({ contactPerson: 'Anne', phone: '020 1234567' }),
        { type: 'DebtorDetailsChanged', data: { kind: 'consumer', email: 'anne@devries.nl' } },
        {
          type: 'ContactPersonChanged',
          data: { contactPerson: 'Karel', previousContactPerson: 'Anne' },
        },
        { type: 'PaymentTermAgreed', data: { paymentTermDays: 30 } },
        { type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: 21 } },
      ];
      expect(folded(history)).toMatchObject({
        status: 'registered',
        name: text('Bakkerij De Vries B.V.'),
        kind: 'consumer',
        contactPerson: 'Karel',
        email: 'anne@devries.nl',
        phone: '020 1234567',
        paymentTermDays: 30,
        reminderOffsetDays: 21,
      });
    });

    it('forgets the offset when it is cleared', () => {
      const history: DebtorEvent[] = [
        registered(),
        { type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: 21 } },
        { type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: null } },
      ];
      expect(folded(history)).toMatchObject({ reminderOffsetDays: null });
    });

    it('forgets the removed contact details and keeps the rest', () => {
      const history: DebtorEvent[] = [
        registered({ contactPerson: 'Anne', email: 'anne@devries.nl', phone: '020 1234567' }),
        { type: 'ContactDetailsRemoved', data: { removed: ['contactPerson', 'phone'] } },
      ];
      expect(folded(history)).toMatchObject({
        contactPerson: null,
        email: 'anne@devries.nl',
        phone: null,
      });
    });

    it('ignores changes that reach a debtor before its registration', () => {
      expect(folded([{ type: 'PaymentTermAgreed', data: { paymentTermDays: 30 } }])).toStrictEqual({
        status: 'unregistered',
      });
    });

    it('is never terminal: a debtor can always be corrected', () => {
      expect(debtorDecider.isTerminal()).toBe(false);
    });
  });
});
