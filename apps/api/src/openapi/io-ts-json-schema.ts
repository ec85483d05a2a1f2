import * as t from 'io-ts';

/** The subset of JSON Schema (as OpenAPI 3.1 uses it) the API's codecs need. */
export type JsonSchema = { readonly [keyword: string]: unknown };

const ID = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$' };

/** Codecs whose meaning lies in a refinement: described by name rather than by structure. */
const NAMED: Readonly<Record<string, JsonSchema>> = {
  Int: { type: 'integer' },
  MinorUnits: {
    type: 'integer',
    description:
      'minor units of the currency (cents for EUR; ISO 4217: none for JPY, thousandths for KWD)',
  },
  Currency: { type: 'string', pattern: '^[A-Z]{3}$', example: 'EUR' },
  CalendarDate: { type: 'string', format: 'date', example: '2026-03-01' },
  Instant: {
    type: 'string',
    format: 'date-time',
    description: 'ISO-8601 with offset',
    example: '2026-03-01T09:00:00+01:00',
  },
  NonEmptyText: { type: 'string', minLength: 1, maxLength: 2000 },
  PaymentLink: { type: 'string', format: 'uri', pattern: '^https?://\\S+$', maxLength: 2000 },
  TenantId: ID,
  DebtorId: ID,
  InvoiceId: ID,
  EventId: ID,
};

type Codec = t.Decoder<unknown, unknown>;

const objectOf = (props: t.Props, required: boolean): JsonSchema => {
  const properties = Object.fromEntries(
    Object.entries(props).map(([key, codec]) => [key, toJsonSchema(codec)]),
  );
  return {
    type: 'object',
    properties,
    ...(required && Object.keys(props).length > 0 ? { required: Object.keys(props) } : {}),
  };
};

/** An intersection of object codecs becomes one object: properties merged, requirements joined. */
const mergeObjects = (parts: readonly JsonSchema[]): JsonSchema | null => {
  if (!parts.every((part) => part['type'] === 'object' && part['properties'] !== undefined)) {
    return null;
  }
  const properties = Object.assign({}, ...parts.map((part) => part['properties'])) as object;
  const required = parts.flatMap((part) => (part['required'] as string[] | undefined) ?? []);
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
};

/**
 * The JSON Schema of an io-ts codec: the OpenAPI document is generated from the very codecs
 * the server validates with, so the two cannot drift apart. Covers the combinators the API
 * uses (type, partial, exact/strict, readonly, intersection, union, keyof, literal, arrays,
 * records, refinements and the core's branded values).
 */
export const toJsonSchema = (codec: Codec): JsonSchema => {
  const named = NAMED[codec.name];
  if (named !== undefined) return named;
  if (codec instanceof t.ExactType || codec instanceof t.ReadonlyType) {
    return toJsonSchema(codec.type as Codec);
  }
  if (codec instanceof t.RefinementType) return toJsonSchema(codec.type as Codec);
  if (codec instanceof t.StringType) return { type: 'string' };
  if (codec instanceof t.NumberType) return { type: 'number' };
  if (codec instanceof t.BooleanType) return { type: 'boolean' };
  if (codec instanceof t.NullType) return { type: 'null' };
  if (codec instanceof t.LiteralType) return { const: codec.value };
  if (codec instanceof t.KeyofType) return { type: 'string', enum: Object.keys(codec.keys) };
  if (codec instanceof t.InterfaceType) return objectOf(codec.props as t.Props, true);
  if (codec instanceof t.PartialType) return objectOf(codec.props as t.Props, false);
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) {
    return { type: 'array', items: toJsonSchema(codec.type as Codec) };
  }
  if (codec instanceof t.DictionaryType) {
    return { type: 'object', additionalProperties: toJsonSchema(codec.codomain as Codec) };
  }
  if (codec instanceof t.UnionType) {
    return { anyOf: (codec.types as Codec[]).map(toJsonSchema) };
  }
  if (codec instanceof t.IntersectionType) {
    const parts = (codec.types as Codec[]).map(toJsonSchema);
    return mergeObjects(parts) ?? { allOf: parts };
  }
  return {};
};
