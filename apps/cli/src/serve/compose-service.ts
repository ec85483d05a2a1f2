import { Clock, Stores, TestClock } from '@debiteur/application';
import { createApiApp } from '@debiteur/api';
import {
  createReminderDelivery,
  createScheduler,
  parseDeliveryLocation,
  ReminderDelivery,
  Scheduler,
} from '@debiteur/scheduler';
import { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { ServiceConfig } from '../config/service-config';

/** The API, the saga and delivery of one process, wired to one store and one clock. */
export interface ComposedService {
  readonly app: INestApplication;
  readonly scheduler: Scheduler | null;
  readonly delivery: ReminderDelivery | null;
  /** Starts the saga's interval (not under the test clock) and the delivery follower. */
  startBackground(): void;
  /** Stops the background work and closes the app; the stores stay open. */
  stop(): Promise<void>;
}

export interface ComposeServiceInput {
  readonly stores: Stores;
  readonly config: ServiceConfig;
  readonly clock: Clock;
  readonly testClock?: TestClock;
  readonly logger: Logger;
}

/**
 * Builds what `debiteur serve` runs. Under the test clock the saga runs only when the clock
 * is moved (the API's `PUT /test/clock` awaits the pass), so passes are reproducible.
 */
export const composeService = async (input: ComposeServiceInput): Promise<ComposedService> => {
  const { stores, config, clock, testClock, logger } = input;
  const scheduler = config.schedulerEnabled
    ? createScheduler({
        stores,
        clock,
        logger,
        options: { officeHours: config.officeHours, intervalMs: config.schedulerIntervalMs },
      })
    : null;
  const delivery = config.schedulerEnabled
    ? createReminderDelivery({
        stores,
        port: parseDeliveryLocation(config.delivery),
        language: config.language,
        logger,
      })
    : null;
  const app = await createApiApp({
    stores,
    clock,
    logger,
    ...(testClock === undefined ? {} : { testClock }),
    ...(scheduler === null ? {} : { saga: scheduler }),
  });
  const stopping = new AbortController();
  let following: Promise<void> | null = null;
  return {
    app,
    scheduler,
    delivery,
    startBackground() {
      if (testClock === undefined) scheduler?.start();
      following = delivery?.follow(stopping.signal) ?? null;
    },
    async stop() {
      stopping.abort();
      await scheduler?.stop();
      await following;
      await app.close();
    },
  };
};
