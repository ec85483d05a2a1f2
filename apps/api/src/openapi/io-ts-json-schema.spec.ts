import { CalendarDate, Money } from '@debiteur/core';
import * as t from 'io-ts';
import { AdjustTermsBody } from '../invoices/adjust-terms/adjust-terms.command';
import { SaveDebtorBody } from '../debtors/save-debtor/save-debtor.command';
import { toJsonSchema } from './io-ts-json-schema';

describe('JSON Schema from io-ts codecs', () => {
  it('describes money as integer minor units and an ISO currency', () => {
    expect(toJsonSchema(Money)).toEqual({
      type: 'object',
      properties: {
        amount: {
          type: 'integer',
          description:
            'minor units of the currency (cents for EUR; ISO 4217: none for JPY, thousandths for KWD)',
        },
        currency: { type: 'string', pattern: '^[A-Z]{3}$', example: 'EUR' },
      },
      required: ['amount', 'currency'],
    });
  });

  it('merges required and optional fields of a body into one object', () => {
    const schema = toJsonSchema(SaveDebtorBody);
    expect(schema).toMatchObject({
      type: 'object',
      required: ['name', 'kind'],
      properties: {
        kind: { type: 'string', enum: ['business', 'consumer'] },
        reminderOffsetDays: { anyOf: [{ type: 'number' }, { type: 'null' }] },
      },
    });
  });

  it('describes a union of bodies as anyOf', () => {
    const schema = toJsonSchema(AdjustTermsBody);
    expect(schema['anyOf']).toEqual([
      expect.objectContaining({ required: ['dueDate'] }),
      expect.objectContaining({ required: ['paymentTermDays'] }),
    ]);
  });

  it('describes lists, literals and dates', () => {
    expect(toJsonSchema(t.readonlyArray(CalendarDate))).toMatchObject({
      type: 'array',
      items: { type: 'string', format: 'date' },
    });
    expect(toJsonSchema(t.literal('x'))).toEqual({ const: 'x' });
  });
});
