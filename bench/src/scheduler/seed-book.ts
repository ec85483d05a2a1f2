import {
  addDays,
  CalendarDate,
  calendarDate,
  debtorId,
  DebtorState,
  DebiteurEvent,
  dutchDefaultPolicy,
  encodeEvent,
  evolveInvoice,
  initialInvoiceState,
  Instant,
  instantAt,
  invoiceId,
  InvoiceEvent,
  InvoiceState,
  isSchedulable,
  money,
  nextActionFor,
  NonEmptyText,
  tenantId,
  TenantId,
} from '@debiteur/core';
import { EventToAppend } from '@debiteur/eventstore';
import { randomUUID } from 'node:crypto';
import { PlacedEvent } from '../stores/bench-events';

type Checked<A> =
  { readonly _tag: 'Left'; readonly left: unknown } | { readonly _tag: 'Right'; readonly right: A };

/** Bench values go through the core's smart constructors; a bad one stops the run. */
export const valid = <A>(checked: Checked<A>): A => {
  if (checked._tag === 'Left')
    throw new Error(`invalid bench value: ${JSON.stringify(checked.left)}`);
  return checked.right;
};

export interface BookShape {
  /** Open invoices to end up with. */
  readonly openInvoices: number;
  readonly tenants: number;
  readonly debtorsPerTenant: number;
  /** Invoices are issued on days spread over this many days before `lastDay`. */
  readonly issueWindowDays: number;
  /** Every action due up to and including this business day was taken on its day. */
  readonly lastDay: CalendarDate;
}

export interface SeededBook {
  readonly events: readonly PlacedEvent[];
  readonly openInvoices: number;
  readonly closedInvoices: number;
  readonly onHold: number;
  readonly promised: number;
}

const TERMS = [14, 30, 30, 60] as const;

