import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { ArrangementAgreed, InvoiceEvent, Paid } from '../invoice/invoice.events';
import { record } from './codec';
import { CalendarDate } from './calendar-date';
import { DecodeProblem, decodeProblems, decodeWith, problemsUnder } from './decode-errors';
import { Money } from './money';

const problemsOf = <A, O>(codec: t.Type<A, O, unknown>, input: unknown): readonly DecodeProblem[] =>
  E.match(
    (problems: readonly DecodeProblem[]) => problems,
    () => [],
  )(decodeWith(codec)(input));

const pathsOf = <A, O>(codec: t.Type<A, O, unknown>, input: unknown): readonly string[] =>
  problemsOf(codec, input).map((p) => p.path);

const Payment = record({ amount: Money, paidOn: CalendarDate }, { reference: t.string });

const validPaid = {
  type: 'Paid',
  data: { amount: { amount: 5000, currency: 'EUR' }, paidOn: '2026-03-02' },
};

describe('Decode errors', () => {
  describe('in nested objects', () => {
    it('point at each bad field by its JSON path', () => {
      const input = { amount: { amount: 12.5, currency: 'eur' }, paidOn: '2026-03-02' };
      expect(pathsOf(Payment, input)).toEqual(['$.amount.amount', '$.amount.currency']);
    });

    it('leave out the union and intersection steps io-ts takes inside', () => {
      const input = { ...validPaid, data: { ...validPaid.data, paidOn: '2026-13-01' } };
      expect(pathsOf(InvoiceEvent, input)).toEqual(['$.data.paidOn']);
      expect(pathsOf(Paid, input)).toEqual(['$.data.paidOn']);
    });

    it('quote the value that was received', () => {
      const [problem] = problemsOf(Payment, {
        amount: { amount: 100, currency: 'EUR' },
        paidOn: '2026-13-01',
      });
      expect(problem?.message).toContain('"2026-13-01"');
    });

    it('describe different codecs differently', () => {
      const messages = problemsOf(Payment, {
        amount: { amount: 100, currency: 'eur' },
        paidOn: 'soon',
      }).map((p) => p.message);
      expect(messages).toHaveLength(2);
      expect(new Set(messages).size).toBe(2);
    });

    it('check an optional field only when it is there', () => {
      const input = { amount: { amount: 100, currency: 'EUR' }, paidOn: '2026-03-02' };
      expect(pathsOf(Payment, input)).toEqual([]);
      expect(pathsOf(Payment, { ...input, reference: 42 })).toEqual(['$.reference']);
    });
  });

  describe('in arrays', () => {
    it('index the element and name its field', () => {
      const input = {
        type: 'ArrangementAgreed',
        data: {
          agreedOn: '2026-03-01',
          installments: [
            { dueDate: '2026-04-01', amount: { amount: 100, currency: 'EUR' } },
            { dueDate: '2026-05-01', amount: { amount: 100, currency: 'EUR' } },
            { dueDate: '2026-13-01', amount: { amount: 100, currency: 'EUR' } },
          ],
        },
      };
      expect(pathsOf(ArrangementAgreed, input)).toEqual(['$.data.installments[2].dueDate']);
    });

    it('name a list where something else came', () => {
      const input = {
        type: 'ArrangementAgreed',
        data: { agreedOn: '2026-03-01', installments: 3 },
      };
      expect(pathsOf(ArrangementAgreed, input)).toEqual(['$.data.installments']);
    });
  });

  describe('for missing fields', () => {
    it('give the path of each missing field', () => {
      expect(pathsOf(Payment, { amount: { amount: 100 } })).toEqual([
        '$.amount.currency',
        '$.paidOn',
      ]);
    });

    it('tell a missing field from a wrong one', () => {
      const [missing] = problemsOf(Payment, { amount: { amount: 100, currency: 'EUR' } });
      const [wrong] = problemsOf(Payment, {
        amount: { amount: 100, currency: 'EUR' },
        paidOn: 'x',
      });
      expect(missing?.path).toBe(wrong?.path);
      expect(missing?.message).not.toBe(wrong?.message);
    });
  });

  describe('for unions', () => {
    it('blame the tag of an unknown union member', () => {
      const problems = problemsOf(InvoiceEvent, { type: 'InvoiceBurnt', data: {} });
      expect(problems.map((p) => p.path)).toEqual(['$.type']);
      expect(problems[0]?.message).toContain('"InvoiceBurnt"');
    });

    it('merge the members that failed at one place into one problem', () => {
      const Note = t.strict({ reason: t.union([t.string, t.null]) });
      expect(pathsOf(Note, { reason: 5 })).toEqual(['$.reason']);
    });

    it('answer at the root when the input is no object at all', () => {
      expect(pathsOf(InvoiceEvent, 'Paid')).toEqual(['$']);
      expect(pathsOf(Payment, null)).toEqual(['$']);
    });
  });

  describe('paths', () => {
    it('quote keys that are not identifiers', () => {
      const Scores = t.record(t.string, t.number);
      expect(pathsOf(Scores, { 'due date': 'x', ok: 1 })).toEqual(['$["due date"]']);
    });

    it('can be re-rooted under an enclosing document', () => {
      const problems = problemsUnder('$.data', problemsOf(Payment, { amount: 1 }));
      expect(problems.map((p) => p.path)).toEqual(['$.data.amount', '$.data.paidOn']);
    });
  });

  it('uses a message a codec gave itself', () => {
    const Even = new t.Type<number, number, unknown>(
      'Even',
      (u): u is number => typeof u === 'number' && u % 2 === 0,
      (u, c) => (typeof u === 'number' && u % 2 === 0 ? t.success(u) : t.failure(u, c, 'odd')),
      (n) => n,
    );
    const result = t.strict({ n: Even }).decode({ n: 3 });
    expect(E.isLeft(result) && decodeProblems(result.left)).toEqual([
      { path: '$.n', message: 'odd' },
    ]);
  });

  it('decodes valid input', () => {
    expect(E.isRight(decodeWith(InvoiceEvent)(validPaid))).toBe(true);
  });
});
