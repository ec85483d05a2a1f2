import { EventStore, GlobalPosition, ProjectionStore } from '@debiteur/eventstore';
import { DeliveryPort } from '../delivery-port';
import { Language, UndeliverableReason } from '../reminder-message';

/** Structured logging as pino spells it: fields first, then the message. */
export interface DeliveryLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** What one client (tenant) wants different from the deployment's defaults. */
export interface TenantDeliverySettings {
  readonly language?: Language;
  readonly senderName?: string;
}

export interface ReminderDeliveryOptions {
  readonly stores: { readonly events: EventStore; readonly projections: ProjectionStore };
  readonly port: DeliveryPort;
  /** The deployment's language (`DEBITEUR_LANGUAGE`); default Dutch. */
  readonly language?: Language;
  /** Who signs the letters unless a tenant says otherwise; default: nobody by name. */
  readonly senderName?: string;
  /** Per-tenant language and signature, by tenant id. */
  readonly tenants?: Readonly<Record<string, TenantDeliverySettings>>;
  /** Page size for reading the store. */
  readonly batchSize?: number;
  readonly logger?: DeliveryLogger;
  /** The checkpoint's name in the projection store; default `reminder-delivery`. */
  readonly checkpointName?: string;
  /** Names this process in the delivery records; default host, pid and a random suffix. */
  readonly instanceId?: string;
  /**
   * How long a claim on one reminder holds (default 2 minutes): another instance waits this
   * long before retrying a reminder whose deliverer vanished. Must outlast the slowest send.
   */
  readonly leaseMs?: number;
  /** Wall-clock milliseconds for leases (default `Date.now`); tests pass their own. */
  readonly wallClock?: () => number;
}

export interface UndeliverableEntry {
  readonly eventId: string;
  readonly tenantId: string;
  readonly invoiceId: string;
  readonly reason: UndeliverableReason;
}

/** The reminder a run stopped at: it was not delivered and stays after the checkpoint. */
export interface DeliveryFailure {
  readonly eventId: string;
  readonly streamId: string;
  readonly tenantId: string;
  readonly error: string;
}

/** The reminder a run stopped at because another instance holds its claim. */
export interface DeliveryWait {
  readonly eventId: string;
  readonly claimedBy: string;
  /** When the other instance's lease ends (ISO-8601). */
  readonly until: string;
}

/** What one run did. */
export interface DeliveryRunSummary {
  /** Invoice events read after the checkpoint. */
  readonly examined: number;
  /** Reminders handed to the port and taken (newly). */
  readonly delivered: number;
  /** Reminders the port recognised as delivered before (a retry after a crash). */
  readonly alreadyDelivered: number;
  /** Reminders set aside: no address, unknown debtor, or a channel the port cannot carry. */
  readonly undeliverable: readonly UndeliverableEntry[];
  /** Phone reminders: a call, not a document, so nothing to deliver. */
  readonly skipped: number;
  /** Set when the run stopped at a reminder it could not deliver; retried next run. */
  readonly failure: DeliveryFailure | null;
  /** Set when the run stopped at a reminder another instance is delivering. */
  readonly waiting: DeliveryWait | null;
  /** The committed checkpoint after the run. */
  readonly checkpoint: GlobalPosition | null;
}

export interface DeliveryLag {
  /** Reminders after the checkpoint, still to be delivered. */
  readonly pending: number;
  /** True when counting stopped at the cap: there are at least `pending`. */
  readonly capped: boolean;
}

export interface ReminderDelivery {
  /** Delivers every reminder after the checkpoint, up to the newest event or the first failure. */
  runOnce(): Promise<DeliveryRunSummary>;
  /** Runs again and again until `signal` aborts, waiting longer after each failed run. */
  follow(signal: AbortSignal, pollIntervalMs?: number): Promise<void>;
  lag(): Promise<DeliveryLag>;
}
