import { ApiKeys, openStores, systemClock, TestClock } from '@debiteur/application';
import { tenantId } from '@debiteur/core';
import { isLeft } from 'fp-ts/Either';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { CliIo } from '../cli-io';
import { readServiceConfig } from '../config/service-config';
import { serviceLogger } from '../logger';
import { composeService } from './compose-service';
import { ensureDemoKey } from './demo-key';

const DEMO_TENANT = 'demo';
const DEMO_KEY_FILE = './data/demo-api-key';

export interface ServeOptions {
  readonly demo?: boolean;
}

const sagaState = (schedulerEnabled: boolean, testClock: boolean): string => {
  if (!schedulerEnabled) return 'off (DEBITEUR_SCHEDULER=off)';
  return testClock ? 'runs a pass each time PUT /test/clock moves the clock' : 'running';
};

/** Prints the demo tenant's key, creating it on the first run. */
const printDemoKey = async (
  io: CliIo,
  keys: ApiKeys,
  url: string,
  clock: TestClock | typeof systemClock,
) => {
  const tenant = tenantId(DEMO_TENANT);
  if (isLeft(tenant)) throw new Error('the demo tenant id is invalid');
  const demo = await ensureDemoKey(keys, tenant.right, resolve(DEMO_KEY_FILE), clock);
  io.out(
    `Demo tenant "${DEMO_TENANT}" API key${demo.created ? ' (created now)' : ''}, kept in ${DEMO_KEY_FILE}:`,
  );
  io.out(`  ${demo.key}`);
  io.out(`Try: curl -H "Authorization: Bearer ${demo.key}" ${url}/policy`);
};

/**
 * Runs the API and, unless `DEBITEUR_SCHEDULER=off`, the saga and the delivery of reminders
 * in one process until SIGINT or SIGTERM.
 */
export const runServe = async (io: CliIo, options: ServeOptions): Promise<void> => {
  const config = readServiceConfig(io.env);
  const logger = serviceLogger(io.env);
  const stores = await openStores(config.store);
  const testClock = config.testClock ? new TestClock(systemClock.now()) : undefined;
  const clock = testClock ?? systemClock;
  const service = await composeService({
    stores,
    config,
    clock,
    logger,
    ...(testClock === undefined ? {} : { testClock }),
  });
  await service.app.listen(config.port);
  service.startBackground();

  const { port } = service.app.getHttpServer().address() as AddressInfo;
  const url = `http://localhost:${port}`;
  io.out(`Debiteur is listening on ${url}`);
  io.out(`API docs: ${url}/docs (OpenAPI: ${url}/docs-json)`);
  io.out(`Store: ${stores.description}`);
  io.out(`Saga: ${sagaState(config.schedulerEnabled, testClock !== undefined)}`);
  if (options.demo === true) await printDemoKey(io, new ApiKeys(stores.events), url, clock);

  const shutdown = async (signal: string) => {
    io.err(`${signal}: stopping`);
    await service.stop();
    await stores.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      shutdown(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          io.err(`debiteur: shutdown failed: ${String(error)}`);
          process.exit(1);
        },
      );
    });
  }
};
