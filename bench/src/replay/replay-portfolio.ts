import { addDays, CalendarDate, DebiteurEvent, encodeEvent } from '@debiteur/core';
import { EventToAppend } from '@debiteur/eventstore';
import { randomUUID } from 'node:crypto';
import { PlacedEvent } from '../stores/bench-events';

/** How debtors pay: the mix a credit-control team sees across its clients' ledgers. */
type Profile = 'punctual' | 'late' | 'erratic' | 'disputing' | 'defaulting';
const PROFILES: readonly Profile[] = [
  'punctual',
  'punctual',
  'punctual',
  'late',
  'late',
  'erratic',
  'disputing',
  'defaulting',
];

export interface PortfolioShape {
  readonly events: number;
  readonly tenants: number;
  readonly debtorsPerTenant: number;
  /** Invoices are issued over this many days from `firstDay`. */
  readonly days: number;
  readonly firstDay: CalendarDate;
}

export const MILLION_EVENTS: PortfolioShape = {
  events: 1_000_000,
  tenants: 40,
  debtorsPerTenant: 250,
  days: 1_000,
  firstDay: '2024-01-02' as CalendarDate,
};

/** mulberry32: a small deterministic PRNG, so every run seeds the same portfolio. */
const prng = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

interface Dated {
  readonly day: CalendarDate;
  readonly event: DebiteurEvent;
  readonly actor: string;
}

const tenantOf = (t: number) => `client-${String(t).padStart(3, '0')}`;
const debtorOf = (d: number) => `debtor-${String(d).padStart(4, '0')}`;

const placed = (
  tenantId: string,
  streamId: string,
  version: number,
  { day, event, actor }: Dated,
): PlacedEvent => {
  const { type, schemaVersion, data } = encodeEvent(event);
  const toAppend: EventToAppend = {
    eventId: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata: {
      tenantId,
      occurredAt: `${day}T10:00:00+01:00`,
      actor,
      reason: null,
      correlationId: `${streamId}:${version}`,
      causationId: null,
    },
  };
  return { streamId, streamVersion: version, event: toAppend };
};

/** One invoice's history by its debtor's profile: issued, reminded, promised, paid… */
const invoiceHistory = (
  random: () => number,
  profile: Profile,
  invoiceId: string,
  debtorId: string,
  issueDate: CalendarDate,
): Dated[] => {
  const term = random() < 0.2 ? 30 : 14;
  const dueDate = addDays(issueDate, term);
  const cents = 5_000 + Math.floor(random() * 500_000);
  const amount = { amount: cents, currency: 'EUR' };
  const events: Dated[] = [];
  const at = (offset: number, event: unknown, actor = 'collector:anna') =>
    events.push({ day: addDays(issueDate, offset), event: event as DebiteurEvent, actor });
  at(
    0,
    {
      type: 'Issued',
      data: {
        invoiceId,
        debtorId,
        number: invoiceId,
        issueDate,
        dueDate,
        paymentTermDays: term,
        amount,
        description: 'Maintenance and parts',
      },
    },
    'import',
  );
  const remind = (offset: number, level: number) =>
    at(
      offset,
      {
        type: 'ReminderSent',
        data: {
          level,
          kind: level === 1 ? 'reminder' : level === 2 ? 'demand' : 'final-notice',
          channel: level === 3 ? 'post' : 'email',
          sentOn: addDays(issueDate, offset),
        },
      },
      'scheduler',
    );
  const pay = (offset: number, part: number) =>
    at(offset, {
      type: 'Paid',
      data: { amount: { amount: part, currency: 'EUR' }, paidOn: addDays(issueDate, offset) },
    });
  switch (profile) {
    case 'punctual':
      pay(term - 3 + Math.floor(random() * 5), cents);
      break;
    case 'late': {
      remind(term + 7, 1);
      const promised = addDays(issueDate, term + 14);
      at(term + 9, {
        type: 'PaymentPromised',
        data: { promisedDate: promised, promisedOn: addDays(issueDate, term + 9) },
      });
      pay(term + 12, cents);
      at(term + 12, {
        type: 'PromiseKept',
        data: { promisedDate: promised, keptOn: addDays(issueDate, term + 12) },
      });
      break;
    }
    case 'erratic': {
      const late = Math.floor(random() * 40);
      if (late > 7) remind(term + 7, 1);
      if (late > 21) remind(term + 21, 2);
      const half = Math.floor(cents / 2);
      pay(term + late - 5, half);
      pay(term + late, cents - half);
      break;
    }
    case 'disputing': {
      at(term + 2, {
        type: 'PutOnHold',
        data: { reason: 'dispute', since: addDays(issueDate, term + 2) },
      });
      at(term + 10, {
        type: 'ContactLogged',
        data: { channel: 'phone', outcome: 'reached', contactedOn: addDays(issueDate, term + 10) },
      });
      const credit = Math.floor(cents / 5);
      at(term + 20, {
        type: 'CreditNoteApplied',
        data: {
          number: `C-${invoiceId}`,
          amount: { amount: credit, currency: 'EUR' },
          appliedOn: addDays(issueDate, term + 20),
        },
      });
      at(term + 20, { type: 'HoldReleased', data: { releasedOn: addDays(issueDate, term + 20) } });
      pay(term + 30, cents - credit);
      break;
    }
    case 'defaulting': {
      remind(term + 7, 1);
      remind(term + 21, 2);
      const promised = addDays(issueDate, term + 30);
      at(term + 24, {
        type: 'PaymentPromised',
        data: { promisedDate: promised, promisedOn: addDays(issueDate, term + 24) },
      });
      at(
        term + 33,
        {
          type: 'PromiseBroken',
          data: { promisedDate: promised, detectedOn: addDays(issueDate, term + 33) },
        },
        'scheduler',
      );
      remind(term + 35, 3);
      if (random() < 0.5) pay(term + 50, Math.floor(cents / 3));
      break;
    }
  }
  return events;
};

