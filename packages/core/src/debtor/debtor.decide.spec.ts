import { DebtorCommand } from './debtor.commands';
import { DEBTOR_ID, NOW, given, registered, text } from './debtor.spec-helpers';
import { ContactDetail } from './debtor.events';

describe('Debtor', () => {
  describe('registering', () => {
    it('records the debtor with the details given, and no others', () => {
      given()
        .when({
          type: 'RegisterDebtor',
          now: NOW,
          debtorId: DEBTOR_ID,
          name: text('Jansen Installatietechniek'),
          kind: 'business',
          email: 'crediteuren@jansen.nl',
        })
        .thenEmits({
          type: 'DebtorRegistered',
          data: {
            debtorId: DEBTOR_ID,
            name: text('Jansen Installatietechniek'),
            kind: 'business',
            email: 'crediteuren@jansen.nl',
          },
        });
    });

    it('records contact person and phone when given', () => {
      given()
        .when({
          type: 'RegisterDebtor',
          now: NOW,
          debtorId: DEBTOR_ID,
          name: text('P. de Boer'),
          kind: 'consumer',
          contactPerson: text('Petra de Boer'),
          phone: text('+31 6 12345678'),
        })
        .thenEmits({
          type: 'DebtorRegistered',
          data: {
            debtorId: DEBTOR_ID,
            name: text('P. de Boer'),
            kind: 'consumer',
            contactPerson: text('Petra de Boer'),
            phone: text('+31 6 12345678'),
          },
        });
    });

    it('keeps the e-mail address without surrounding spaces', () => {
      const { decision } = given().when({
        type: 'RegisterDebtor',
        now: NOW,
        debtorId: DEBTOR_ID,
        name: text('Jansen'),
        kind: 'business',
        email: '  info@jansen.nl ',
      });
      expect(decision).toMatchObject({ right: [{ data: { email: 'info@jansen.nl' } }] });
    });

    it.each(['jansen.nl', 'info@jansen', 'in fo@jansen.nl', '@jansen.nl', 'a@@jansen.nl', ''])(
      'refuses the e-mail address %j',
      (email) => {
        given()
          .when({
            type: 'RegisterDebtor',
            now: NOW,
            debtorId: DEBTOR_ID,
            name: text('Jansen'),
            kind: 'business',
            email,
          })
          .thenRejects('InvalidEmail');
      },
    );

    it('refuses a debtor that is already registered', () => {
      const attempt = given(registered()).when({
        type: 'RegisterDebtor',
        now: NOW,
        debtorId: DEBTOR_ID,
        name: text('Jansen'),
        kind: 'business',
      });
      attempt.thenRejects('AlreadyRegistered');
      expect(attempt.rejection()).toStrictEqual({ _tag: 'AlreadyRegistered', debtorId: DEBTOR_ID });
    });
  });

  describe('changing details', () => {
    const known = registered({ email: 'info@devries.nl', phone: '020 1234567' });

    it('records only the fields that differ', () => {
      given(known)
        .when({
          type: 'ChangeDebtorDetails',
          now: NOW,
          name: text('Bakkerij De Vries B.V.'),
          kind: 'business',
          email: 'administratie@devries.nl',
          phone: text('020 1234567'),
        })
        .thenEmits({ type: 'DebtorDetailsChanged', data: { email: 'administratie@devries.nl' } });
    });

    it('records a change of name and kind together', () => {
      given(known)
        .when({ type: 'ChangeDebtorDetails', now: NOW, name: text('De Vries'), kind: 'consumer' })
        .thenEmits({
          type: 'DebtorDetailsChanged',
          data: { name: text('De Vries'), kind: 'consumer' },
        });
    });

    it('records nothing when every field is as recorded', () => {
      given(known)
        .when({ type: 'ChangeDebtorDetails', now: NOW, email: 'info@devries.nl' })
        .thenEmitsNothing();
    });

    it('refuses a bad e-mail address', () => {
      given(known)
        .when({ type: 'ChangeDebtorDetails', now: NOW, email: 'info-at-devries.nl' })
        .thenRejects('InvalidEmail');
    });

    it('refuses an unknown debtor', () => {
      given()
        .when({ type: 'ChangeDebtorDetails', now: NOW, name: text('De Vries') })
        .thenRejects('NotRegistered');
    });
  });

  describe('changing the contact person', () => {
    it('records the new contact person and the one before', () => {
      given(registered({ contactPerson: 'Anne de Vries' }))
        .when({ type: 'ChangeContactPerson', now: NOW, contactPerson: text('Karel Smit') })
        .thenEmits({
          type: 'ContactPersonChanged',
          data: { contactPerson: 'Karel Smit', previousContactPerson: 'Anne de Vries' },
        });
    });

    it('records the first contact person without a previous one', () => {
      given(registered())
        .when({ type: 'ChangeContactPerson', now: NOW, contactPerson: text('Karel Smit') })
        .thenEmits({ type: 'ContactPersonChanged', data: { contactPerson: 'Karel Smit' } });
    });

    it('records nothing when the contact person stays the same', () => {
      given(registered({ contactPerson: 'Karel Smit' }))
        .when({ type: 'ChangeContactPerson', now: NOW, contactPerson: text('Karel Smit') })
        .thenEmitsNothing();
    });

    it('refuses an unknown debtor', () => {
      given()
        .when({ type: 'ChangeContactPerson', now: NOW, contactPerson: text('Karel Smit') })
        .thenRejects('NotRegistered');
    });
  });

  describe('removing contact details', () => {
    const remove = (...details: ContactDetail[]): DebtorCommand => ({
      type: 'RemoveContactDetails',
      now: NOW,
      details,
    });

    it('records the removal of the recorded ones, in a fixed order', () => {
      given(registered({ contactPerson: 'Anne de Vries', phone: '020 1234567' }))
        .when(remove('phone', 'email', 'contactPerson'))
        .thenEmits({
          type: 'ContactDetailsRemoved',
          data: { removed: ['contactPerson', 'phone'] },
        });
    });

    it('records nothing when none of them is recorded', () => {
      given(registered({ email: 'info@devries.nl' }))
        .when(remove('phone'))
        .thenEmitsNothing();
    });

    it('refuses an unknown debtor', () => {
      given().when(remove('email')).thenRejects('NotRegistered');
    });
  });

  describe('agreeing a payment term', () => {
    it('records the agreed term (story 5: 30 days)', () => {
      given(registered())
        .when({ type: 'AgreePaymentTerm', now: NOW, paymentTermDays: 30 })
        .thenEmits({ type: 'PaymentTermAgreed', data: { paymentTermDays: 30 } });
    });

    it.each([0, 365])('accepts %i days', (days) => {
      given(registered())
        .when({ type: 'AgreePaymentTerm', now: NOW, paymentTermDays: days })
        .thenEmits({ type: 'PaymentTermAgreed', data: { paymentTermDays: days } });
    });

    it('records nothing when the same term is synced again', () => {
      given(registered(), { type: 'PaymentTermAgreed', data: { paymentTermDays: 30 } })
        .when({ type: 'AgreePaymentTerm', now: NOW, paymentTermDays: 30 })
        .thenEmitsNothing();
    });

    it.each([-1, 366, 14.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p days', (days) => {
      given(registered())
        .when({ type: 'AgreePaymentTerm', now: NOW, paymentTermDays: days })
        .thenRejects('InvalidPaymentTerm');
    });

    it('refuses an unknown debtor', () => {
      given()
        .when({ type: 'AgreePaymentTerm', now: NOW, paymentTermDays: 30 })
        .thenRejects('NotRegistered');
    });
  });

  describe('overriding the reminder offset', () => {
    it('records the offset (story 4: first reminder at 21 days)', () => {
      given(registered())
        .when({ type: 'OverrideReminderOffset', now: NOW, reminderOffsetDays: 21 })
        .thenEmits({ type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: 21 } });
    });

    it('clears an override with null', () => {
      given(registered(), { type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: 21 } })
        .when({ type: 'OverrideReminderOffset', now: NOW, reminderOffsetDays: null })
        .thenEmits({ type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: null } });
    });

    it('records nothing when clearing an override that is not there', () => {
      given(registered())
        .when({ type: 'OverrideReminderOffset', now: NOW, reminderOffsetDays: null })
        .thenEmitsNothing();
    });

    it.each([-7, 400, 2.5])('refuses %p days', (days) => {
      given(registered())
        .when({ type: 'OverrideReminderOffset', now: NOW, reminderOffsetDays: days })
        .thenRejects('InvalidReminderOffset');
    });

    it('refuses an unknown debtor', () => {
      given()
        .when({ type: 'OverrideReminderOffset', now: NOW, reminderOffsetDays: 21 })
        .thenRejects('NotRegistered');
    });
  });

  describe('an unknown command', () => {
    const unknown = { type: 'DeleteDebtor', now: NOW } as unknown as DebtorCommand;

    it.each([
      ['an unknown debtor', []],
      ['a registered debtor', [registered()]],
    ])('is refused for %s, naming its type', (_, history) => {
      const then = given(...history).when(unknown);
      then.thenRejects('UnknownCommand');
      expect(then.rejection()).toStrictEqual({ _tag: 'UnknownCommand', type: 'DeleteDebtor' });
    });
  });
});
