import { ApiKeys, openStores, Stores, TestClock } from '@debiteur/application';
import { Instant, instant, TenantId, tenantId } from '@debiteur/core';
import { tempFolder } from '@debiteur/store-sqlite/testing';
import { INestApplication } from '@nestjs/common';
import * as E from 'fp-ts/Either';
import { pino } from 'pino';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApiApp } from '../app/create-api-app';

export const at = (value: string): Instant =>
  E.getOrElseW(() => {
    throw new Error(`bad test instant ${value}`);
  })(instant(value));

export const tenant = (value: string): TenantId =>
  E.getOrElseW(() => {
    throw new Error(`bad test tenant ${value}`);
  })(tenantId(value));

/** The API on real stores with a test clock, and a key for each of two tenants. */
export interface TestApi {
  readonly app: INestApplication;
  readonly http: TestAgent;
  readonly stores: Stores;
  readonly clock: TestClock;
  /** `Authorization` header values. */
  readonly acme: string;
  readonly globex: string;
  readonly keys: ApiKeys;
  close(): Promise<void>;
}

export type StoreFactory = () => Promise<{ stores: Stores; cleanUp: () => Promise<void> }>;

/** A fresh SQLite file in a temp folder. */
export const sqliteStores: StoreFactory = async () => {
  const folder = tempFolder('api');
  const stores = await openStores(`sqlite:${folder.path()}`);
  return {
    stores,
    cleanUp: async () => {
      await stores.close();
      folder.remove();
    },
  };
};

export const START = '2026-03-02T10:00:00+01:00';

export const startTestApi = async (
  factory: StoreFactory,
  options: { readonly testClock?: boolean } = {},
): Promise<TestApi> => {
  const { stores, cleanUp } = await factory();
  const clock = new TestClock(at(START));
  const app = await createApiApp({
    stores,
    clock,
    ...(options.testClock === false ? {} : { testClock: clock }),
    logger: pino({ level: 'silent' }),
  });
  const keys = new ApiKeys(stores.events);
  const acme = await keys.create(tenant('acme'), START, 'test');
  const globex = await keys.create(tenant('globex'), START, 'test');
  return {
    app,
    http: request(app.getHttpServer()),
    stores,
    clock,
    acme: `Bearer ${acme.key}`,
    globex: `Bearer ${globex.key}`,
    keys,
    close: async () => {
      await app.close();
      await cleanUp();
    },
  };
};

/**
 * One API for the enclosing `describe`: started before its tests, closed after them. The
 * getter answers the running API inside a test.
 */
export const useTestApi = (factory: StoreFactory): (() => TestApi) => {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi(factory);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });
  return () => {
    if (api === undefined) throw new Error('The test API is used outside a test');
    return api;
  };
};
