import { businessDateOf, CalendarDate } from '@debiteur/core';
import { Clock } from '@debiteur/application';
import { decodeQuery } from '../http/decode-input';

/**
 * The business date a report is drawn up for: `?asOf=YYYY-MM-DD`, or today in
 * Europe/Amsterdam by the API's clock (the test clock in test mode).
 */
export const reportDateOf = (clock: Clock, asOf: unknown): CalendarDate =>
  asOf === undefined ? businessDateOf(clock.now()) : decodeQuery('asOf', CalendarDate, asOf);