const CHUNK_INVOICES = 2_000;

/**
 * A realistic portfolio of about `shape.events` events, lazily, in roughly the order a
 * store would have recorded them: every debtor registered first, then invoices in issue
 * order, each chunk of invoices' events sorted by the day they happened. Every event is
 * encoded with the core's codecs, so it decodes as the service's own events do.
 */
export function* portfolioEvents(shape: PortfolioShape, seed = 42): Generator<PlacedEvent> {
  const random = prng(seed);
  const profiles: Profile[][] = [];
  let count = 0;
  for (let t = 0; t < shape.tenants; t += 1) {
    const tenantId = tenantOf(t);
    const row: Profile[] = [];
    for (let d = 0; d < shape.debtorsPerTenant; d += 1) {
      row.push(PROFILES[Math.floor(random() * PROFILES.length)] ?? 'punctual');
      const debtorId = debtorOf(d);
      count += 1;
      yield placed(tenantId, `debtor:${tenantId}:${debtorId}`, 1, {
        day: shape.firstDay,
        event: {
          type: 'DebtorRegistered',
          data: {
            debtorId,
            name: `Debtor ${d} of ${tenantId}`,
            kind: 'business',
            email: `${debtorId}@example.nl`,
          },
        } as unknown as DebiteurEvent,
        actor: 'onboarding',
      });
    }
    profiles.push(row);
  }
  let invoice = 0;
  while (count < shape.events) {
    const chunk: { key: string; placed: PlacedEvent }[] = [];
    for (let i = 0; i < CHUNK_INVOICES && count < shape.events; i += 1, invoice += 1) {
      const t = Math.floor(random() * shape.tenants);
      const d = Math.floor(random() * shape.debtorsPerTenant);
      const tenantId = tenantOf(t);
      const invoiceId = `INV-${String(invoice).padStart(7, '0')}`;
      const issueDate = addDays(
        shape.firstDay,
        Math.floor((invoice * shape.days) / (shape.events / 5)),
      );
      const history = invoiceHistory(
        random,
        profiles[t]?.[d] ?? 'punctual',
        invoiceId,
        debtorOf(d),
        issueDate,
      );
      const streamId = `invoice:${tenantId}:${invoiceId}`;
      // Stream order is day order (a stable sort keeps same-day events as written).
      history.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
      history.slice(0, shape.events - count).forEach((dated, k) => {
        chunk.push({ key: dated.day, placed: placed(tenantId, streamId, k + 1, dated) });
        count += 1;
      });
    }
    chunk.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { placed: p } of chunk) yield p;
  }
}
