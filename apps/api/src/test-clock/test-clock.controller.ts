import { Instant } from '@debiteur/core';
import { Controller, Get, Inject, Put, Req } from '@nestjs/common';
import * as t from 'io-ts';
import { API_OPTIONS, ResolvedApiOptions } from '../app/api-options';
import { ResourceNotFound } from '../http/api-errors';
import { ApiRequest } from '../http/api-request';
import { bodyCodec } from '../http/body-codec';
import { decodeBody } from '../http/decode-input';
import { PublicRoute } from '../http/public-route';

export const MoveClockBody = bodyCodec('MoveClockBody', { now: Instant }, {});
export type MoveClockBody = t.TypeOf<typeof MoveClockBody>;

/**
 * The test clock of the operations contract (`DEBITEUR_TEST_CLOCK=on`): read it, or move it
 * and have the in-process saga run a pass as of the new time before the answer comes.
 * Without a test clock both routes answer 404, as if they did not exist.
 */
@PublicRoute()
@Controller('test/clock')
export class TestClockController {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  @Get()
  readClock() {
    return { now: this.testClock().now() };
  }

  @Put()
  async moveClock(@Req() request: ApiRequest) {
    const clock = this.testClock();
    const { now } = decodeBody(MoveClockBody, request.body);
    clock.moveTo(now);
    const pass = this.options.saga === undefined ? null : await this.options.saga.runPassAsOf(now);
    return { now: clock.now(), pass };
  }

  private testClock() {
    const clock = this.options.testClock;
    if (clock === undefined) throw new ResourceNotFound('route', '/test/clock');
    return clock;
  }
}
