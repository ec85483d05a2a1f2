import {
  DebtorId,
  debtorStreamId,
  businessDateOf,
  Instant,
  InvoiceCommand,
  InvoiceError,
  InvoiceId,
  invoiceStreamId,
  IssuedInvoice,
  minusSameCurrency,
  Money,
  TenantId,
} from '@debiteur/core';
import { EventStore, ExpectedVersionConflict } from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';
import {
  InvoiceResult,
  RequestContext,
  runDebtorCommand,
  runInvoiceCommand,
} from '@debiteur/application';
import { caseVariantInStore, numbersByFoldedCase } from './case-variant-numbers';
import { OpenItem, ParsedOpenItems, RejectedRow, RowProblem, WarnedRow } from './open-items.types';
import { freeInvoiceIdForNumber, syncEventIds } from './sync-event-ids';
import { invoiceForRow } from './invoice-for-row';
import { issueDateDiffers } from './issue-date-differs';
import { invoiceStreamsHeld, KnownInvoice, TenantInvoices } from './tenant-invoices';
import { VanishedNotOpen, vanishedInvoices, vanishedNotOpen } from './vanished-invoices';

/** Who the sync's events are by and why: the operations contract's actor and reason. */
export const SYNC_ACTOR = 'accounting-sync';
export const SYNC_REASON = 'accounting sync';

export type SyncAction = 'issued' | 'adjusted' | 'paid' | 'settled';

export interface SyncCounts {
  readonly issued: number;
  readonly adjusted: number;
  readonly paid: number;
  readonly settled: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly debtorsRegistered: number;
}

/** A vanished invoice the sync tried to settle and could not. */
export interface UnsettledInvoice {
  readonly invoiceNumber: string;
  /** Which invoice with that number: several can carry one. */
  readonly invoiceId: InvoiceId;
  readonly problem: RowProblem;
}

export interface SyncOutcome {
  readonly counts: SyncCounts;
  readonly rejected: readonly RejectedRow[];
  /** Rows applied that deserve a look; they do not count as rejected. */
  readonly warnings: readonly WarnedRow[];
  readonly unsettled: readonly UnsettledInvoice[];
  /** Invoices a complete file lacks that are handed over in Debiteur, so not settled. */
  readonly vanishedNotOpen: readonly VanishedNotOpen[];
  /** True when the file was incomplete, so invoices missing from it were left open. */
  readonly vanishedSkipped: boolean;
}

export interface SyncRun {
  readonly events: EventStore;
  readonly tenant: TenantId;
  readonly now: Instant;
  readonly correlationId: string;
  /** Called after each row, for the progress bar. */
  readonly onRow?: () => void;
}

interface RowResult {
  readonly actions: readonly SyncAction[];
  readonly problem: RowProblem | null;
}

/** A command the sync did not record, because the domain refused it or the invoice moved on. */
interface NotRecorded {
  readonly _tag: 'NotRecorded';
  readonly problem: RowProblem;
}

const rejectedBy = (command: string, error: { readonly _tag: string }): RowProblem => ({
  _tag: 'CommandRejected',
  command,
  error: error._tag,
});

/** Why a command's result recorded nothing, as a row problem. */
const problemOf = (
  command: string,
  result: Exclude<InvoiceResult, { _tag: 'Accepted' }> | NotRecorded,
): RowProblem =>
  result._tag === 'NotRecorded' ? result.problem : rejectedBy(command, result.error);

/**
 * New terms the domain refused, as a row problem. Terms and payment are separate facts of a
 * row: the money the open amount says came in is recorded whether or not the terms are.
 */
const termsRefused = (error: InvoiceError): RowProblem =>
  error._tag === 'InvalidTerms' && error.dueDate !== null
    ? { _tag: 'DueBeforeIssueDateHeld', dueDate: error.dueDate, issueDateHeld: error.issueDate }
    : rejectedBy('AdjustTerms', error);

const termsDiffer = (state: IssuedInvoice, item: OpenItem): boolean =>
  'dueDate' in item.dueBy
    ? item.dueBy.dueDate !== state.dueDate
    : item.dueBy.paymentTermDays !== state.paymentTermDays;

/**
 * Applies an open-items list to the store, row by row, as the accounting package's view of
 * the tenant's books: new invoices are issued with their own dates, under an id no other
 * invoice holds (their debtor registered when unknown), known ones get what changed — new
 * terms, a payment for what the open amount dropped, also when the terms are refused — and
 * open invoices missing from a complete file are paid in full (handed-over ones are listed
 * instead). A row whose number several invoices still being collected carry is refused, for
 * it could be any of them; closed ones with the number are left out. Everything is compared
 * with the current state first, so the same file twice records nothing.
 */
