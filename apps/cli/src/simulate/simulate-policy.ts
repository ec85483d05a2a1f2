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

/**
 * Plays the portfolio's debtors out under one policy through the real scheduling logic and
 * counts what happened. `onEvents` hears of every thousand events played.
 */
export const simulatePolicy = (
  world: World,
  policy: ReminderPolicy,
  onEvents: (count: number) => void = () => undefined,
): PolicyOutcome => {
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
  }
  return { measures: collector.measures(), byProfile: collector.measuresByGroup() };
};
