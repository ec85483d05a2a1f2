import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import * as t from 'io-ts';
import { InvoiceEventOf } from '../invoice/invoice.events';
import { CalendarDate } from '../shared/calendar-date';
import { record } from '../shared/codec';
import { decodeWith } from '../shared/decode-errors';
import { Money } from '../shared/money';
import {
  debtorEventCodec,
  decodeEvent,
  decodeEventWith,
  encodeEvent,
  EncodedEvent,
  invoiceEventCodec,
  tenantEventCodec,
} from './event-codecs';
import { eventArb } from './envelope.spec-arbitraries';
import { day, debtor, eur, invoice, issuedV1Data, text } from './envelope.spec-helpers';
import { Upcaster } from './upcaster';
import { EVENT_SCHEMAS } from './upcasters';

const throughJson = (stored: EncodedEvent): EncodedEvent => JSON.parse(JSON.stringify(stored));

const leftOf = <L, R>(either: E.Either<L, R>): L | undefined =>
  E.isLeft(either) ? either.left : undefined;

const paid: InvoiceEventOf<'Paid'> = {
  type: 'Paid',
  data: { amount: eur(5000), paidOn: day('2026-03-02') },
};

const issued: InvoiceEventOf<'Issued'> = {
  type: 'Issued',
  data: {
    invoiceId: invoice('INV-2019-0042'),
    debtorId: debtor('bakkerij-de-vries'),
    number: text('2019-0042'),
    issueDate: day('2019-03-04'),
    dueDate: day('2019-04-03'),
    paymentTermDays: 30,
    amount: eur(48400),
    description: '',
  },
};

const issuedV1: EncodedEvent = { type: 'Issued', schemaVersion: 1, data: issuedV1Data };

describe('Event codecs', () => {
  describe('encoding', () => {
    it('writes each event in the current schema version of its type', () => {
      expect(encodeEvent(issued)).toMatchObject({ type: 'Issued', schemaVersion: 2 });
      expect(encodeEvent(paid)).toMatchObject({ type: 'Paid', schemaVersion: 1 });
    });

    it('reads back every valid current event unchanged, also through JSON', () => {
      fc.assert(
        fc.property(eventArb, (event) => {
          expect(decodeEvent(encodeEvent(event))).toEqual(E.right(event));
          expect(decodeEvent(throughJson(encodeEvent(event)))).toEqual(E.right(event));
        }),
      );
    });
  });

  describe('decoding an old version', () => {
    it('upcasts Issued v1 into the current event', () => {
      expect(decodeEvent(issuedV1)).toEqual(E.right(issued));
    });

    it('blames the stored version when old data was not valid in it', () => {
      const broken = { ...issuedV1, data: { ...issuedV1Data, currency: 'euro' } };
      expect(leftOf(decodeEvent(broken))).toMatchObject({
        _tag: 'InvalidEventData',
        type: 'Issued',
        schemaVersion: 1,
        problems: [{ path: '$.data.currency' }],
      });
    });

    it('takes a new upcaster as a change of data in the registry', () => {
      // Suppose Paid v1 had called the payment day `date`: one entry makes old rows readable.
      const PaidV1 = record({ amount: Money, date: CalendarDate }, {});
      const paidV1ToV2: Upcaster = (data) =>
        E.map((v1: t.TypeOf<typeof PaidV1>) => ({ amount: v1.amount, paidOn: v1.date }))(
          decodeWith(PaidV1)(data),
        );
      const decode = decodeEventWith({
        ...EVENT_SCHEMAS,
        Paid: { current: 2, upcasters: { 1: paidV1ToV2 } },
      });
      const old = { amount: { amount: 5000, currency: 'EUR' }, date: '2026-03-02' };
      expect(decode({ type: 'Paid', schemaVersion: 1, data: old })).toEqual(E.right(paid));
      expect(decode({ type: 'Paid', schemaVersion: 2, data: paid.data })).toEqual(E.right(paid));
    });
  });

  describe('refusing', () => {
    it.each(['InvoiceBurnt', 'toString', '__proto__', ''])('an unknown type %p', (type) => {
      expect(leftOf(decodeEvent({ type, schemaVersion: 1, data: {} }))).toEqual({
        _tag: 'UnknownEventType',
        type,
      });
    });

    it('a version newer than the core knows', () => {
      expect(leftOf(decodeEvent({ ...encodeEvent(issued), schemaVersion: 3 }))).toMatchObject({
        _tag: 'UnsupportedSchemaVersion',
        type: 'Issued',
        schemaVersion: 3,
        current: 2,
      });
    });

    it('current data that breaks the current schema, listing every path', () => {
      const data = { amount: { amount: 50.5, currency: 'EUR' }, paidOn: '2026-02-30' };
      expect(leftOf(decodeEvent({ type: 'Paid', schemaVersion: 1, data }))).toMatchObject({
        _tag: 'InvalidEventData',
        schemaVersion: 1,
        problems: [{ path: '$.data.amount.amount' }, { path: '$.data.paidOn' }],
      });
    });

    it.each([
      ['Paid', { amount: { amount: 0, currency: 'EUR' }, paidOn: '2026-03-02' }],
      [
        'CreditNoteApplied',
        { number: 'CN-1', amount: { amount: -4000, currency: 'EUR' }, appliedOn: '2026-03-02' },
      ],
    ])('a %s of money not above zero (movements only reduce what is owed)', (type, data) => {
      expect(leftOf(decodeEvent({ type, schemaVersion: 1, data }))).toMatchObject({
        _tag: 'InvalidEventData',
        problems: [
          {
            path: '$.data.amount',
            message: expect.stringMatching(/^expected money above zero as /),
          },
        ],
      });
    });

    it('Issued v2 data stored as v1', () => {
      expect(leftOf(decodeEvent({ ...encodeEvent(issued), schemaVersion: 1 }))).toMatchObject({
        _tag: 'InvalidEventData',
        schemaVersion: 1,
      });
    });
  });

  describe('per stream category', () => {
    const registered = {
      type: 'DebtorRegistered',
      schemaVersion: 1,
      data: { debtorId: 'bakkerij-de-vries', name: 'Bakkerij de Vries', kind: 'business' },
    };
    const policyChanged = {
      type: 'PolicyChanged',
      schemaVersion: 1,
      data: {
        policy: { defaultPaymentTermDays: 14, adaptive: false, promiseGraceDays: 2, ladder: [] },
      },
    };

    it('reads the events of its own category', () => {
      expect(E.isRight(invoiceEventCodec.decode(issuedV1))).toBe(true);
      expect(E.isRight(debtorEventCodec.decode(registered))).toBe(true);
      expect(E.isRight(tenantEventCodec.decode(policyChanged))).toBe(true);
    });

    it('refuses an event of another category', () => {
      expect(leftOf(invoiceEventCodec.decode(registered))).toEqual({
        _tag: 'EventOfOtherCategory',
        type: 'DebtorRegistered',
        category: 'invoice',
      });
      expect(leftOf(debtorEventCodec.decode(policyChanged))).toMatchObject({
        _tag: 'EventOfOtherCategory',
      });
      expect(leftOf(tenantEventCodec.decode(issuedV1))).toMatchObject({
        _tag: 'EventOfOtherCategory',
      });
    });
  });
});
