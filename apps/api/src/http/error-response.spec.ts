import { ExpectedVersionConflict, StoreUnavailable } from '@debiteur/eventstore';
import { NotFoundException } from '@nestjs/common';
import { DomainRejected, IdempotencyKeyReused, InvalidInput, Unauthenticated } from './api-errors';
import { errorResponse } from './error-response';

describe('Mapping failures to responses', () => {
  it.each([
    ['NotIssued', 404],
    ['NotRegistered', 404],
    ['AlreadyIssued', 409],
    ['OnHold', 409],
    ['LevelAlreadySent', 409],
    ['CurrencyMismatch', 422],
    ['PromiseInPast', 422],
    ['InvalidArrangement', 422],
    ['EmptyLadder', 422],
  ])('answers the rejection %s with %i and its tag', (tag, status) => {
    const mapped = errorResponse(new DomainRejected('invoice', { _tag: tag }));
    expect(mapped.status).toBe(status);
    expect(mapped.body).toMatchObject({ _tag: tag, rejection: { _tag: tag } });
  });

  it('answers a stale If-Match with 409, the current version and its ETag', () => {
    const mapped = errorResponse(new ExpectedVersionConflict('invoice:a:1', 3, 5));
    expect(mapped).toMatchObject({
      status: 409,
      body: { _tag: 'VersionConflict', expectedVersion: 3, currentVersion: 5 },
      headers: { ETag: '"5"' },
    });
  });

  it.each([
    [new InvalidInput([{ path: '$.a', message: 'missing' }]), 400, 'InvalidInput'],
    [new Unauthenticated('missing'), 401, 'Unauthenticated'],
    [new IdempotencyKeyReused('k'), 422, 'IdempotencyKeyReused'],
    [new StoreUnavailable('down'), 503, 'StoreUnavailable'],
    [new NotFoundException(), 404, 'NotFound'],
    [Object.assign(new Error('too large'), { status: 413 }), 413, 'PayloadTooLarge'],
    [new Error('boom'), 500, 'InternalError'],
  ])('answers %p with %i', (error, status, tag) => {
    expect(errorResponse(error)).toMatchObject({ status, body: { status, _tag: tag } });
  });

  it('never shows the message of an unexpected error', () => {
    expect(JSON.stringify(errorResponse(new Error('secret detail')).body)).not.toContain('secret');
  });
});
