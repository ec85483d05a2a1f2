import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Scheduler } from '../scheduler/create-scheduler';
import { SCHEDULER, SCHEDULER_AUTO_START } from './scheduler.tokens';

/** Starts the continuous passes with the application and stops them (waiting) at shutdown. */
@Injectable()
export class SchedulerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
    @Inject(SCHEDULER_AUTO_START) private readonly autoStart: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (this.autoStart) this.scheduler.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
  }
}
