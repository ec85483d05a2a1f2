import { DebtorState } from '../debtor/debtor.state';
import { IssuedInvoice } from '../invoice/invoice.state';
import { ReminderPolicy } from '../policy/policy.events';
import { CalendarDate } from '../shared/calendar-date';
import { TenantId } from '../shared/ids';
import { DueActionTag } from './due-action-command';
import { HashTrie } from '../shared/hash-trie';

/**
 * One invoice the scheduler still watches (open or with a collection agency, or settled by
 * credit alone, which a later payment can still make count for the debtor's habit), and
 * when its next action falls due.
 */
export interface DueInvoice {
  /** The invoice stream's version folded last; an event at or below it is ignored. */
  readonly version: number;
  /** The id of that newest event: what the scheduler's command is caused by. */
  readonly lastEventId: string;
  /** The invoice as its decider folds it. */
  readonly state: IssuedInvoice;
  /** The business day the next action falls due; null when nothing is scheduled. */
  readonly dueOn: CalendarDate | null;
  /** What falls due then; null when nothing is scheduled. */
  readonly action: DueActionTag | null;
}

/** What scheduling knows of a debtor: its state, how it paid, and its invoices watched. */
export interface DebtorSchedule {
  /** The debtor stream's version folded last (0: only known from its invoices). */
  readonly version: number;
  readonly state: DebtorState;
  /**
   * Days from issue to settlement of every invoice of the debtor that was settled with a
   * payment towards it, by invoice stream id: the payment behaviour adaptive timing reads.
   */
  readonly daysToPay: Readonly<Record<string, number>>;
  /** Of those, the invoices paid only after a demand letter (`hadDemandLetter`). */
  readonly paidAfterDemand: Readonly<Record<string, true>>;
  /** Stream ids of the debtor's watched invoices, rescheduled when the debtor changes. */
  readonly invoices: readonly string[];
}

/** One tenant's schedule: its policy in force, its watched invoices and its debtors. */
export interface TenantSchedule {
  readonly tenantId: TenantId;
  readonly policy: ReminderPolicy;
  /** The settings stream's version folded last. */
  readonly policyVersion: number;
  /** Keyed by invoice stream id. */
  readonly invoices: HashTrie<DueInvoice>;
  /** Keyed by debtor stream id. */
  readonly debtors: HashTrie<DebtorSchedule>;
}

/** The due-actions read model: per tenant, when each watched invoice's next action falls due. */
export interface DueActionsState {
  readonly tenants: Readonly<Record<string, TenantSchedule>>;
}

export const initialDueActionsState: DueActionsState = { tenants: {} };
