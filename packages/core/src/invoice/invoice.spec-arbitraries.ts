import fc from 'fast-check';
import { addDays, CalendarDate } from '../shared/calendar-date';
import { businessDateOf, Instant } from '../shared/instant';
import { Money } from '../shared/money';
import { InvoiceCommand } from './invoice.commands';
import { decide } from './invoice.decide';
import { evolve, initialState } from './invoice.evolve';
import { InvoiceEvent } from './invoice.events';
import { cmd } from './invoice.spec-commands';
import { at, eur, installment, usd } from './invoice.spec-helpers';
import { InvoiceState } from './invoice.state';

/** A command to be decided at `now` against `state`, so it can aim at what is owed. */
export type CommandAt = (now: Instant, state: InvoiceState) => InvoiceCommand;

const START = at('2026-01-05');

/** Mostly euros, now and then another currency; mostly positive, now and then not. */
export const moneyArb: fc.Arbitrary<Money> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 20000 }).map(eur) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 0 }).map(eur) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20000 }).map(usd) },
);

const offset = (now: Instant, days: number): CalendarDate => addDays(businessDateOf(now), days);
const owedCents = (state: InvoiceState): number =>
  state.status === 'unissued' ? 1 : Math.max(1, state.outstanding.amount);

const dueByArb = fc.oneof(
  fc.integer({ min: -2, max: 60 }).map((paymentTermDays) => ({ paymentTermDays })),
  fc
    .integer({ min: -5, max: 60 })
    .map((days) => ({ dueDate: addDays(businessDateOf(START), days) })),
);

const installmentsOwed = (parts: number, firstIn: number, state: InvoiceState, now: Instant) => {
  const owed = owedCents(state);
  const count = Math.min(parts, owed);
  const each = Math.floor(owed / count);
  return Array.from({ length: count }, (_, n) =>
    installment(offset(now, firstIn + 30 * n), n === count - 1 ? owed - each * (count - 1) : each),
  );
};

export const commandArb: fc.Arbitrary<CommandAt> = fc.oneof(
  fc.record({ amount: moneyArb, dueBy: dueByArb }).map(
    ({ amount, dueBy }): CommandAt =>
      (now) =>
        cmd.issue(now, { amount, dueBy }),
  ),
  dueByArb.map(
    (dueBy): CommandAt =>
      (now) =>
        cmd.adjustTerms(now, dueBy),
  ),
  fc.integer({ min: -1, max: 6 }).map(
    (level): CommandAt =>
      (now) =>
        cmd.sendReminder(now, level),
  ),
  fc.constantFrom('dispute', 'awaiting-credit-note', 'clarification', 'other' as const).map(
    (reason): CommandAt =>
      (now) =>
        cmd.putOnHold(now, reason),
  ),
  fc.constant<CommandAt>((now) => cmd.releaseHold(now)),
  fc
    .record({
      inDays: fc.integer({ min: -2, max: 20 }),
      amount: fc.option(moneyArb, { nil: undefined }),
    })
    .map(
      ({ inDays, amount }): CommandAt =>
        (now) =>
          cmd.promise(now, offset(now, inDays), amount === undefined ? {} : { amount }),
    ),
  fc.constant<CommandAt>((now) => cmd.breakPromise(now)),
  fc.record({ amount: moneyArb, daysAgo: fc.integer({ min: -2, max: 20 }) }).map(
    ({ amount, daysAgo }): CommandAt =>
      (now) =>
        cmd.pay(now, amount, offset(now, -daysAgo)),
  ),
  fc.integer({ min: 0, max: 20 }).map(
    (daysAgo): CommandAt =>
      (now, state) =>
        cmd.pay(now, eur(owedCents(state)), offset(now, -daysAgo)),
  ),
  moneyArb.map(
    (amount): CommandAt =>
      (now) =>
        cmd.creditNote(now, amount),
  ),
  fc.constant<CommandAt>((now) => cmd.resend(now)),
  fc.constant<CommandAt>((now) => cmd.logContact(now)),
  fc
    .array(fc.record({ inDays: fc.integer({ min: -3, max: 90 }), amount: moneyArb }), {
      maxLength: 4,
    })
    .map(
      (plan): CommandAt =>
        (now) =>
          cmd.agree(
            now,
            ...plan.map((p) => ({ dueDate: offset(now, p.inDays), amount: p.amount })),
          ),
    ),
  fc
    .record({ parts: fc.integer({ min: 1, max: 4 }), firstIn: fc.integer({ min: 0, max: 10 }) })
    .map(
      ({ parts, firstIn }): CommandAt =>
        (now, state) =>
          cmd.agree(now, ...installmentsOwed(parts, firstIn, state, now)),
    ),
  fc.constant<CommandAt>((now) => cmd.defaultArrangement(now)),
  fc.constant<CommandAt>((now) => cmd.handOver(now)),
  fc.constant<CommandAt>((now) => cmd.writeOff(now)),
);

/** A life of an invoice: issued (most of the time), then commands days apart, the clock never going back. */
export const scenarioArb = fc.record({
  issue: fc.record({ amount: moneyArb, dueBy: dueByArb }),
  steps: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 9 }), command: commandArb }), {
    maxLength: 40,
  }),
});
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

export interface Step {
  readonly command: InvoiceCommand;
  readonly before: InvoiceState;
  readonly events: readonly InvoiceEvent[];
  readonly after: InvoiceState;
}

/** Runs a scenario through decide and evolve, skipping rejected commands. */
export const run = (scenario: Scenario): readonly Step[] => {
  const steps: Step[] = [];
  let state = initialState;
  const decideAt = (command: InvoiceCommand): void => {
    const decision = decide(command, state);
    const events = decision._tag === 'Right' ? decision.right : [];
    const after = events.reduce(evolve, state);
    steps.push({ command, before: state, events, after });
    state = after;
  };
  decideAt(cmd.issue(START, scenario.issue));
  let day = businessDateOf(START);
  for (const step of scenario.steps) {
    day = addDays(day, step.gap);
    decideAt(step.command(at(day), state));
  }
  return steps;
};
