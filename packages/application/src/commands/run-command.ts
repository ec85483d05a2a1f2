import {
  DebtorCommand,
  DebtorError,
  DebtorEvent,
  DebtorId,
  DebtorState,
  debtorDecider,
  debtorEventCodec,
  debtorStreamId,
  InvoiceCommand,
  InvoiceError,
  InvoiceEvent,
  InvoiceId,
  InvoiceState,
  invoiceDecider,
  invoiceEventCodec,
  invoiceStreamId,
  TenantEvent,
  TenantId,
  TenantPolicyCommand,
  PolicyError,
  TenantPolicyState,
  tenantEventCodec,
  tenantPolicyDecider,
  tenantStreamId,
} from '@debiteur/core';
import { CommandResult, EventStore, handleCommand, KnownState } from '@debiteur/eventstore';

/**
 * Who asks, and in which conversation: copied onto every event the command produces.
 * Business time is not here: it is the command's own `now`, so it is given once.
 */
export interface RequestContext {
  readonly tenantId: TenantId;
  readonly actor: string;
  readonly reason: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
}

export interface RunOptions {
  /** The version the caller saw (`If-Match`): decided only against it, never retried. */
  readonly ifMatch?: number;
  /** Makes the new events' ids; deterministic under an idempotency key. Default: random. */
  readonly newEventId?: () => string;
}

export type InvoiceResult = CommandResult<InvoiceEvent, InvoiceState, InvoiceError>;
export type DebtorResult = CommandResult<DebtorEvent, DebtorState, DebtorError>;
export type TenantResult = CommandResult<TenantEvent, TenantPolicyState, PolicyError>;

const shellOptions = (options: RunOptions) => ({
  ...(options.ifMatch === undefined ? {} : { ifMatch: options.ifMatch }),
  ...(options.newEventId === undefined ? {} : { newEventId: options.newEventId }),
});

const metadata = (context: RequestContext, now: string) => ({
  tenantId: context.tenantId,
  occurredAt: now,
  actor: context.actor,
  reason: context.reason,
  correlationId: context.correlationId,
  causationId: context.causationId,
});

/** Runs a command on one invoice's stream through the command shell. */
export const runInvoiceCommand = (
  events: EventStore,
  context: RequestContext,
  invoiceId: InvoiceId,
  command: InvoiceCommand,
  options: RunOptions & {
    /** The invoice as a read model folded it (see `HandleCommandInput.known`). */
    readonly known?: KnownState<InvoiceState>;
  } = {},
): Promise<InvoiceResult> =>
  handleCommand({
    store: events,
    streamId: invoiceStreamId(context.tenantId, invoiceId),
    decider: invoiceDecider,
    codec: invoiceEventCodec,
    command,
    context: metadata(context, command.now),
    ...shellOptions(options),
    ...(options.known === undefined ? {} : { known: options.known }),
  });

/** Runs a command on one debtor's stream through the command shell. */
export const runDebtorCommand = (
  events: EventStore,
  context: RequestContext,
  debtorId: DebtorId,
  command: DebtorCommand,
  options: RunOptions = {},
): Promise<DebtorResult> =>
  handleCommand({
    store: events,
    streamId: debtorStreamId(context.tenantId, debtorId),
    decider: debtorDecider,
    codec: debtorEventCodec,
    command,
    context: metadata(context, command.now),
    ...shellOptions(options),
  });

/** Runs a command on the tenant's settings stream (its reminder policy). */
export const runTenantCommand = (
  events: EventStore,
  context: RequestContext,
  command: TenantPolicyCommand,
  options: RunOptions = {},
): Promise<TenantResult> =>
  handleCommand({
    store: events,
    streamId: tenantStreamId(context.tenantId),
    decider: tenantPolicyDecider,
    codec: tenantEventCodec,
    command,
    context: metadata(context, command.now),
    ...shellOptions(options),
  });
