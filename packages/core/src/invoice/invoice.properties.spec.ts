import fc from 'fast-check';
import { decide } from './invoice.decide';
import { evolve, initialState } from './invoice.evolve';
import { commandArb, run, scenarioArb } from './invoice.spec-arbitraries';
import { at, day } from './invoice.spec-helpers';
import { addDays } from '../shared/calendar-date';
import { InvoiceEvent, InvoiceEventType } from './invoice.events';
import { InvoiceState } from './invoice.state';

const numRuns = 200;
const STATUSES = ['unissued', 'open', 'settled', 'handed-over', 'written-off'];

const lastState = (scenario: Parameters<typeof run>[0]): InvoiceState =>
  run(scenario).at(-1)?.after ?? initialState;

describe('Invoice properties', () => {
  it('are tested on scenarios that reach every event and every status', () => {
    const steps = fc.sample(scenarioArb, { numRuns: 300, seed: 42 }).flatMap(run);
    const types = new Set<InvoiceEventType>(
      steps.flatMap((s) => s.events.map((e: InvoiceEvent) => e.type)),
    );
    const every = InvoiceEvent.types.map((codec) => codec.type.props.type.value);
    expect([...types].sort()).toStrictEqual([...every].sort());
    expect(new Set(steps.map((s) => s.after.status))).toStrictEqual(new Set(STATUSES));
  });

  it('keeps the money straight: outstanding = max(0, amount − paid − credited), the excess is a credit balance', () =>
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const { after } of run(scenario)) {
          if (after.status === 'unissued') continue;
          const net = after.amount.amount - after.paid.amount - after.credited.amount;
          expect(after.outstanding.amount).toBe(Math.max(0, net));
          expect(after.creditBalance.amount).toBe(Math.max(0, -net));
          for (const m of [after.paid, after.credited, after.outstanding, after.creditBalance]) {
            expect(m.currency).toBe(after.amount.currency);
          }
        }
      }),
      { numRuns },
    ));

  it('is settled exactly when nothing is owed, unless written off', () =>
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const { after } of run(scenario)) {
          if (after.status === 'unissued' || after.status === 'written-off') continue;
          expect(after.status === 'settled').toBe(after.outstanding.amount === 0);
        }
      }),
      { numRuns },
    ));

  it('sends each reminder level once, in ascending order, never on hold', () =>
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const { before, events } of run(scenario)) {
          if (events.some((e) => e.type === 'ReminderSent')) {
            expect(before).toMatchObject({
              status: 'open',
              hold: null,
              promise: null,
              arrangement: null,
            });
          }
        }
        const last = lastState(scenario);
        const levels = last.status === 'unissued' ? [] : last.remindersSent.map((r) => r.level);
        expect(levels).toStrictEqual([...levels].sort((a, b) => a - b));
        expect(new Set(levels).size).toBe(levels.length);
      }),
      { numRuns },
    ));

  it('folds any decided events, in any order and any subset, without throwing', () =>
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.integer(), { minLength: 64, maxLength: 64 }),
        (scenario, keys) => {
          const events = run(scenario).flatMap((step) => step.events);
          const shuffled = events
            .map((event, n) => ({ event, key: keys[n % keys.length] ?? 0 }))
            .filter(({ key }) => key % 5 !== 0)
            .sort((a, b) => a.key - b.key)
            .map(({ event }) => event);
          expect(STATUSES).toContain(events.reduce(evolve, initialState).status);
          expect(STATUSES).toContain(shuffled.reduce(evolve, initialState).status);
        },
      ),
      { numRuns },
    ));

  it('decides any command in any reachable state without throwing', () =>
    fc.assert(
      fc.property(
        scenarioArb,
        commandArb,
        fc.integer({ min: -400, max: 400 }),
        (scenario, command, shift) => {
          const state = lastState(scenario);
          const decision = decide(command(at(addDays(day('2026-03-01'), shift)), state), state);
          expect(['Left', 'Right']).toContain(decision._tag);
          if (decision._tag === 'Right') {
            expect(STATUSES).toContain(decision.right.reduce(evolve, state).status);
          }
        },
      ),
      { numRuns },
    ));
});
