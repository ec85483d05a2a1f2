import { Clock, systemClock, TestClock } from '@debiteur/application';
import { instant, Instant } from '@debiteur/core';
import {
  createReminderDelivery,
  createScheduler,
  parseDeliveryLocation,
} from '@debiteur/scheduler';
import { isLeft } from 'fp-ts/Either';
import { CliIo, UsageError } from '../cli-io';
import { readServiceConfig } from '../config/service-config';
import { serviceLogger } from '../logger';
import { StoreOption, storeLocation, withStores } from '../store-option';

export interface ScheduleOptions extends StoreOption {
  readonly once?: boolean;
  readonly asOf?: string;
}

const parseAsOf = (asOf: string): Instant => {
  const parsed = instant(asOf);
  if (isLeft(parsed)) {
    throw new UsageError(
      `--as-of must be an instant with an offset, e.g. 2026-03-01T09:00:00+01:00, not "${asOf}"`,
    );
  }
  return parsed.right;
};

/**
 * One pass as of an instant (cron-style, catch-up after downtime, reproducible tests), or the
 * continuous saga until SIGINT/SIGTERM. Either way the reminders it sends are delivered.
 */
export const runSchedule = async (io: CliIo, options: ScheduleOptions): Promise<void> => {
  if (options.asOf !== undefined && options.once !== true) {
    throw new UsageError('--as-of needs --once: a continuous saga follows the real clock');
  }
  const config = readServiceConfig({ ...io.env, DEBITEUR_STORE: storeLocation(options, io) });
  const logger = serviceLogger(io.env);
  await withStores(options, io, async (stores) => {
    const asOf = options.asOf === undefined ? null : parseAsOf(options.asOf);
    const clock: Clock = asOf === null ? systemClock : new TestClock(asOf);
    const scheduler = createScheduler({
      stores,
      clock,
      logger,
      options: { officeHours: config.officeHours, intervalMs: config.schedulerIntervalMs },
    });
    const delivery = createReminderDelivery({
      stores,
      port: parseDeliveryLocation(config.delivery),
      language: config.language,
      logger,
    });
    if (options.once === true) {
      const pass = await scheduler.runPassAsOf(clock.now());
      const delivered = await delivery.runOnce();
      io.out(JSON.stringify({ pass, delivery: delivered }));
      return;
    }
    const stop = new AbortController();
    scheduler.start();
    const following = delivery.follow(stop.signal);
    io.err(
      `Scheduler running on ${stores.description}; every ${config.schedulerIntervalMs / 1000} s`,
    );
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    });
    stop.abort();
    await scheduler.stop();
    await following;
  });
};
