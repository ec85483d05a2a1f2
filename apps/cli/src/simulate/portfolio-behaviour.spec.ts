import { dateFromParts } from '@debiteur/core';
import { RecordedEvent } from '@debiteur/eventstore';
import {
  GENERATOR_POLICY,
  GenerateOptions,
  generatePortfolio,
  generateWorld,
} from '../generate/generate-portfolio';
import { DayIndex } from './day-index';
import { measuresTable } from './measures-table';
import { worldFromPortfolio } from './portfolio-behaviour';
import { lastSimulatedDay, playWorld } from './portfolio-engine';
import { World } from './portfolio-world';
import { simulatePolicy } from './simulate-policy';
import { MeasuresCollector, SimulationMeasures } from './simulation-measures';
import { recordedEvent } from '../testing/recorded-event';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

const generated: GenerateOptions = {
  tenants: 1,
  debtors: 60,
  invoices: 600,
  seed: 5,
  start: dateFromParts(2025, 1, 1),
  periodDays: 180,
};

const events = [...generatePortfolio(generated)];

/** The measures of the portfolio as generated: what the file shows. */
const measuresOfFile = (options: GenerateOptions): SimulationMeasures => {
  const world = generateWorld(options);
  const days = new DayIndex(world.start);
  const collector = new MeasuresCollector((d) => days.dayOf(d), lastSimulatedDay(world, days));
  for (const played of playWorld(world, GENERATOR_POLICY)) collector.add(played);
  return collector.measures();
};

async function* streamOf(list: readonly RecordedEvent[]): AsyncGenerator<RecordedEvent> {
  yield* list;
}

const worldOf = async (list: readonly RecordedEvent[]): Promise<World> => {
  const world = await worldFromPortfolio(streamOf(list));
  if (world === null) throw new Error('no invoices');
  return world;
};

const count = (type: string): number => events.filter((e) => e.type === type).length;

describe('simulate on a generated portfolio', () => {
  it('reads every debtor and invoice of the portfolio, with its profile', async () => {
    const world = await worldOf(events);
    expect(world.debtors).toHaveLength(60);
    expect(world.invoices).toHaveLength(600);
    expect(world.debtors.every((d) => d.profile !== null)).toBe(true);
  });

  it('is null for a portfolio without invoices, so simulate can say so in one line', async () => {
    const noInvoices = events.filter((e) => !e.streamId.startsWith('invoice:'));
    expect(await worldFromPortfolio(streamOf(noInvoices))).toBeNull();
    expect(await worldFromPortfolio(streamOf([]))).toBeNull();
  });

  it('ends a hold never released on the day the invoice was paid, not with the simulation', async () => {
    // Reminded on 11 June, disputed on 13 June, paid on 17 June while still on hold.
    const stream = [
      [
        'Issued',
        {
          invoiceId: 'F-7',
          debtorId: 'D-1',
          number: 'INV-7',
          issueDate: '2025-05-27',
          dueDate: '2025-06-10',
          paymentTermDays: 14,
          amount: eur(4648),
          description: 'Services',
        },
      ],
      ['ReminderSent', { level: 1, kind: 'reminder', channel: 'email', sentOn: '2025-06-11' }],
      ['PutOnHold', { reason: 'dispute', since: '2025-06-13' }],
      ['Paid', { amount: eur(4648), paidOn: '2025-06-17' }],
    ] as const;
    const recorded = stream.map(([type, data], i) =>
      recordedEvent(i + 1, {
        streamId: 'invoice:acme:F-7',
        type,
        schemaVersion: type === 'Issued' ? 2 : 1,
        data,
      }),
    );
    const world = await worldOf(recorded);
    expect(world.invoices[0]?.fate.hold).toMatchObject({ reason: 'dispute', onDay: 17, days: 4 });
  });

  it('reproduces the file under the policy it was generated with', async () => {
    const simulated = (await simulatePolicy(await worldOf(events), GENERATOR_POLICY)).measures;
    // Only the model's own knowledge (which payments came of his own accord) may differ: a
    // payment within 3 days of a reminder reads as his own, whatever moved him.
    const { remindersBeforeOwnAccordPayment: _simulated, ...measures } = simulated;
    const { remindersBeforeOwnAccordPayment: _file, ...file } = measuresOfFile(generated);
    expect(measures).toEqual(file);
    expect(measures.remindersSent).toBe(count('ReminderSent'));
    expect(measures.brokenPromises).toBe(count('PromiseBroken'));
    expect(measures.handOvers).toBe(count('HandedOverToCollection'));
  });

  it('sends fewer first reminders when the first reminder comes later', async () => {
    const world = await worldOf(events);
    const later = {
      ...GENERATOR_POLICY,
      ladder: GENERATOR_POLICY.ladder.map((r) => ({ ...r, afterDueDays: r.afterDueDays + 6 })),
    };
    const at15 = (await simulatePolicy(world, GENERATOR_POLICY)).measures;
    const at21 = (await simulatePolicy(world, later)).measures;
    expect(at21.firstReminders).toBeLessThan(at15.firstReminders);
    const table = measuresTable([
      { name: 'day-15.json', measures: at15 },
      { name: 'day-21.json', measures: at21 },
    ]);
    const header = table.split('\n')[0] ?? '';
    expect(header).toContain('day-15.json');
    expect(header).toContain('day-21.json');
    const reminders = table.split('\n').find((l) => l.startsWith('first reminders')) ?? '';
    expect(
      reminders
        .trim()
        .split(/\s{2,}/)
        .slice(1),
    ).toEqual([String(at15.firstReminders), String(at21.firstReminders)]);
  });
});
