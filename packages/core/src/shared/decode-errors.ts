import * as E from 'fp-ts/Either';
import * as t from 'io-ts';

/** One problem with decoded input: where (a JSON path such as `$.amount.currency`) and what. */
export interface DecodeProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * How a codec is named to a reader. Keys are io-ts codec names; a codec without an entry is
 * described by its structure (object, list, union, literal) or, failing that, by its name.
 */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
  Int: 'a whole number',
  Integer: 'a whole number',
  UnknownRecord: 'an object',
  UnknownArray: 'a list',
  CalendarDate: 'an ISO date YYYY-MM-DD',
  Instant: 'an ISO-8601 instant with offset, such as 2026-03-01T09:00:00+01:00',
  Currency: 'an ISO 4217 currency code such as EUR',
  MinorUnits:
    'a whole number of minor units of the currency (cents for EUR; ISO 4217: none for JPY, thousandths for KWD)',
  Money: 'money as { amount, currency }',
  PositiveMoney: 'money above zero as { amount, currency }',
  NonEmptyText: 'a non-empty text of at most 2000 characters',
  PaymentLink: 'an http(s) link',
  TenantId: 'an id of 1-128 letters, digits or -_.: characters',
  DebtorId: 'an id of 1-128 letters, digits or -_.: characters',
  InvoiceId: 'an id of 1-128 letters, digits or -_.: characters',
  EventId: 'an id of 1-128 letters, digits or -_.: characters',
};

type Decoder = t.Decoder<unknown, unknown>;

/** Looks through wrappers that validate with their inner codec and add no JSON level. */
const unwrap = (codec: Decoder): Decoder =>
  codec instanceof t.ReadonlyType ||
  codec instanceof t.ExactType ||
  codec instanceof t.RefinementType ||
  codec instanceof t.RecursiveType
    ? unwrap(codec.type)
    : codec;

/** Union members and intersection parts share their parent's place in the JSON. */
const isCombinator = (codec: Decoder): boolean => {
  const inner = unwrap(codec);
  return inner instanceof t.UnionType || inner instanceof t.IntersectionType;
};

const isList = (codec: Decoder): boolean => {
  const inner = unwrap(codec);
  return (
    inner instanceof t.ArrayType ||
    inner instanceof t.ReadonlyArrayType ||
    inner instanceof t.TupleType
  );
};

