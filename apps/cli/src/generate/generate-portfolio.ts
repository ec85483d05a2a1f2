import { addDays, CalendarDate, encodeEvent, ReminderPolicy } from '@debiteur/core';
import { RecordedEvent } from '@debiteur/eventstore';
import { PlayedEvent, playWorld } from '../simulate/portfolio-engine';
import { profileReason, World, WorldDebtor, WorldInvoice } from '../simulate/portfolio-world';
import { SeededRandom } from '../simulate/seeded-random';
import { drawFate, drawProfile, drawTraits } from './debtor-profiles';

export interface GenerateOptions {
  readonly tenants: number;
  readonly debtors: number;
  readonly invoices: number;
  readonly seed: number;
  /** The first day of the period; invoices are issued over `periodDays` from it. */
  readonly start: CalendarDate;
  readonly periodDays: number;
}

/**
 * The policy the generated history runs under: a 14-day term, the first reminder one day
 * after due (day 15), a demand letter at 14, a final notice at 28 and the hand-over at 49
 * days after due; fixed timing.
 */
export const GENERATOR_POLICY: ReminderPolicy = {
  defaultPaymentTermDays: 14,
  adaptive: false,
  promiseGraceDays: 3,
  ladder: [
    { level: 1, kind: 'reminder', afterDueDays: 1, channel: 'email' },
    { level: 2, kind: 'demand', afterDueDays: 14, channel: 'post' },
    { level: 3, kind: 'final-notice', afterDueDays: 28, channel: 'post' },
    { level: 4, kind: 'hand-over', afterDueDays: 49, channel: 'post' },
  ],
};

/** Days the loop goes on after the last invoice, enough for the whole ladder to run. */
const TAIL_DAYS = 120;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Who owes what and how each debtor behaves, drawn from the seed. */
export const generateWorld = (options: GenerateOptions): World => {
  const random = new SeededRandom(options.seed);
  const tenants = Array.from({ length: options.tenants }, (_, i) => ({
    tenantId: `tenant-${pad(i + 1, 3)}`,
  }));
  const debtors: WorldDebtor[] = [];
  const invoices: WorldInvoice[] = [];
  const dates: CalendarDate[] = [options.start];
  for (let i = 1; i < options.periodDays; i += 1)
    dates.push(addDays(dates[i - 1] ?? options.start, 1));
  const perDebtor = Math.floor(options.invoices / options.debtors);
  const extra = options.invoices % options.debtors;
  for (let d = 0; d < options.debtors; d += 1) {
    const tenant = tenants[d % tenants.length];
    if (tenant === undefined) throw new Error('at least one tenant is needed');
    const profile = drawProfile(random);
    const traits = drawTraits(profile, random);
    const kind = random.chance(0.75) ? 'business' : 'consumer';
    const paymentTermDays = kind === 'business' && random.chance(0.1) ? 30 : null;
    const debtorId = `D${pad(d + 1, 6)}`;
    debtors.push({
      tenantId: tenant.tenantId,
      debtorId,
      name: `${kind === 'business' ? 'Company' : 'Customer'} ${d + 1}`,
      kind,
      profile,
      paymentTermDays,
    });
    const count = perDebtor + (d < extra ? 1 : 0);
    const days = Array.from({ length: count }, () => random.int(0, options.periodDays - 1)).sort(
      (a, b) => a - b,
    );
    days.forEach((issueDay, i) => {
      const amount = random.int(50, 5000) * 100 + random.int(0, 99);
      const term = paymentTermDays ?? GENERATOR_POLICY.defaultPaymentTermDays;
      invoices.push({
        tenantId: tenant.tenantId,
        invoiceId: `${debtorId}-${pad(i + 1, 4)}`,
        debtorId,
        number: `INV-${debtorId}-${pad(i + 1, 4)}`,
        issueDate: dates[issueDay] ?? options.start,
        termDays: null,
        amount,
        fate: drawFate(traits, term, amount, random),
      });
    });
  }
  // ISO dates order as strings; the sort is stable, so debtor order stays within a day.
  invoices.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0));
  return { tenants, debtors, invoices, start: options.start, tailDays: TAIL_DAYS };
};

/**
 * Recorded-event form of a played event. Ids and positions are deterministic (seed and
 * sequence number); `recordedAt` is the business instant of the day plus one millisecond per
 * event, so the file orders by it and the same seed gives the same bytes.
 */
export const toRecordedEvents = function* (
  played: Iterable<PlayedEvent>,
  seed: number,
): Generator<RecordedEvent> {
  let sequence = 0;
  let currentDay = -1;
  let withinDay = 0;
  for (const p of played) {
    sequence += 1;
    if (p.day !== currentDay) {
      currentDay = p.day;
      withinDay = 0;
    }
    withinDay += 1;
    const { type, schemaVersion, data } = encodeEvent(p.event);
    yield {
      eventId: `gen-${seed}-${pad(sequence, 9)}`,
      streamId: p.streamId,
      streamVersion: p.streamVersion,
      type,
      schemaVersion,
      data,
      metadata: {
        tenantId: p.tenantId,
        occurredAt: p.now,
        actor: p.actor,
        reason: p.reason,
        correlationId: `gen-${seed}-${p.streamId}`,
        causationId: null,
      },
      recordedAt: recordedAtOf(p.now, withinDay),
      globalPosition: String(sequence),
    };
  }
};

/** `2025-03-04T10:00:00+01:00` plus `ms` milliseconds, written with the same offset. */
export const recordedAtOf = (now: string, ms: number): string => {
  const match = /^(.*T)(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})$/.exec(now);
  if (match === null) throw new Error(`unexpected instant ${now}`);
  const [, datePart, h, m, s, offset] = match;
  const total = (Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000 + ms;
  const clock = [
    pad(Math.floor(total / 3600000), 2),
    pad(Math.floor(total / 60000) % 60, 2),
    pad(Math.floor(total / 1000) % 60, 2),
  ].join(':');
  return `${datePart ?? ''}${clock}.${pad(total % 1000, 3)}${offset ?? ''}`;
};

/** The whole generated portfolio as recorded events, in global order. */
export const generatePortfolio = (options: GenerateOptions): Iterable<RecordedEvent> => {
  const world = generateWorld(options);
  return toRecordedEvents(
    playWorld(world, GENERATOR_POLICY, (debtor) =>
      debtor.profile === null ? null : profileReason(debtor.profile),
    ),
    options.seed,
  );
};
