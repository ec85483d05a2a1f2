import { DynamicModule, Module } from '@nestjs/common';
import { createScheduler, SchedulerDeps } from '../scheduler/create-scheduler';
import { SchedulerLifecycle } from './scheduler-lifecycle';
import { SCHEDULER, SCHEDULER_AUTO_START, SCHEDULER_DEPS } from './scheduler.tokens';

export interface SchedulerModuleOptions extends SchedulerDeps {
  /** Start the continuous passes when the application boots. Default true. */
  readonly autoStart?: boolean;
}

/**
 * The reminder saga as a Nest module: `SCHEDULER` is the `Scheduler` (a `SagaControl`) made by
 * `createScheduler`; it starts with the application unless `autoStart` is false, and stops,
 * finishing its pass, when the application closes.
 */
@Module({})
export class SchedulerModule {
  static forRoot(options: SchedulerModuleOptions): DynamicModule {
    return {
      module: SchedulerModule,
      providers: [
        { provide: SCHEDULER_DEPS, useValue: options },
        { provide: SCHEDULER_AUTO_START, useValue: options.autoStart ?? true },
        {
          provide: SCHEDULER,
          useFactory: (deps: SchedulerDeps) => createScheduler(deps),
          inject: [SCHEDULER_DEPS],
        },
        SchedulerLifecycle,
      ],
      exports: [SCHEDULER],
    };
  }
}
