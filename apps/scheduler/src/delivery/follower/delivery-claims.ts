import {
  EventStore,
  EventToAppend,
  ExpectedVersion,
  ExpectedVersionConflict,
  RecordedEvent,
} from '@debiteur/eventstore';
import { randomUUID } from 'node:crypto';

/**
 * One reminder's delivery record: a service stream (like API keys, ADR 0008) outside the
 * categories projections read. It says who is delivering the reminder until when, and how
 * it ended, so several delivery followers on one store hand each reminder to the port once.
 */
export const deliveryStreamId = (tenantId: string, reminderEventId: string): string =>
  `delivery:${tenantId}:${reminderEventId}`;

export type ClaimOutcome =
  /** This instance may deliver now; finish with `complete` or `release`. */
  | { readonly _tag: 'Claimed'; readonly version: number }
  /** Delivered (or set aside) before, by this or another instance. */
  | { readonly _tag: 'Done' }
  /** Another instance is delivering it; its lease runs until `until`. */
  | { readonly _tag: 'Busy'; readonly claimedBy: string; readonly until: string };

export interface DeliveryClaimsOptions {
  readonly events: EventStore;
  /** Names this process in the records. */
  readonly instanceId: string;
  /** How long a claim holds; it must outlast the slowest delivery. */
  readonly leaseMs: number;
  /** Wall-clock milliseconds: leases are infrastructure time, not business time. */
  readonly now: () => number;
}

/** The reminder event a delivery record is about: its tenant, id and correlation. */
export type ReminderRef = Pick<RecordedEvent, 'eventId' | 'metadata'>;

interface DeliveryRecord {
  readonly type: string;
  readonly data: { readonly instance?: unknown; readonly leaseUntil?: unknown };
}

const DONE = new Set(['ReminderDelivered', 'ReminderSetAside']);

/** Claims, completes and releases reminders' deliveries with the store's expected versions. */
export class DeliveryClaims {
  constructor(private readonly options: DeliveryClaimsOptions) {}

  async claim(reminder: ReminderRef): Promise<ClaimOutcome> {
    const streamId = this.streamOf(reminder);
    const history = await this.options.events.readStream(streamId);
    const version = history.length === 0 ? 0 : (history.at(-1)?.streamVersion ?? 0);
    const records = history as readonly DeliveryRecord[];
    if (records.some((r) => DONE.has(r.type))) return { _tag: 'Done' };
    const last = records.at(-1);
    if (last?.type === 'DeliveryClaimed') {
      const by = String(last.data.instance);
      const until = String(last.data.leaseUntil);
      if (by !== this.options.instanceId && Date.parse(until) > this.options.now()) {
        return { _tag: 'Busy', claimedBy: by, until };
      }
    }
    const leaseUntil = new Date(this.options.now() + this.options.leaseMs).toISOString();
    try {
      const appended = await this.append(reminder, version === 0 ? 'no-stream' : version, {
        type: 'DeliveryClaimed',
        data: { instance: this.options.instanceId, leaseUntil },
      });
      return { _tag: 'Claimed', version: appended };
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflict)) throw error;
      return this.claimedMeanwhile(reminder);
    }
  }

  /** Records how the delivery ended; later claims answer `Done`. */
  async complete(
    reminder: ReminderRef,
    outcome:
      | { readonly type: 'ReminderDelivered'; readonly status: string; readonly reference: string }
      | { readonly type: 'ReminderSetAside'; readonly reason: string },
  ): Promise<void> {
    const { type, ...data } = outcome;
    await this.append(reminder, 'any', {
      type,
      data: { instance: this.options.instanceId, ...data },
    });
  }

  /** Gives the reminder up after a failed delivery, so any instance may retry it at once. */
  async release(reminder: ReminderRef, error: string): Promise<void> {
    await this.append(reminder, 'any', {
      type: 'DeliveryFailed',
      data: { instance: this.options.instanceId, error },
    });
  }

  private async claimedMeanwhile(reminder: ReminderRef): Promise<ClaimOutcome> {
    const history = (await this.options.events.readStream(
      this.streamOf(reminder),
    )) as readonly DeliveryRecord[];
    if (history.some((r) => DONE.has(r.type))) return { _tag: 'Done' };
    const last = history.at(-1);
    return {
      _tag: 'Busy',
      claimedBy: String(last?.data.instance ?? 'another instance'),
      until: String(last?.data.leaseUntil ?? ''),
    };
  }

  private streamOf(reminder: ReminderRef): string {
    return deliveryStreamId(reminder.metadata.tenantId, reminder.eventId);
  }

  private async append(
    reminder: ReminderRef,
    expectedVersion: ExpectedVersion,
    event: Pick<EventToAppend, 'type' | 'data'>,
  ): Promise<number> {
    const result = await this.options.events.appendToStream(
      this.streamOf(reminder),
      [
        {
          eventId: randomUUID(),
          schemaVersion: 1,
          ...event,
          metadata: {
            tenantId: reminder.metadata.tenantId,
            occurredAt: new Date(this.options.now()).toISOString(),
            actor: 'reminder-delivery',
            reason: null,
            correlationId: reminder.metadata.correlationId,
            causationId: reminder.eventId,
          },
        },
      ],
      { expectedVersion },
    );
    return result.nextExpectedVersion;
  }
}
