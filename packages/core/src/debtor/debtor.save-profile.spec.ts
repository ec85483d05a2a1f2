import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { SaveDebtorProfile } from './debtor.commands';
import { decideDebtor } from './debtor.decide';
import { DebtorEvent } from './debtor.events';
import { evolveDebtor } from './debtor.evolve';
import { DEBTOR_ID, NOW, folded, given, registered, text } from './debtor.spec-helpers';

const profile = (fields: Partial<SaveDebtorProfile> = {}): SaveDebtorProfile => ({
  type: 'SaveDebtorProfile',
  now: NOW,
  debtorId: DEBTOR_ID,
  name: text('Bakkerij De Vries B.V.'),
  kind: 'business',
  ...fields,
});

describe('Debtor', () => {
  describe('saving a profile (PUT /debtors/:id)', () => {
    describe('of an unknown debtor', () => {
      it('registers the debtor', () => {
        given()
          .when(profile({ email: 'info@devries.nl' }))
          .thenEmits(registered({ email: 'info@devries.nl' }));
      });

      it('records the agreed term and reminder offset after the registration', () => {
        given()
          .when(profile({ paymentTermDays: 30, reminderOffsetDays: 21 }))
          .thenEmits(
            registered(),
            { type: 'PaymentTermAgreed', data: { paymentTermDays: 30 } },
            { type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: 21 } },
          );
      });

      it('records no override when the offset is null', () => {
        given()
          .when(profile({ reminderOffsetDays: null }))
          .thenEmits(registered());
      });

      it('registers no contact detail given as null', () => {
        given()
          .when(profile({ contactPerson: null, email: null, phone: null }))
          .thenEmits(registered());
      });
    });

    describe('of a known debtor', () => {
      const history: DebtorEvent[] = [
        registered({ contactPerson: 'Anne de Vries', email: 'info@devries.nl' }),
        { type: 'PaymentTermAgreed', data: { paymentTermDays: 30 } },
        { type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: 21 } },
      ];
      const same = profile({
        contactPerson: text('Anne de Vries'),
        email: 'info@devries.nl',
        paymentTermDays: 30,
        reminderOffsetDays: 21,
      });

      it('records nothing when nothing changed', () => {
        given(...history)
          .when(same)
          .thenEmitsNothing();
      });

      it('leaves alone what the profile does not mention', () => {
        given(...history)
          .when(profile())
          .thenEmitsNothing();
      });

      it('records only what changed, one event per concern', () => {
        given(...history)
          .when({
            ...same,
            name: text('De Vries Brood & Banket'),
            contactPerson: text('Karel Smit'),
            paymentTermDays: 45,
          })
          .thenEmits(
            { type: 'DebtorDetailsChanged', data: { name: text('De Vries Brood & Banket') } },
            {
              type: 'ContactPersonChanged',
              data: { contactPerson: 'Karel Smit', previousContactPerson: 'Anne de Vries' },
            },
            { type: 'PaymentTermAgreed', data: { paymentTermDays: 45 } },
          );
      });

      it('clears the reminder offset with null', () => {
        given(...history)
          .when({ ...same, reminderOffsetDays: null })
          .thenEmits({ type: 'ReminderOffsetOverridden', data: { reminderOffsetDays: null } });
      });

      it('removes the recorded contact details given as null, and only those', () => {
        const removing = given(...history).when({
          ...same,
          contactPerson: null,
          email: null,
          phone: null,
        });
        removing.thenEmits({
          type: 'ContactDetailsRemoved',
          data: { removed: ['contactPerson', 'email'] },
        });
        const after = folded([...history, ...E.getOrElseW(() => [])(removing.decision)]);
        expect(after).toMatchObject({ contactPerson: null, email: null, phone: null });
        expect(after).toMatchObject({ name: 'Bakkerij De Vries B.V.', paymentTermDays: 30 });
      });

      it('records nothing when a detail given as null is not recorded', () => {
        given(...history)
          .when({ ...same, phone: null })
          .thenEmitsNothing();
      });

      it('records a detail again after it was removed', () => {
        given(...history, { type: 'ContactDetailsRemoved', data: { removed: ['email'] } })
          .when(same)
          .thenEmits({ type: 'DebtorDetailsChanged', data: { email: 'info@devries.nl' } });
      });
    });

    describe.each([
      ['unknown', [] as DebtorEvent[]],
      ['known', [registered()]],
    ])('of an %s debtor', (_, history) => {
      it('refuses a bad e-mail address', () => {
        given(...history)
          .when(profile({ email: 'devries.nl' }))
          .thenRejects('InvalidEmail');
      });

      it('refuses a bad payment term', () => {
        given(...history)
          .when(profile({ paymentTermDays: 500 }))
          .thenRejects('InvalidPaymentTerm');
      });

      it('refuses a bad reminder offset', () => {
        given(...history)
          .when(profile({ reminderOffsetDays: -3 }))
          .thenRejects('InvalidReminderOffset');
      });
    });

    const profiles: fc.Arbitrary<SaveDebtorProfile> = fc
      .record(
        {
          name: fc.constantFrom('Jansen', 'De Vries', 'Smit & Zn.').map(text),
          kind: fc.constantFrom('business' as const, 'consumer' as const),
          contactPerson: fc.option(fc.constantFrom('Anne', 'Karel').map(text), { nil: null }),
          email: fc.option(fc.constantFrom('info@jansen.nl', 'ap@smit.nl'), { nil: null }),
          phone: fc.option(fc.constantFrom('020 1234567', '+31 6 12345678').map(text), {
            nil: null,
          }),
          companySize: fc.constantFrom('small-or-medium' as const, 'large' as const),
          paymentTermDays: fc.integer({ min: 0, max: 365 }),
          reminderOffsetDays: fc.option(fc.integer({ min: 0, max: 365 }), { nil: null }),
        },
        { requiredKeys: ['name', 'kind'] },
      )
      .map((fields) => profile(fields));

    it('records nothing when the same profile is saved again, whatever came before', () => {
      fc.assert(
        fc.property(fc.option(profiles, { nil: null }), profiles, (before, p) => {
          const start =
            before === null ? [] : E.getOrElseW(() => [])(decideDebtor(before, folded([])));
          const afterFirst = folded(start);
          const first = decideDebtor(p, afterFirst);
          if (E.isLeft(first)) return false;
          const afterSecond = first.right.reduce(evolveDebtor, afterFirst);
          expect(decideDebtor(p, afterSecond)).toStrictEqual(E.right([]));
          return true;
        }),
      );
    });
  });
});
