import { ExpectedVersionConflict, StoreUnavailable } from '@debiteur/eventstore';
import { HttpException } from '@nestjs/common';
import {
  DomainRejected,
  IdempotencyKeyReused,
  InvalidInput,
  ResourceNotFound,
  Unauthenticated,
} from './api-errors';

export interface ErrorResponse {
  readonly status: number;
  readonly body: { readonly status: number; readonly _tag: string; readonly message: string };
  readonly headers: Readonly<Record<string, string>>;
}

/** Rejections that say "there is nothing here": the stream does not exist for this tenant. */
const NOT_FOUND_TAGS = new Set(['NotIssued', 'NotRegistered']);

/**
 * Rejections caused by where the stream stands now (a retry later, or after another action,
 * may succeed): 409 Conflict. Every other rejection is about the request itself: 422.
 */
const CONFLICT_TAGS = new Set([
  'AlreadyIssued',
  'AlreadyRegistered',
  'InvoiceClosed',
  'InvoiceSettled',
  'OnHold',
  'AlreadyOnHold',
  'NotOnHold',
  'UnderPromise',
  'UnderArrangement',
  'NoLivePromise',
  'NoArrangement',
  'LevelAlreadySent',
  'NotYetDue',
  'PromiseNotYetDue',
  'NoInstallmentMissed',
  'FourteenDayTermRunning',
]);

/** The HTTP status of a domain rejection: 404, 409 or 422 by its tag. */
export const statusOfRejection = (tag: string): number =>
  NOT_FOUND_TAGS.has(tag) ? 404 : CONFLICT_TAGS.has(tag) ? 409 : 422;

const response = (
  status: number,
  _tag: string,
  message: string,
  details: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): ErrorResponse => ({ status, body: { status, _tag, message, ...details }, headers });

const clientStatusOf = (error: unknown): number | null => {
  if (typeof error !== 'object' || error === null) return null;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  return typeof code === 'number' && code >= 400 && code < 500 ? code : null;
};

/**
 * The one place that maps every failure to an HTTP status and a JSON body with a `_tag`:
 * 400 bad input (with every problem's path), 401 no or bad key, 404 unknown resource,
 * 409 stale `If-Match` or a conflicting state, 422 a rejected request, 503 store down.
 * Anything unexpected is a 500 without internals.
 */
export const errorResponse = (error: unknown): ErrorResponse => {
  if (error instanceof InvalidInput)
    return response(400, 'InvalidInput', 'The request is not valid', {
      problems: error.problems,
    });
  if (error instanceof Unauthenticated)
    return response(401, 'Unauthenticated', error.message, {}, { 'WWW-Authenticate': 'Bearer' });
  if (error instanceof ResourceNotFound)
    return response(404, 'NotFound', error.message, { resource: error.resource, id: error.id });
  if (error instanceof DomainRejected)
    return response(statusOfRejection(error.error._tag), error.error._tag, error.message, {
      stream: error.stream,
      rejection: error.error,
    });
  if (error instanceof ExpectedVersionConflict)
    return response(
      409,
      'VersionConflict',
      'The resource changed since the version in If-Match',
      { expectedVersion: error.expected, currentVersion: error.actual },
      { ETag: `"${error.actual}"` },
    );
  if (error instanceof IdempotencyKeyReused)
    return response(422, 'IdempotencyKeyReused', error.message);
  if (error instanceof StoreUnavailable)
    return response(
      503,
      'StoreUnavailable',
      'The event store cannot be reached',
      {},
      {
        'Retry-After': '5',
      },
    );
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 404) return response(404, 'NotFound', 'No such route', { resource: 'route' });
    if (status === 400)
      return response(400, 'InvalidInput', 'The request could not be read', {
        problems: [{ path: '$', message: error.message }],
      });
    return response(status, status < 500 ? 'BadRequest' : 'InternalError', error.message);
  }
  const status = clientStatusOf(error);
  if (status !== null) {
    const message = error instanceof Error ? error.message : 'The request could not be read';
    return response(status, status === 413 ? 'PayloadTooLarge' : 'BadRequest', message);
  }
  return response(500, 'InternalError', 'Something went wrong; the request id is in the log');
};
