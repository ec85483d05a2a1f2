import { createHash } from 'node:crypto';
import { InvalidInput } from './api-errors';
import { ApiRequest, headerOf } from './api-request';

const VERSION_TAG = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/;

/**
 * The version in `If-Match`: `3`, `"3"` (the ETag as sent) or `W/"3"`. `*` and an absent
 * header mean "whatever the version"; anything else is a 400.
 */
export const ifMatchOf = (request: ApiRequest): number | undefined => {
  const raw = request.headers['if-match'];
  if (raw === undefined) return undefined;
  const value = typeof raw === 'string' ? raw : '';
  if (value.trim() === '*') return undefined;
  const version = VERSION_TAG.exec(value)?.[1];
  if (version === undefined) {
    throw new InvalidInput([
      { path: 'headers.if-match', message: 'expected a version number, such as "3" (the ETag)' },
    ]);
  }
  return Number(version);
};

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The `Idempotency-Key`: 1–255 visible ASCII characters; absent means none. */
export const idempotencyKeyOf = (request: ApiRequest): string | undefined => {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const value = headerOf(request, 'idempotency-key');
  if (value === undefined || !IDEMPOTENCY_KEY.test(value)) {
    throw new InvalidInput([
      {
        path: 'headers.idempotency-key',
        message: 'expected 1-255 visible ASCII characters, such as a UUID',
      },
    ]);
  }
  return value;
};

/** JSON with object keys sorted, so two bodies that mean the same hash the same. */
const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/** What makes two requests "the same" under one idempotency key: method, path and body. */
export const requestHashOf = (request: ApiRequest): string =>
  createHash('sha256')
    .update(`${request.method} ${request.originalUrl.split('?')[0] ?? ''}\n`)
    .update(canonicalJson(request.body ?? null))
    .digest('hex');

export const etagOf = (version: number): string => `"${version}"`;