/** Deterministic pseudo-random numbers, so every run seeds the same book. */
const lcg = (seed: number) => {
  let state = seed >>> 0;
  return (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
};

const placed = (
  streamId: string,
  version: number,
  tenant: TenantId,
  event: DebiteurEvent,
  occurredAt: Instant,
  actor: string,
): PlacedEvent => {
  const { type, schemaVersion, data } = encodeEvent(event);
  const toAppend: EventToAppend = {
    eventId: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata: {
      tenantId: tenant,
      occurredAt,
      actor,
      reason: null,
      correlationId: randomUUID(),
      causationId: null,
    },
  };
  return { streamId, streamVersion: version, event: toAppend };
};

/**
 * A credit-control book as the store would hold it after months of daily passes: several
 * tenants on the Dutch default policy, debtors (one in ten a consumer), and invoices issued
 * over `issueWindowDays` on 14, 30 or 60 days, each with every ladder action that fell due
 * up to `lastDay` taken on its day (computed with the core's `nextAction`, as the saga would
 * have). One in 25 invoices is on hold, one in 50 has a promise around `lastDay`. Invoices
 * handed over along the way are not counted as open; issuing goes on until `openInvoices`
 * are open.
 */
export const seedBook = (shape: BookShape): SeededBook => {
  const random = lcg(20260323);
  const events: PlacedEvent[] = [];
  const tenants = Array.from({ length: shape.tenants }, (_, t) => valid(tenantId(`tenant-${t}`)));
  const debtors = new Map<string, DebtorState>();
  const registeredOn = instantAt(addDays(shape.lastDay, -shape.issueWindowDays - 30), 9);
  for (const tenant of tenants) {
    for (let d = 0; d < shape.debtorsPerTenant; d += 1) {
      const id = valid(debtorId(`debtor-${d}`));
      const kind = d % 10 === 0 ? 'consumer' : 'business';
      const name = valid(NonEmptyText.decode(`Debtor ${d}`));
      const streamId = `debtor:${tenant}:${id}`;
      events.push(
        placed(
          streamId,
          1,
          tenant,
          { type: 'DebtorRegistered', data: { debtorId: id, name, kind } },
          registeredOn,
          'import',
        ),
      );
      debtors.set(streamId, {
        status: 'registered',
        debtorId: id,
        name,
        kind,
        contactPerson: null,
        email: null,
        phone: null,
        companySize: null,
        paymentTermDays: null,
        reminderOffsetDays: null,
      });
    }
  }
  let open = 0;
  let closed = 0;
  let onHold = 0;
  let promised = 0;
  for (let n = 0; open < shape.openInvoices; n += 1) {
    const tenant = tenants[n % tenants.length] as TenantId;
    const debtorIndex = Math.floor(random() * shape.debtorsPerTenant);
    const debtorStream = `debtor:${tenant}:debtor-${debtorIndex}`;
    const issueDate = addDays(shape.lastDay, -Math.floor(random() * shape.issueWindowDays));
    const term = TERMS[Math.floor(random() * TERMS.length)] ?? 30;
    const id = valid(invoiceId(`INV-${String(n).padStart(7, '0')}`));
    const streamId = `invoice:${tenant}:${id}`;
    const history: [InvoiceEvent, Instant, string][] = [
      [
        {
          type: 'Issued',
          data: {
            invoiceId: id,
            debtorId: valid(debtorId(`debtor-${debtorIndex}`)),
            number: valid(NonEmptyText.decode(id)),
            issueDate,
            dueDate: addDays(issueDate, term),
            paymentTermDays: term,
            amount: valid(money(10_000 + Math.floor(random() * 500_000), 'EUR')),
            description: 'Leveringen en diensten',
          },
        },
        instantAt(issueDate, 10),
        'accounting-sync',
      ],
    ];
    let state: InvoiceState = evolveInvoice(initialInvoiceState, history[0]![0]);
    const roll = random();
    const context = {
      debtor: debtors.get(debtorStream) ?? null,
      policy: dutchDefaultPolicy,
      behaviour: null,
    };
    for (let step = 0; step < 8; step += 1) {
      const action = nextActionFor(state, context, instantAt(shape.lastDay, 17));
      if (!isSchedulable(action) || !action.isDue) break;
      const on = action.dueOn;
      const event: InvoiceEvent =
        action._tag === 'SendReminder'
          ? {
              type: 'ReminderSent',
              data: { level: action.level, kind: action.kind, channel: action.channel, sentOn: on },
            }
          : action._tag === 'HandOver'
            ? {
                type: 'HandedOverToCollection',
                data: {
                  handedOverOn: on,
                  outstanding: state.status === 'open' ? state.outstanding : valid(money(0, 'EUR')),
                },
              }
            : action._tag === 'BreakPromise'
              ? {
                  type: 'PromiseBroken',
                  data: { promisedDate: action.promisedDate, detectedOn: on },
                }
              : {
                  type: 'ArrangementDefaulted',
                  data: { missedDueDate: action.missedDueDate, detectedOn: on },
                };
      history.push([event, instantAt(on, 9), 'scheduler']);
      state = evolveInvoice(state, event);
    }
    if (state.status === 'open' && roll < 0.04) {
      const since = addDays(shape.lastDay, -3);
      const event: InvoiceEvent = { type: 'PutOnHold', data: { reason: 'dispute', since } };
      if (since > issueDate) {
        history.push([event, instantAt(since, 14), 'collector']);
        state = evolveInvoice(state, event);
        onHold += 1;
      }
    } else if (state.status === 'open' && roll < 0.06) {
      const promisedDate = addDays(shape.lastDay, -6 + Math.floor(random() * 10));
      const promisedOn = addDays(promisedDate, -3);
      if (promisedOn > issueDate) {
        const event: InvoiceEvent = { type: 'PaymentPromised', data: { promisedDate, promisedOn } };
        history.push([event, instantAt(promisedOn, 14), 'collector']);
        state = evolveInvoice(state, event);
        promised += 1;
      }
    }
    history.forEach(([event, at, actor], i) =>
      events.push(placed(streamId, i + 1, tenant, event, at, actor)),
    );
    if (state.status === 'open') open += 1;
    else closed += 1;
  }
  return { events, openInvoices: open, closedInvoices: closed, onHold, promised };
};

export const dateOf = (iso: string): CalendarDate => valid(calendarDate(iso));
