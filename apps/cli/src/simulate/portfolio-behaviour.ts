import {
  CalendarDate,
  categoryOf,
  daysBetween,
  DebtorKind,
  HoldReason,
  invoiceDecider,
  InvoiceState,
  isInvoiceEvent,
} from '@debiteur/core';
import { decodeRecordedEvent, RecordedEvent } from '@debiteur/eventstore';
import { isLeft } from 'fp-ts/Either';
import { NEEDLESS_WITHIN_DAYS } from './simulation-measures';
import {
  HoldFate,
  InvoiceFate,
  profileFromReason,
  World,
  WorldDebtor,
  WorldInvoice,
} from './portfolio-world';

/** What the portfolio file tells of one invoice. */
interface InvoiceFacts {
  readonly tenantId: string;
  state: InvoiceState;
  reminders: { readonly level: number; readonly sentOn: CalendarDate }[];
  hold: {
    reason: HoldReason;
    since: CalendarDate;
    until: CalendarDate | null;
    credited: number;
  } | null;
  promise: { promisedOn: CalendarDate; promisedDate: CalendarDate; kept: boolean } | null;
}

/** Days the simulation goes on after the last invoice is issued. */
export const SIMULATION_TAIL_DAYS = 150;

/** The lower median; null for no values. */
const medianOf = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
};

/**
 * A debtor's reaction lag (days from a reminder to payment) is the median over his invoices
 * paid only after a reminder, else the whole portfolio's, else a week.
 */
const FALLBACK_REACT_LAG = 7;

interface Observed {
  readonly facts: InvoiceFacts;
  readonly issueDate: CalendarDate;
  readonly settledDay: number | null;
  readonly paid: boolean;
  /** The last reminder before settlement, when one came before it. */
  readonly prompt: { readonly level: number; readonly lag: number } | null;
}

/**
 * The reminder that moved the debtor to pay. A payment within 3 days of the last reminder
 * is taken as made of his own accord, as the needless-reminder measure takes it: the
 * transfer was on its way. Null when no reminder moved him.
 */
const promptOf = (
  last: { readonly level: number; readonly sentOn: CalendarDate } | undefined,
  settledOn: CalendarDate | null,
): Observed['prompt'] => {
  if (last === undefined || settledOn === null) return null;
  const lag = daysBetween(last.sentOn, settledOn);
  return lag <= NEEDLESS_WITHIN_DAYS ? null : { level: last.level, lag };
};

const observe = (facts: InvoiceFacts): Observed | null => {
  const s = facts.state;
  if (s.status === 'unissued') return null;
  const settledOn = s.status === 'settled' ? s.settledOn : null;
  const settledDay = settledOn === null ? null : daysBetween(s.issueDate, settledOn);
  const before = settledOn === null ? [] : facts.reminders.filter((r) => r.sentOn <= settledOn);
  const last = before.at(-1);
  return {
    facts,
    issueDate: s.issueDate,
    settledDay,
    paid: s.paid.amount > 0,
    prompt: promptOf(last, settledOn),
  };
};

/**
 * A hold lasts until its release; one never released ends with the settlement it saw (the
 * debtor paid while on hold: the dispute was over), and only one still open when the file
 * ends lasts the rest of the simulation.
 */
const holdFate = (o: Observed): HoldFate | null => {
  const hold = o.facts.hold;
  if (hold === null) return null;
  const state = o.facts.state;
  const end = hold.until ?? (state.status === 'settled' ? state.settledOn : null);
  return {
    reason: hold.reason,
    onDay: Math.max(0, daysBetween(o.issueDate, hold.since)),
    days: end === null ? SIMULATION_TAIL_DAYS : Math.max(1, daysBetween(hold.since, end)),
    creditNote: hold.credited > 0 ? hold.credited : null,
  };
};

/**
 * How a debtor behaves on one invoice under another policy, read from what he did in the
 * portfolio. A reliably-late payer (by his profile) pays on the day he paid, whatever the
 * reminders. Anyone else: an invoice he paid before any reminder (or within 3 days of one,
 * see `promptOf`) is paid on that day again; one he paid only after a reminder is paid the
 * same number of days after the reminder of
 * the same level; one he never paid is never paid. A debtor who paid unprompted is still
 * moved by an earlier reminder, after his usual reaction lag. Holds, credit notes and
 * promises (their length and whether kept) are replayed as they were.
 */
export const fateOf = (o: Observed, reliablyLate: boolean, debtorLag: number): InvoiceFate => {
  const promise = o.facts.promise;
  const common = {
    hold: holdFate(o),
    promise:
      promise === null
        ? null
        : {
            lagDays: Math.max(0, daysBetween(promise.promisedOn, promise.promisedDate)),
            kept: promise.kept,
          },
  };
  const paidDay = o.paid ? o.settledDay : null;
  if (reliablyLate) return { ...common, naturalPayDay: paidDay, reactLag: null, reactFromLevel: 1 };
  if (paidDay === null)
    return { ...common, naturalPayDay: null, reactLag: null, reactFromLevel: 1 };
  if (o.prompt === null || promise !== null) {
    return { ...common, naturalPayDay: paidDay, reactLag: debtorLag, reactFromLevel: 1 };
  }
  return { ...common, naturalPayDay: null, reactLag: o.prompt.lag, reactFromLevel: o.prompt.level };
};

