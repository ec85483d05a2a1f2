import { UsageError } from '../cli-io';
import { DEFAULT_PROMISE_GRACE_DAYS, parsePolicy } from './policy-file';
import { unknownPolicyKeys } from './policy-keys';

const ladder = [
  { level: 1, kind: 'reminder', afterDueDays: 1, channel: 'email' },
  { level: 2, kind: 'hand-over', afterDueDays: 30, channel: 'post' },
];

const parse = (value: unknown) => () => parsePolicy(JSON.stringify(value), 'policy.json');

describe('a policy file', () => {
  it('reads the HTTP contract shape and defaults the promise grace', () => {
    const policy = parsePolicy(
      JSON.stringify({ defaultPaymentTermDays: 14, adaptive: true, ladder }),
      'policy.json',
    );
    expect(policy).toEqual({
      defaultPaymentTermDays: 14,
      adaptive: true,
      promiseGraceDays: DEFAULT_PROMISE_GRACE_DAYS,
      ladder,
    });
  });

  it.each([
    ['is not JSON', '{'],
    ['misses the ladder', JSON.stringify({ defaultPaymentTermDays: 14, adaptive: false })],
    [
      'has an unknown rung kind',
      JSON.stringify({
        defaultPaymentTermDays: 14,
        adaptive: false,
        ladder: [{ ...ladder[0], kind: 'shout' }],
      }),
    ],
    [
      'has levels out of order',
      JSON.stringify({
        defaultPaymentTermDays: 14,
        adaptive: false,
        ladder: [...ladder].reverse(),
      }),
    ],
    [
      'has a negative term',
      JSON.stringify({ defaultPaymentTermDays: -1, adaptive: false, ladder }),
    ],
    [
      'has an empty ladder',
      JSON.stringify({ defaultPaymentTermDays: 14, adaptive: false, ladder: [] }),
    ],
  ])('is refused as a usage error when it %s', (_, text) => {
    expect(() => parsePolicy(text, 'policy.json')).toThrow(UsageError);
  });

  it('is refused when a hand-over is not the last rung', () => {
    expect(
      parse({
        defaultPaymentTermDays: 14,
        adaptive: false,
        ladder: [
          { level: 1, kind: 'hand-over', afterDueDays: 1, channel: 'post' },
          { level: 2, kind: 'reminder', afterDueDays: 5, channel: 'email' },
        ],
      }),
    ).toThrow(UsageError);
  });
});

describe('a policy file with a misspelt field', () => {
  const valid = { defaultPaymentTermDays: 14, adaptive: false, promiseGraceDays: 3, ladder };

  it.each([
    ['promiseGraceDay', { ...valid, promiseGraceDay: 10 }],
    ['adaptiv', { ...valid, adaptiv: true }],
    ['a rung field', { ...valid, ladder: [{ ...ladder[0], afterDue: 3 }, ladder[1]] }],
  ])('is refused as a usage error (%s), not simulated with the default', (_, value) => {
    expect(parse(value)).toThrow(UsageError);
  });

  it('names each unknown field by its JSON path, with the field it most likely meant', () => {
    const { promiseGraceDays, ...withoutGrace } = valid;
    expect(
      unknownPolicyKeys({
        ...withoutGrace,
        promiseGraceDay: promiseGraceDays,
        colour: 'red',
        ladder: [ladder[0], { ...ladder[1], Channel: 'post' }],
      }),
    ).toEqual([
      '$.promiseGraceDay (did you mean promiseGraceDays?)',
      '$.colour',
      '$.ladder[1].Channel (did you mean channel?)',
    ]);
  });

  it('knows the optional fields of the HTTP contract', () => {
    expect(
      unknownPolicyKeys({ ...valid, collectionCostsVatPercent: 21, companySize: 'small' }),
    ).toEqual([]);
  });
});