export const applyOpenItems = async (
  run: SyncRun,
  parsed: ParsedOpenItems,
  known: TenantInvoices,
): Promise<SyncOutcome> => {
  const context: RequestContext = {
    tenantId: run.tenant,
    actor: SYNC_ACTOR,
    reason: SYNC_REASON,
    correlationId: run.correlationId,
    causationId: null,
  };
  const today = businessDateOf(run.now);
  const knownDebtors = new Set<DebtorId>();
  let debtorsRegistered = 0;

  /**
   * Runs a command against the version of the invoice the sync decided from (its amounts come
   * from that state): if anyone recorded something on the invoice since, nothing is recorded
   * and the row says so, rather than a payment being counted twice. Issuing is not pinned:
   * nothing in it comes from a state read before, and the domain refuses a second issue
   * (`AlreadyIssued`), which says more than a version conflict would.
   */
  const invoiceCommand = async (
    invoiceId: InvoiceId,
    versionSeen: number,
    command: InvoiceCommand,
  ): Promise<InvoiceResult | NotRecorded> => {
    try {
      return await runInvoiceCommand(run.events, context, invoiceId, command, {
        ...(command.type === 'IssueInvoice' ? {} : { ifMatch: versionSeen }),
        newEventId: syncEventIds(
          run.tenant,
          invoiceStreamId(run.tenant, invoiceId),
          versionSeen,
          command,
        ),
      });
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflict)) throw error;
      return {
        _tag: 'NotRecorded',
        problem: {
          _tag: 'ChangedDuringSync',
          command: command.type,
          versionSeen,
          currentVersion: error.actual,
        },
      };
    }
  };

  const pay = async (
    invoiceId: InvoiceId,
    versionSeen: number,
    amount: Money,
  ): Promise<RowResult> => {
    const result = await invoiceCommand(invoiceId, versionSeen, {
      type: 'RecordPayment',
      now: run.now,
      amount,
      paidOn: today,
      reference: SYNC_REASON,
    });
    if (result._tag !== 'Accepted') {
      return { actions: [], problem: problemOf('RecordPayment', result) };
    }
    return { actions: [result.state.status === 'settled' ? 'settled' : 'paid'], problem: null };
  };

  const ensureDebtor = async (item: OpenItem): Promise<RowProblem | null> => {
    if (knownDebtors.has(item.debtorId)) return null;
    const streamId = debtorStreamId(run.tenant, item.debtorId);
    if ((await run.events.streamVersion(streamId)) === 0) {
      const command = {
        type: 'RegisterDebtor',
        now: run.now,
        debtorId: item.debtorId,
        name: item.debtorName,
        kind: item.debtorKind,
      } as const;
      const result = await runDebtorCommand(run.events, context, item.debtorId, command, {
        newEventId: syncEventIds(run.tenant, streamId, 0, command),
      });
      // A debtor someone registered since the check will do: the sync only needs him to exist.
      if (result._tag === 'Accepted') debtorsRegistered += 1;
      else if (result.error._tag !== 'AlreadyRegistered') {
        return rejectedBy('RegisterDebtor', result.error);
      }
    }
    knownDebtors.add(item.debtorId);
    return null;
  };

  /** Held at the start of the run, and by the invoices it issues: no new number takes them. */
  const streamsHeld = invoiceStreamsHeld(known);
  const isHeld = (invoiceId: InvoiceId): boolean =>
    streamsHeld.has(invoiceStreamId(run.tenant, invoiceId));

  const issue = async (item: OpenItem): Promise<RowResult> => {
    const debtorProblem = await ensureDebtor(item);
    if (debtorProblem !== null) return { actions: [], problem: debtorProblem };
    const invoiceId = freeInvoiceIdForNumber(item.invoiceNumber, isHeld);
    const issued = await invoiceCommand(invoiceId, 0, {
      type: 'IssueInvoice',
      now: run.now,
      invoiceId,
      debtorId: item.debtorId,
      number: item.invoiceNumber,
      issueDate: item.issueDate,
      dueBy: item.dueBy,
      amount: item.amount,
      description: item.description,
    });
    if (issued._tag !== 'Accepted') {
      return { actions: [], problem: problemOf('IssueInvoice', issued) };
    }
    streamsHeld.add(invoiceStreamId(run.tenant, invoiceId));
    const alreadyPaid = minusSameCurrency(item.amount, item.openAmount);
    if (alreadyPaid.amount <= 0) return { actions: ['issued'], problem: null };
    const paid = await pay(invoiceId, issued.version, alreadyPaid);
    return { actions: ['issued', ...paid.actions], problem: paid.problem };
  };

  const reconcile = async (item: OpenItem, invoice: KnownInvoice): Promise<RowResult> => {
    const { state } = invoice;
    if (state.debtorId !== item.debtorId) {
      return {
        actions: [],
        problem: { _tag: 'DebtorMismatch', stored: state.debtorId, inFile: item.debtorId },
      };
    }
    if (state.amount.currency !== item.amount.currency) {
      return {
        actions: [],
        problem: {
          _tag: 'CurrencyMismatch',
          expected: state.amount.currency,
          actual: item.amount.currency,
        },
      };
    }
    if (state.status === 'written-off') return { actions: [], problem: null };
    if (item.openAmount.amount > state.outstanding.amount) {
      return {
        actions: [],
        problem: {
          _tag: 'OpenAmountAboveOutstanding',
          outstanding: state.outstanding.amount,
          open: item.openAmount.amount,
          currency: item.openAmount.currency,
        },
      };
    }
    const actions: SyncAction[] = [];
    let version = invoice.version;
    let termsProblem: RowProblem | null = null;
    if (state.status === 'open' && termsDiffer(state, item)) {
      const adjusted = await invoiceCommand(invoice.invoiceId, version, {
        type: 'AdjustTerms',
        now: run.now,
        dueBy: item.dueBy,
      });
      if (adjusted._tag === 'Accepted') {
        if (adjusted.events.length > 0) actions.push('adjusted');
        version = adjusted.version;
      } else if (adjusted._tag === 'Rejected') {
        termsProblem = termsRefused(adjusted.error);
      } else {
        // The invoice moved on: a payment decided from what was read would not hold either.
        return { actions, problem: adjusted.problem };
      }
    }
    const received = minusSameCurrency(state.outstanding, item.openAmount);
    if (received.amount <= 0) return { actions, problem: termsProblem };
    const paid = await pay(invoice.invoiceId, version, received);
    return { actions: [...actions, ...paid.actions], problem: paid.problem ?? termsProblem };
  };

  const storeNumbers = numbersByFoldedCase(known.keys());

  /** A new number is issued, a known one reconciled with the invoice it is about, if it can tell. */
  const applyRow = async (
    item: OpenItem,
  ): Promise<RowResult & { readonly warning: WarnedRow | null }> => {
    const held = known.get(item.invoiceNumber);
    if (held === undefined) {
      const warning = caseVariantInStore(item, storeNumbers, parsed, known);
      return { ...(await issue(item)), warning };
    }
    const matched = invoiceForRow(held, item.issueDate);
    if (E.isLeft(matched)) return { actions: [], problem: matched.left, warning: null };
    const invoice = matched.right;
    return { ...(await reconcile(item, invoice)), warning: issueDateDiffers(item, invoice) };
  };

  const counts = { issued: 0, adjusted: 0, paid: 0, settled: 0, unchanged: 0 };
  const rejected: RejectedRow[] = [...parsed.rejected];
  const warnings: WarnedRow[] = [...parsed.warnings];
  for (const item of parsed.items) {
    const result = await applyRow(item);
    if (result.warning !== null) warnings.push(result.warning);
    for (const action of result.actions) counts[action] += 1;
    if (result.problem !== null) {
      rejected.push({ row: item.row, invoiceNumber: item.invoiceNumber, problem: result.problem });
    } else if (result.actions.length === 0) {
      counts.unchanged += 1;
    }
    run.onRow?.();
  }

  const unsettled: UnsettledInvoice[] = [];
  if (parsed.complete) {
    for (const { invoiceId, version, state } of vanishedInvoices(known, parsed.numbersInFile)) {
      const paid = await pay(invoiceId, version, state.outstanding);
      for (const action of paid.actions) counts[action] += 1;
      if (paid.problem !== null) {
        unsettled.push({ invoiceNumber: state.number, invoiceId, problem: paid.problem });
      }
    }
  }

  rejected.sort((a, b) => a.row - b.row);
  warnings.sort((a, b) => a.row - b.row);
  return {
    counts: { ...counts, rejected: rejected.length, debtorsRegistered },
    rejected,
    warnings,
    unsettled,
    vanishedNotOpen: parsed.complete ? vanishedNotOpen(known, parsed.numbersInFile) : [],
    vanishedSkipped: !parsed.complete,
  };
};
