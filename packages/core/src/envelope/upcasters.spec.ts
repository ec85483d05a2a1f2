import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { addDays } from '../shared/calendar-date';
import { DecodeProblem } from '../shared/decode-errors';
import { CURRENT_CODECS } from './debiteur-event';
import { day, issuedV1Data as issuedV1 } from './envelope.spec-helpers';
import { issuedV1ToV2 } from './issued-v1.upcaster';
import { SchemaHistory, Upcaster } from './upcaster';
import { EVENT_SCHEMAS, upcast } from './upcasters';

const leftOf = <L, R>(either: E.Either<L, R>): L | undefined =>
  E.isLeft(either) ? either.left : undefined;

/** A toy history whose upcasters record the steps they took. */
const stepsHistory = (upcasters: SchemaHistory['upcasters']): SchemaHistory => ({
  current: 3,
  upcasters,
});
const step =
  (name: string): Upcaster =>
  (data) =>
    E.right({ steps: [...(data as { steps: readonly string[] }).steps, name] });

describe('Upcasting', () => {
  describe('Issued v1 → v2', () => {
    it('derives the due date from the issue date and the term', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 20000 }),
          fc.integer({ min: 0, max: 120 }),
          (offset, termDays) => {
            const issueDate = addDays(day('1995-01-01'), offset);
            const upcast = issuedV1ToV2({ ...issuedV1, issueDate, termDays });
            expect(upcast).toEqual(
              E.right(
                expect.objectContaining({
                  issueDate,
                  dueDate: addDays(issueDate, termDays),
                  paymentTermDays: termDays,
                }),
              ),
            );
          },
        ),
      );
    });

    it('nests the flat amount as money', () => {
      expect(issuedV1ToV2(issuedV1)).toEqual(
        E.right(expect.objectContaining({ amount: { amount: 48400, currency: 'EUR' } })),
      );
    });

    it('gives a missing description the empty text and keeps a present one', () => {
      expect(issuedV1ToV2(issuedV1)).toEqual(E.right(expect.objectContaining({ description: '' })));
      expect(issuedV1ToV2({ ...issuedV1, description: 'Bread, March' })).toEqual(
        E.right(expect.objectContaining({ description: 'Bread, March' })),
      );
    });

    it('yields data the current Issued codec accepts', () => {
      const data = E.getOrElseW(() => null)(issuedV1ToV2(issuedV1));
      expect(CURRENT_CODECS.Issued.is({ type: 'Issued', data })).toBe(true);
    });

    it('refuses data that was not valid v1', () => {
      const problems = leftOf(issuedV1ToV2({ ...issuedV1, termDays: 'thirty' }));
      expect(problems?.map((p: DecodeProblem) => p.path)).toEqual(['$.termDays']);
    });

    it.each([
      ['a negative term', { termDays: -30 }, '$.termDays'],
      ['a fractional term', { termDays: 14.5 }, '$.termDays'],
      ['fractional cents', { amountCents: 484.5 }, '$.amountCents'],
      ['cents beyond a safe integer', { amountCents: 2 ** 53 }, '$.amountCents'],
    ])('refuses %s, which would upcast to impossible history', (_, bad, path) => {
      expect(leftOf(upcast('Issued', EVENT_SCHEMAS.Issued, 1, { ...issuedV1, ...bad }))).toEqual({
        _tag: 'InvalidEventData',
        type: 'Issued',
        schemaVersion: 1,
        problems: [expect.objectContaining({ path: `$.data${path.slice(1)}` })],
      });
    });

    it('never upcasts to a due date before the issue date', () => {
      fc.assert(
        fc.property(fc.integer({ min: -400, max: 400 }), (termDays) => {
          const upcast = issuedV1ToV2({ ...issuedV1, termDays });
          const dueDate = E.isRight(upcast) ? (upcast.right as { dueDate: string }).dueDate : null;
          expect(dueDate === null || dueDate >= issuedV1.issueDate).toBe(true);
        }),
      );
    });
  });

  describe('the chain', () => {
    const full = stepsHistory({ 1: step('1→2'), 2: step('2→3') });

    it('runs every upcaster from the stored version up, in order', () => {
      expect(upcast('Toy', full, 1, { steps: [] })).toEqual(E.right({ steps: ['1→2', '2→3'] }));
      expect(upcast('Toy', full, 2, { steps: [] })).toEqual(E.right({ steps: ['2→3'] }));
    });

    it('passes current data through untouched', () => {
      const data = { steps: [] };
      expect(upcast('Toy', full, 3, data)).toEqual(E.right(data));
    });

    it('refuses a version newer than the current one', () => {
      expect(leftOf(upcast('Toy', full, 4, {}))).toMatchObject({
        _tag: 'UnsupportedSchemaVersion',
        reason: 'newer-than-known',
        current: 3,
      });
    });

    it.each([0, -1, 1.5, Number.NaN])('refuses %p as a version', (version) => {
      expect(leftOf(upcast('Toy', full, version, {}))).toMatchObject({
        _tag: 'UnsupportedSchemaVersion',
        reason: 'not-a-version',
      });
    });

    it('refuses a version it has no upcaster path from', () => {
      const gap = stepsHistory({ 2: step('2→3') });
      expect(leftOf(upcast('Toy', gap, 1, { steps: [] }))).toMatchObject({
        _tag: 'UnsupportedSchemaVersion',
        reason: 'no-upcaster',
        schemaVersion: 1,
      });
      expect(upcast('Toy', gap, 2, { steps: [] })).toEqual(E.right({ steps: ['2→3'] }));
    });

    it('names the version whose data an upcaster refused, with paths under $.data', () => {
      const refusing = stepsHistory({
        1: step('1→2'),
        2: () => E.left([{ path: '$.amount', message: 'no amount' }]),
      });
      expect(leftOf(upcast('Toy', refusing, 1, { steps: [] }))).toEqual({
        _tag: 'InvalidEventData',
        type: 'Toy',
        schemaVersion: 2,
        problems: [{ path: '$.data.amount', message: 'no amount' }],
      });
    });
  });

  describe('the registry', () => {
    it('keeps Issued at version 2', () => {
      expect(EVENT_SCHEMAS.Issued.current).toBe(2);
    });

    it('has an unbroken chain from version 1 for every event type', () => {
      for (const [type, history] of Object.entries(EVENT_SCHEMAS)) {
        const versions = Object.keys(history.upcasters).map(Number);
        const expected = Array.from({ length: history.current - 1 }, (_, i) => i + 1);
        expect({ type, versions: versions.sort((a, b) => a - b) }).toEqual({
          type,
          versions: expected,
        });
      }
    });
  });
});
