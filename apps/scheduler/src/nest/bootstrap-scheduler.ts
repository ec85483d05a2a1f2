import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SchedulerModule, SchedulerModuleOptions } from './scheduler.module';

/**
 * Runs the reminder saga as its own Nest application context (no HTTP): the scheduler
 * process when the API and the saga run apart. Closing the context stops the passes.
 * `app.get(SCHEDULER)` gives the `Scheduler`.
 */
export const bootstrapScheduler = async (
  deps: SchedulerModuleOptions,
): Promise<INestApplicationContext> =>
  NestFactory.createApplicationContext(SchedulerModule.forRoot(deps), {
    logger: ['error', 'warn'],
  });