const isObject = (codec: Decoder): boolean => {
  const inner = unwrap(codec);
  return (
    inner instanceof t.InterfaceType ||
    inner instanceof t.PartialType ||
    inner instanceof t.DictionaryType ||
    (inner instanceof t.IntersectionType && inner.types.every(isObject))
  );
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const step = (parent: Decoder, key: string): string => {
  if (isList(parent)) return `[${key}]`;
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
};

/** The literal property every member of a union is told apart by (`type` for events). */
const tagOf = (union: { readonly types: readonly Decoder[] }): string | null => {
  const literalKeys = (member: Decoder): readonly string[] => {
    const inner = unwrap(member);
    if (inner instanceof t.IntersectionType) return inner.types.flatMap(literalKeys);
    if (!(inner instanceof t.InterfaceType)) return [];
    return Object.keys(inner.props).filter((k) => inner.props[k] instanceof t.LiteralType);
  };
  const [first, ...rest] = union.types.map(literalKeys);
  return first?.find((key) => rest.every((keys) => keys.includes(key))) ?? null;
};

const literalsAt = (codec: Decoder, key: string): readonly unknown[] => {
  const inner = unwrap(codec);
  if (inner instanceof t.IntersectionType)
    return inner.types.flatMap((c: Decoder) => literalsAt(c, key));
  if (inner instanceof t.UnionType) return inner.types.flatMap((c: Decoder) => literalsAt(c, key));
  const prop: unknown = inner instanceof t.InterfaceType ? inner.props[key] : undefined;
  return prop instanceof t.LiteralType ? [prop.value] : [];
};

const describeCodec = (codec: Decoder): string => {
  const known = DESCRIPTIONS[codec.name];
  if (known !== undefined) return known;
  // A brand or refinement means more than its base type; its name says what.
  if (codec instanceof t.RefinementType) return codec.name;
  const inner = unwrap(codec);
  if (inner instanceof t.LiteralType) return JSON.stringify(inner.value);
  if (inner instanceof t.KeyofType) {
    return `one of ${Object.keys(inner.keys)
      .map((k) => JSON.stringify(k))
      .join(', ')}`;
  }
  if (inner instanceof t.UnionType) return orList(inner.types.map(describeCodec));
  if (isList(inner)) return 'a list';
  if (isObject(inner)) return 'an object';
  return inner === codec ? codec.name : describeCodec(inner);
};

const orList = (descriptions: readonly string[]): string => [...new Set(descriptions)].join(' or ');

const MAX_SHOWN = 60;

const show = (value: unknown): string => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN - 1)}…` : json;
};

interface Located {
  readonly path: string;
  readonly expected: string;
  readonly value: unknown;
  readonly message: string | undefined;
}

/** Where one io-ts error points, and what the codec at that place expected. */
const locate = (error: t.ValidationError): Located => {
  let path = '$';
  const entries = error.context;
  for (let i = 1; i < entries.length; i += 1) {
    const parent = entries[i - 1];
    const entry = entries[i];
    if (parent === undefined || entry === undefined || isCombinator(parent.type)) continue;
    path += step(parent.type, entry.key);
  }
  const failed = entries[entries.length - 1]?.type;
  const failedUnion = failed === undefined ? undefined : unwrap(failed);
  if (failedUnion instanceof t.UnionType && t.UnknownRecord.is(error.value)) {
    // A tagged union found no member for the tag: the tag is what the caller got wrong.
    const tag = tagOf(failedUnion);
    if (tag !== null) {
      const tags = literalsAt(failedUnion, tag).map((v) => JSON.stringify(v));
      return {
        path: path + step(failedUnion, tag),
        expected: `one of ${tags.join(', ')}`,
        value: error.value[tag],
        message: error.message,
      };
    }
  }
  return {
    path,
    expected: failed === undefined ? 'a valid value' : describeCodec(failed),
    value: error.value,
    message: error.message,
  };
};

const messageOf = (expected: string, value: unknown): string =>
  value === undefined
    ? `missing, expected ${expected}`
    : `expected ${expected}, got ${show(value)}`;

/**
 * Maps io-ts errors to one problem per JSON path, in the order first met. Union members that
 * all failed at one place become one problem ("expected a string or null"), so a caller of the
 * HTTP API reads a path and a message it understands, never io-ts internals.
 */
export const decodeProblems = (errors: t.Errors): readonly DecodeProblem[] => {
  const byPath = new Map<string, Located[]>();
  for (const located of errors.map(locate)) {
    byPath.set(located.path, [...(byPath.get(located.path) ?? []), located]);
  }
  return [...byPath.entries()].map(([path, found]) => {
    const own = found.find((l) => l.message !== undefined)?.message;
    const value = found[0]?.value;
    return { path, message: own ?? messageOf(orList(found.map((l) => l.expected)), value) };
  });
};

/** Decodes with a codec, answering the problems as `{ path, message }` on failure. */
export const decodeWith =
  <A, O>(codec: t.Type<A, O, unknown>) =>
  (input: unknown): E.Either<readonly DecodeProblem[], A> =>
    E.mapLeft(decodeProblems)(codec.decode(input));

/** The same problems seen from an enclosing document: `$.amount` under `$.data` is `$.data.amount`. */
export const problemsUnder = (
  prefix: string,
  problems: readonly DecodeProblem[],
): readonly DecodeProblem[] =>
  problems.map((p) => ({ path: prefix + p.path.slice(1), message: p.message }));