const applyFacts = (facts: InvoiceFacts, recorded: RecordedEvent): void => {
  const decoded = decodeRecordedEvent(recorded);
  if (isLeft(decoded)) {
    throw new Error(`${recorded.streamId}@${recorded.streamVersion}: ${decoded.left._tag}`);
  }
  const event = decoded.right.event;
  switch (event.type) {
    case 'ReminderSent':
      facts.reminders.push({ level: event.data.level, sentOn: event.data.sentOn });
      break;
    case 'PutOnHold':
      facts.hold ??= {
        reason: event.data.reason,
        since: event.data.since,
        until: null,
        credited: 0,
      };
      break;
    case 'HoldReleased':
      if (facts.hold !== null && facts.hold.until === null)
        facts.hold.until = event.data.releasedOn;
      break;
    case 'CreditNoteApplied':
      if (facts.hold !== null && facts.hold.until === null)
        facts.hold.credited += event.data.amount.amount;
      break;
    case 'PaymentPromised':
      facts.promise ??= {
        promisedOn: event.data.promisedOn,
        promisedDate: event.data.promisedDate,
        kept: false,
      };
      break;
    case 'PromiseKept':
      if (facts.promise !== null) facts.promise.kept = true;
      break;
    default:
      break;
  }
  if (isInvoiceEvent(event)) facts.state = invoiceDecider.evolve(facts.state, event);
};

/**
 * The world a portfolio file describes: its tenants, debtors (kind, agreed term, profile when
 * the file names it) and invoices (issue date, term, amount), each invoice with the fate read
 * from what happened to it in the file (see `fateOf`). Streams of other categories are skipped.
 */
export const worldFromPortfolio = async (
  events: AsyncIterable<RecordedEvent>,
  onEvent: () => void = () => undefined,
): Promise<World> => {
  const tenants = new Set<string>();
  const debtors = new Map<
    string,
    {
      tenantId: string;
      debtorId: string;
      name: string;
      kind: DebtorKind;
      reason: string | null;
      term: number | null;
    }
  >();
  const invoices = new Map<string, InvoiceFacts>();
  for await (const recorded of events) {
    onEvent();
    const category = categoryOf(recorded.streamId);
    if (category === 'invoice') {
      const facts = invoices.get(recorded.streamId) ?? {
        tenantId: recorded.metadata.tenantId,
        state: invoiceDecider.initialState,
        reminders: [],
        hold: null,
        promise: null,
      };
      invoices.set(recorded.streamId, facts);
      applyFacts(facts, recorded);
    } else if (category === 'debtor') {
      const decoded = decodeRecordedEvent(recorded);
      if (isLeft(decoded))
        throw new Error(`${recorded.streamId}@${recorded.streamVersion}: ${decoded.left._tag}`);
      const { event, metadata } = decoded.right;
      tenants.add(metadata.tenantId);
      if (event.type === 'DebtorRegistered') {
        debtors.set(`${metadata.tenantId}/${event.data.debtorId}`, {
          tenantId: metadata.tenantId,
          debtorId: event.data.debtorId,
          name: event.data.name,
          kind: event.data.kind,
          reason: metadata.reason,
          term: null,
        });
      } else if (event.type === 'PaymentTermAgreed') {
        const id = recorded.streamId.split(':').slice(2).join(':');
        const known = debtors.get(`${metadata.tenantId}/${id}`);
        if (known !== undefined) known.term = event.data.paymentTermDays;
      }
    } else if (category === 'tenant') {
      tenants.add(recorded.metadata.tenantId);
    }
  }
  const observed = [...invoices.values()].map(observe).filter((o): o is Observed => o !== null);
  const lagsOf = new Map<string, number[]>();
  for (const o of observed) {
    if (o.prompt === null || !o.paid || o.facts.promise !== null) continue;
    const key = `${o.facts.tenantId}/${o.facts.state.status === 'unissued' ? '' : o.facts.state.debtorId}`;
    lagsOf.set(key, [...(lagsOf.get(key) ?? []), o.prompt.lag]);
  }
  const portfolioLag = medianOf([...lagsOf.values()].flat()) ?? FALLBACK_REACT_LAG;
  const worldDebtors: WorldDebtor[] = [...debtors.values()].map((d) => ({
    tenantId: d.tenantId,
    debtorId: d.debtorId,
    name: d.name,
    kind: d.kind,
    profile: profileFromReason(d.reason),
    paymentTermDays: d.term,
  }));
  const profileOf = new Map(worldDebtors.map((d) => [`${d.tenantId}/${d.debtorId}`, d.profile]));
  const worldInvoices: WorldInvoice[] = [];
  for (const o of observed) {
    const s = o.facts.state;
    if (s.status === 'unissued') continue;
    const key = `${o.facts.tenantId}/${s.debtorId}`;
    if (!debtors.has(key)) {
      // An invoice of a debtor the file never registered: known from the invoice alone.
      debtors.set(key, {
        tenantId: o.facts.tenantId,
        debtorId: s.debtorId,
        name: s.debtorId,
        kind: 'business',
        reason: null,
        term: null,
      });
      worldDebtors.push({
        tenantId: o.facts.tenantId,
        debtorId: s.debtorId,
        name: s.debtorId,
        kind: 'business',
        profile: null,
        paymentTermDays: null,
      });
    }
    const lag = medianOf(lagsOf.get(key) ?? []) ?? portfolioLag;
    worldInvoices.push({
      tenantId: o.facts.tenantId,
      invoiceId: s.invoiceId,
      debtorId: s.debtorId,
      number: s.number,
      issueDate: s.issueDate,
      termDays: s.paymentTermDays,
      amount: s.amount.amount,
      fate: fateOf(o, profileOf.get(key) === 'reliably-late', lag),
    });
  }
  worldInvoices.sort((a, b) =>
    a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0,
  );
  const start = worldInvoices[0]?.issueDate;
  if (start === undefined) throw new Error('the portfolio holds no invoices');
  return {
    tenants: [...tenants].sort().map((tenantId) => ({ tenantId })),
    debtors: worldDebtors,
    invoices: worldInvoices,
    start,
    tailDays: SIMULATION_TAIL_DAYS,
  };
};
