import { dateFromParts } from '@debiteur/core';
import { RecordedEvent } from '@debiteur/eventstore';
import { GENERATOR_POLICY, generatePortfolio } from '../generate/generate-portfolio';
import { measuresTable } from './measures-table';
import { worldFromPortfolio } from './portfolio-behaviour';
import { simulatePolicy } from './simulate-policy';
import { recordedEvent } from '../testing/recorded-event';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

const events = [
  ...generatePortfolio({
    tenants: 1,
    debtors: 60,
    invoices: 600,
    seed: 5,
    start: dateFromParts(2025, 1, 1),
    periodDays: 180,
  }),
];

async function* streamOf(list: readonly RecordedEvent[]): AsyncGenerator<RecordedEvent> {
  yield* list;
}

const count = (type: string): number => events.filter((e) => e.type === type).length;

describe('simulate on a generated portfolio', () => {
  it('reads every debtor and invoice of the portfolio, with its profile', async () => {
    const world = await worldFromPortfolio(streamOf(events));
    expect(world.debtors).toHaveLength(60);
    expect(world.invoices).toHaveLength(600);
    expect(world.debtors.every((d) => d.profile !== null)).toBe(true);
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
    const world = await worldFromPortfolio(streamOf(recorded));
    expect(world.invoices[0]?.fate.hold).toMatchObject({ reason: 'dispute', onDay: 17, days: 4 });
  });

  it('replays the history it was generated with under the same policy', async () => {
    const measures = simulatePolicy(
      await worldFromPortfolio(streamOf(events)),
      GENERATOR_POLICY,
    ).measures;
    expect(measures.handOvers).toBe(count('HandedOverToCollection'));
    expect(measures.brokenPromises).toBe(count('PromiseBroken'));
    // Debtors moved by a reminder pay the same days after it, so nearly the same reminders go out.
    expect(Math.abs(measures.remindersSent - count('ReminderSent'))).toBeLessThanOrEqual(
      count('ReminderSent') * 0.05,
    );
  });

  it('sends fewer first reminders when the first reminder comes later', async () => {
    const world = await worldFromPortfolio(streamOf(events));
    const later = {
      ...GENERATOR_POLICY,
      ladder: GENERATOR_POLICY.ladder.map((r) => ({ ...r, afterDueDays: r.afterDueDays + 6 })),
    };
    const at15 = simulatePolicy(world, GENERATOR_POLICY).measures;
    const at21 = simulatePolicy(world, later).measures;
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
