import { categoryOf, DebtorKind, invoiceDecider, isInvoiceEvent } from '@debiteur/core';
import { decodeRecordedEvent, EventDecodeFailed, RecordedEvent } from '@debiteur/eventstore';
import { isLeft } from 'fp-ts/Either';
import { fateOf, InvoiceFacts, Observed, observe, SIMULATION_TAIL_DAYS } from './observed-fate';
import { profileFromReason, World, WorldDebtor, WorldInvoice } from './portfolio-world';

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

/** An event of the portfolio, which fails the run (one line, exit 1) when it does not decode. */
const decodedEvent = (recorded: RecordedEvent) => {
  const decoded = decodeRecordedEvent(recorded);
  if (isLeft(decoded)) {
    const { streamId, streamVersion, type } = recorded;
    throw new EventDecodeFailed(streamId, streamVersion, type, decoded.left);
  }
  return decoded.right;
};

const applyFacts = (facts: InvoiceFacts, recorded: RecordedEvent): void => {
  const event = decodedEvent(recorded).event;
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
 * Null when the file holds no invoice: there is nothing to simulate.
 */
export const worldFromPortfolio = async (
  events: AsyncIterable<RecordedEvent>,
  onEvent: () => void = () => undefined,
): Promise<World | null> => {
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
      const { event, metadata } = decodedEvent(recorded);
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
  if (start === undefined) return null;
  return {
    tenants: [...tenants].sort().map((tenantId) => ({ tenantId })),
    debtors: worldDebtors,
    invoices: worldInvoices,
    start,
    tailDays: SIMULATION_TAIL_DAYS,
  };
};
