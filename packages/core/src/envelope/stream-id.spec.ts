import { debtorId, invoiceId, tenantId } from '../shared/ids';
import { valid } from './envelope.spec-helpers';
import { categoryOf, debtorStreamId, invoiceStreamId, tenantStreamId } from './stream-id';

const TENANT = valid(tenantId('acme'));

describe('Stream id', () => {
  describe('category', () => {
    it.each([
      ['invoice', invoiceStreamId(TENANT, valid(invoiceId('inv-1')))],
      ['debtor', debtorStreamId(TENANT, valid(debtorId('deb-1')))],
      ['tenant', tenantStreamId(TENANT)],
    ])('reads %s from the ids Debiteur makes', (category, streamId) =>
      expect(categoryOf(streamId)).toBe(category),
    );

    it.each(['invoiceX', 'invoice', 'debtors', 'tenant', ''])(
      'is none for %p, which has no category separator',
      (streamId) => expect(categoryOf(streamId)).toBeNull(),
    );

    it.each(['payment:acme:1', ':acme:1', 'Invoice:acme:1'])(
      'is none for %p, a category Debiteur does not know',
      (streamId) => expect(categoryOf(streamId)).toBeNull(),
    );
  });
});
