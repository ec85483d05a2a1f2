import {
  categoryOf,
  dateFromParts,
  debtorDecider,
  DebtorState,
  invoiceDecider,
  InvoiceState,
  isDebtorEvent,
  isInvoiceEvent,
  isTenantEvent,
  tenantPolicyDecider,
} from '@debiteur/core';
import { decodeRecordedEvent, RecordedEvent } from '@debiteur/eventstore';
import { isLeft } from 'fp-ts/Either';
import { profileFromReason, Profile } from '../simulate/portfolio-world';
import { GenerateOptions, generatePortfolio } from './generate-portfolio';

const options = (seed: number): GenerateOptions => ({
  tenants: 2,
  debtors: 80,
  invoices: 1000,
  seed,
  start: dateFromParts(2025, 1, 1),
  periodDays: 365,
});

const bytes = (events: Iterable<RecordedEvent>): string =>
  [...events].map((e) => JSON.stringify(e)).join('\n');

/** Days since the epoch of a `YYYY-MM-DD` date. */
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};

describe('debiteur generate', () => {
  const events = [...generatePortfolio(options(42))];

  describe('is deterministic', () => {
    it('writes byte-identical events for the same seed', () => {
      expect(bytes(generatePortfolio(options(42)))).toBe(bytes(events));
    });

    it('writes a different portfolio for another seed', () => {
      expect(bytes(generatePortfolio(options(43)))).not.toBe(bytes(events));
    });
  });

  describe('writes a valid event file', () => {
    it('has every event decode through the codecs', () => {
      const bad = events.filter((e) => isLeft(decodeRecordedEvent(e)));
      expect(bad).toEqual([]);
    });

    it('numbers streams from 1 without gaps and keeps global and recorded order', () => {
      const versions = new Map<string, number>();
      let previous = '';
      events.forEach((e, i) => {
        expect(e.streamVersion).toBe((versions.get(e.streamId) ?? 0) + 1);
        versions.set(e.streamId, e.streamVersion);
        expect(e.globalPosition).toBe(String(i + 1));
        expect(Date.parse(e.recordedAt)).toBeGreaterThanOrEqual(
          Date.parse(previous || e.recordedAt),
        );
        previous = e.recordedAt;
      });
      expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    });

    it('folds every stream with the core deciders', () => {
      const invoices = new Map<string, InvoiceState>();
      const debtors = new Map<string, DebtorState>();
      for (const recorded of events) {
        const decoded = decodeRecordedEvent(recorded);
        if (isLeft(decoded)) throw new Error('undecodable');
        const { event } = decoded.right;
        const category = categoryOf(recorded.streamId);
        if (category === 'invoice' && isInvoiceEvent(event)) {
          const before = invoices.get(recorded.streamId) ?? invoiceDecider.initialState;
          invoices.set(recorded.streamId, invoiceDecider.evolve(before, event));
        } else if (category === 'debtor' && isDebtorEvent(event)) {
          const before = debtors.get(recorded.streamId) ?? debtorDecider.initialState;
          debtors.set(recorded.streamId, debtorDecider.evolve(before, event));
        } else {
          expect(category === 'tenant' && isTenantEvent(event)).toBe(true);
          if (isTenantEvent(event))
            tenantPolicyDecider.evolve(tenantPolicyDecider.initialState, event);
        }
      }
      expect(invoices.size).toBe(1000);
      expect([...invoices.values()].every((s) => s.status !== 'unissued')).toBe(true);
      expect(debtors.size).toBe(80);
      expect([...debtors.values()].every((s) => s.status === 'registered')).toBe(true);
    });

    it('holds reminders, promises kept and broken, credit notes, holds and hand-overs', () => {
      const types = new Set(events.map((e) => e.type));
      for (const type of [
        'ReminderSent',
        'PaymentPromised',
        'PromiseKept',
        'PromiseBroken',
        'CreditNoteApplied',
        'PutOnHold',
        'HoldReleased',
        'HandedOverToCollection',
        'Paid',
      ]) {
        expect(types).toContain(type);
      }
    });
  });

  describe('gives debtors payment-behaviour profiles', () => {
    const daysToPayByProfile = (): Map<Profile, number[]> => {
      const profileOf = new Map<string, Profile>();
      const issued = new Map<string, { debtor: string; issueDate: string }>();
      const byProfile = new Map<Profile, number[]>();
      for (const e of events) {
        const data = e.data as Record<string, unknown>;
        if (e.type === 'DebtorRegistered') {
          const profile = profileFromReason(e.metadata.reason);
          if (profile !== null) profileOf.set(String(data['debtorId']), profile);
        } else if (e.type === 'Issued') {
          issued.set(e.streamId, {
            debtor: String(data['debtorId']),
            issueDate: String(data['issueDate']),
          });
        } else if (e.type === 'Paid') {
          const invoice = issued.get(e.streamId);
          const profile = profileOf.get(invoice?.debtor ?? '');
          if (invoice === undefined || profile === undefined) continue;
          const days = dayNumber(String(data['paidOn'])) - dayNumber(invoice.issueDate);
          byProfile.set(profile, [...(byProfile.get(profile) ?? []), days]);
        }
      }
      return byProfile;
    };

    it('names a profile on every debtor registration', () => {
      const registrations = events.filter((e) => e.type === 'DebtorRegistered');
      expect(registrations.every((e) => profileFromReason(e.metadata.reason) !== null)).toBe(true);
    });

    it('has reliably-late debtors pay later than punctual ones', () => {
      const days = daysToPayByProfile();
      const punctual = days.get('punctual') ?? [];
      const late = days.get('reliably-late') ?? [];
      expect(punctual.length).toBeGreaterThan(30);
      expect(late.length).toBeGreaterThan(30);
      expect(median(late)).toBeGreaterThan(median(punctual));
      expect(median(punctual)).toBeLessThanOrEqual(14);
    });
  });
});
