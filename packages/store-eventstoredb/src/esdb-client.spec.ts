import { StoreUnavailable } from '@debiteur/eventstore';
import {
  AccessDeniedError,
  DeadlineExceededError,
  InvalidArgumentError,
  StreamDeletedError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { connectEsdb, translateClientError } from './esdb-client';
import { EsdbWrongExpectedRevision } from './esdb-client.port';

// Nothing listens on port 1: every call meets a refused connection, no server needed.
const UNREACHABLE = 'esdb://127.0.0.1:1?tls=false';

const wrongExpectedVersion = (current: bigint | 'no_stream') =>
  new WrongExpectedVersionError(undefined, { streamName: 'invoice:acme:1', expected: 0n, current });

/** A raw gRPC error (status code and details), as appends reject with unconverted. */
const grpcError = (code: number): Error =>
  Object.assign(new Error(`${code} gRPC failure`), { code, details: 'gRPC failure' });
const UNAVAILABLE = 14;
const DEADLINE_EXCEEDED = 4;

describe('The EventStoreDB client binding', () => {
  describe('translating client errors', () => {
    it.each([
      [3n, 3n],
      ['no_stream', 'no_stream'],
    ] as const)(
      'turns a wrong expected version at %j into the actual revision',
      (current, actual) => {
        const translated = translateClientError(wrongExpectedVersion(current));
        expect(translated).toBeInstanceOf(EsdbWrongExpectedRevision);
        expect(translated).toMatchObject({ streamName: 'invoice:acme:1', actual });
      },
    );

    it.each([
      ['unavailable', new UnavailableError()],
      ['deadline exceeded', new DeadlineExceededError()],
      ['access denied', new AccessDeniedError()],
      ['unknown', new UnknownError()],
      ['stream deleted', StreamDeletedError.fromStreamName('invoice:acme:1')],
    ])('reports %s as StoreUnavailable, keeping the cause', (_, error) => {
      const translated = translateClientError(error);
      expect(translated).toBeInstanceOf(StoreUnavailable);
      expect(translated).toMatchObject({ cause: error });
    });

    it('converts raw gRPC errors first', () => {
      expect(translateClientError(grpcError(UNAVAILABLE))).toBeInstanceOf(StoreUnavailable);
      expect(translateClientError(grpcError(DEADLINE_EXCEEDED))).toBeInstanceOf(StoreUnavailable);
    });

    it('passes programming errors and its own errors through unchanged', () => {
      for (const error of [
        new InvalidArgumentError('maxCount'),
        new TypeError('bug'),
        new StoreUnavailable('closed'),
        new EsdbWrongExpectedRevision('s', 1n),
        'not even an error',
      ]) {
        expect(translateClientError(error)).toBe(error);
      }
    });
  });

  describe('without a server', () => {
    it('reports every call as StoreUnavailable', async () => {
      const client = connectEsdb(UNREACHABLE);
      const id = '357f207b-2e3b-4fa2-9c6c-bb9105474a99';
      const calls = [
        client.append('s', [{ id, type: 'Happened', data: {}, metadata: {} }], 'any'),
        client.readStream('s', { from: 'start', direction: 'forwards', maxCount: 5 }),
        client.readAll({ from: 'start', direction: 'forwards', maxCount: 5 }),
        client.setStreamMaxCount('s', 1),
      ];
      const outcomes = await Promise.allSettled(calls);
      await client.close();

      expect(outcomes.map((o) => (o.status === 'rejected' ? o.reason : o.value))).toEqual(
        calls.map(() => expect.any(StoreUnavailable)),
      );
    });
  });
});
