import { ReminderPolicy } from '@debiteur/core';
import { DayIndex } from './day-index';
import { lastSimulatedDay, playWorld } from './portfolio-engine';
import { World } from './portfolio-world';
import { MeasuresCollector, SimulationMeasures } from './simulation-measures';

export interface PolicyOutcome {
  readonly measures: SimulationMeasures;
  /** The same measures for the invoices of each debtor profile ("unknown" when unnamed). */
  readonly byProfile: Readonly<Record<string, SimulationMeasures>>;
}

/** How many events are played between two turns of the event loop. */
const EVENTS_PER_TURN = 10_000;

/** The next turn of the event loop: timers (the progress bar's redraw) and signals run. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Plays the portfolio's debtors out under one policy through the real scheduling logic and
 * counts what happened. `onEvents` hears of every thousand events played. It lets the event
 * loop turn every ten thousand events, so a Ctrl-C stops it at once (a handler in JavaScript,
 * such as the progress bar's, only runs on a turn) and the bar moves.
 */
export const simulatePolicy = async (
  world: World,
  policy: ReminderPolicy,
  onEvents: (count: number) => void = () => undefined,
): Promise<PolicyOutcome> => {
  const days = new DayIndex(world.start);
  const profileOf = new Map(world.debtors.map((d) => [`${d.tenantId}/${d.debtorId}`, d.profile]));
  const groupOf = new Map(
    world.invoices.map((i) => [
      `invoice:${i.tenantId}:${i.invoiceId}`,
      profileOf.get(`${i.tenantId}/${i.debtorId}`) ?? 'unknown',
    ]),
  );
  const collector = new MeasuresCollector(
    (date) => days.dayOf(date),
    lastSimulatedDay(world, days),
    (streamId) => groupOf.get(streamId) ?? 'unknown',
  );
  let count = 0;
  for (const played of playWorld(world, policy)) {
    collector.add(played);
    count += 1;
    if (count % 1000 === 0) onEvents(1000);
    if (count % EVENTS_PER_TURN === 0) await nextTurn();
  }
  return { measures: collector.measures(), byProfile: collector.measuresByGroup() };
};
