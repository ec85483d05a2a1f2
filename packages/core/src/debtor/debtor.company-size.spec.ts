import { CompanySize } from '../dutch-rules/payment-term-warnings';
import { DebtorCommand, SaveDebtorProfile } from './debtor.commands';
import { DebtorEvent } from './debtor.events';
import { DEBTOR_ID, NOW, folded, given, registered, text } from './debtor.spec-helpers';

const profile = (fields: Partial<SaveDebtorProfile> = {}): SaveDebtorProfile => ({
  type: 'SaveDebtorProfile',
  now: NOW,
  debtorId: DEBTOR_ID,
  name: text('Bakkerij De Vries B.V.'),
  kind: 'business',
  ...fields,
});

const sizeChanged = (companySize: CompanySize): DebtorEvent => ({
  type: 'DebtorDetailsChanged',
  data: { companySize },
});

describe('Debtor', () => {
  describe('company size (art. 2:397 BW, for the payment-term check)', () => {
    describe('deciding', () => {
      it.each<[string, readonly DebtorEvent[], DebtorCommand, readonly DebtorEvent[]]>([
        [
          'registers a debtor with its size',
          [],
          {
            type: 'RegisterDebtor',
            now: NOW,
            debtorId: DEBTOR_ID,
            name: text('Bakkerij De Vries B.V.'),
            kind: 'business',
            companySize: 'large',
          },
          [registered({ companySize: 'large' })],
        ],
        [
          'registers a debtor through a profile with its size',
          [],
          profile({ companySize: 'small-or-medium', paymentTermDays: 45 }),
          [
            registered({ companySize: 'small-or-medium' }),
            { type: 'PaymentTermAgreed', data: { paymentTermDays: 45 } },
          ],
        ],
        [
          'records a size not known before',
          [registered()],
          { type: 'ChangeDebtorDetails', now: NOW, companySize: 'large' },
          [sizeChanged('large')],
        ],
        [
          'records a corrected size',
          [registered({ companySize: 'large' })],
          profile({ companySize: 'small-or-medium' }),
          [sizeChanged('small-or-medium')],
        ],
        [
          'records a size with other details in one event',
          [registered()],
          { type: 'ChangeDebtorDetails', now: NOW, kind: 'consumer', companySize: 'large' },
          [{ type: 'DebtorDetailsChanged', data: { kind: 'consumer', companySize: 'large' } }],
        ],
        [
          'records nothing when the size is as recorded',
          [registered(), sizeChanged('large')],
          profile({ companySize: 'large' }),
          [],
        ],
        [
          'keeps the size when a profile leaves it out',
          [registered({ companySize: 'large' })],
          profile(),
          [],
        ],
      ])('%s', (_case, history, command, expected) => {
        given(...history)
          .when(command)
          .thenEmits(...expected);
      });
    });

    describe('folding', () => {
      it.each<[string, readonly DebtorEvent[], CompanySize | null]>([
        ['is unknown after a registration without it', [registered()], null],
        ['is the size of the registration', [registered({ companySize: 'large' })], 'large'],
        [
          'follows a correction',
          [registered({ companySize: 'large' }), sizeChanged('small-or-medium')],
          'small-or-medium',
        ],
        [
          'stays when other details change',
          [
            registered({ companySize: 'large' }),
            { type: 'DebtorDetailsChanged', data: { email: 'info@devries.nl' } },
          ],
          'large',
        ],
      ])('%s', (_case, history, size) => {
        expect(folded(history)).toMatchObject({ status: 'registered', companySize: size });
      });
    });

    describe('decoding', () => {
      const decodes = (event: unknown) => DebtorEvent.decode(event)._tag === 'Right';

      it.each<[string, unknown, boolean]>([
        [
          'an old registration without a size',
          { type: 'DebtorRegistered', data: { debtorId: 'd-1', name: 'Jansen', kind: 'business' } },
          true,
        ],
        ['an old correction without a size', { type: 'DebtorDetailsChanged', data: {} }, true],
        [
          'a registration with a size',
          {
            type: 'DebtorRegistered',
            data: { debtorId: 'd-1', name: 'Jansen', kind: 'business', companySize: 'large' },
          },
          true,
        ],
        [
          'a correction with an unknown size',
          { type: 'DebtorDetailsChanged', data: { companySize: 'huge' } },
          false,
        ],
      ])('%s: %s', (_case, event, ok) => {
        expect(decodes(event)).toBe(ok);
      });
    });
  });
});
