import { RecordedEvent } from '@debiteur/eventstore';

/**
 * A recorded `Paid` event of tenant `acme` at global position `n`, for tests of readers and
 * writers of events: `changes` replaces any of its fields.
 */
export const recordedEvent = (n: number, changes: Partial<RecordedEvent> = {}): RecordedEvent => ({
  eventId: `e-${n}`,
  streamId: 'invoice:acme:F-1',
  streamVersion: n,
  type: 'Paid',
  schemaVersion: 1,
  data: { amount: { amount: 100 * n, currency: 'EUR' }, note: 'regel\nmet "quotes"' },
  metadata: {
    tenantId: 'acme',
    occurredAt: '2026-03-02T10:00:00+01:00',
    actor: 'test',
    reason: null,
    correlationId: 'c',
    causationId: null,
  },
  globalPosition: String(n),
  recordedAt: '2026-03-02T09:00:00.000Z',
  ...changes,
});
