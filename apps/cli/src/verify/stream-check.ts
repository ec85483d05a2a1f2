import {
  categoryOf,
  debtorEventCodec,
  debtorDecider,
  DebtorEvent,
  DebtorState,
  invoiceDecider,
  invoiceEventCodec,
  InvoiceEvent,
  InvoiceState,
  tenantEventCodec,
  TenantEvent,
  TenantPolicyState,
  tenantPolicyDecider,
} from '@debiteur/core';
import { decodeRecordedEvent, instantInUtc, RecordedEvent } from '@debiteur/eventstore';
import { recordedAtProblem } from '../jsonl/jsonl-events';

/** Why an event of a stream is wrong. */
export type ProblemKind =
  | 'undecodable'
  | 'wrong-category'
  | 'version-gap'
  | 'fold-failed'
  | 'unknown-category'
  | 'recorded-at-invalid';

export interface StreamProblem {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly type: string;
  readonly problem: ProblemKind;
  readonly detail: string;
}

type Folded =
  | { readonly category: 'invoice'; readonly state: InvoiceState }
  | { readonly category: 'debtor'; readonly state: DebtorState }
  | { readonly category: 'tenant'; readonly state: TenantPolicyState };

interface StreamState {
  readonly version: number;
  readonly folded: Folded;
}

const initialOf = (category: 'invoice' | 'debtor' | 'tenant'): Folded => {
  switch (category) {
    case 'invoice':
      return { category, state: invoiceDecider.initialState };
    case 'debtor':
      return { category, state: debtorDecider.initialState };
    case 'tenant':
      return { category, state: tenantPolicyDecider.initialState };
  }
};

const describe = (value: unknown): string => {
  if (value instanceof Error) return value.message;
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/** The event as its stream's category codec sees it: Left when it does not belong there. */
const belongs = (folded: Folded, recorded: RecordedEvent) => {
  const encoded = {
    type: recorded.type,
    schemaVersion: recorded.schemaVersion,
    data: recorded.data,
  };
  switch (folded.category) {
    case 'invoice':
      return invoiceEventCodec.decode(encoded);
    case 'debtor':
      return debtorEventCodec.decode(encoded);
    case 'tenant':
      return tenantEventCodec.decode(encoded);
  }
};

const evolve = (folded: Folded, event: unknown): Folded => {
  switch (folded.category) {
    case 'invoice':
      return {
        category: 'invoice',
        state: invoiceDecider.evolve(folded.state, event as InvoiceEvent),
      };
    case 'debtor':
      return {
        category: 'debtor',
        state: debtorDecider.evolve(folded.state, event as DebtorEvent),
      };
    case 'tenant':
      return {
        category: 'tenant',
        state: tenantPolicyDecider.evolve(folded.state, event as TenantEvent),
      };
  }
};

/** Stands in for a `recordedAt` no store could keep, so the rest of the event is still checked. */
const SOME_INSTANT = '1970-01-01T00:00:00.000Z';

/**
 * Checks streams event by event as `readAll` gives them: each event must decode through the
 * upcasters (with valid metadata), belong to its stream's category, follow the previous
 * version without a gap, fold with its decider's `evolve` without throwing, and carry a
 * `recordedAt` every store could keep (a JSONL file's may not). Only each stream's folded
 * state is kept. A bad event is reported, with each of its problems, and left out of its
 * stream's fold.
 */
export class StreamChecker {
  private readonly streams = new Map<string, StreamState>();
  checked = 0;

  check(recorded: RecordedEvent): StreamProblem[] {
    this.checked += 1;
    const problem = (kind: ProblemKind, detail: string): StreamProblem => ({
      streamId: recorded.streamId,
      streamVersion: recorded.streamVersion,
      eventId: recorded.eventId,
      type: recorded.type,
      problem: kind,
      detail,
    });
    const category = categoryOf(recorded.streamId);
    if (category === null)
      return [problem('unknown-category', 'not an invoice, debtor or tenant stream')];
    const known = this.streams.get(recorded.streamId);
    const previous = known ?? { version: 0, folded: initialOf(category) };
    const problems: StreamProblem[] = [];
    if (recorded.streamVersion !== previous.version + 1) {
      problems.push(
        problem('version-gap', `version ${recorded.streamVersion} follows ${previous.version}`),
      );
    }
    const timeKept = instantInUtc(recorded.recordedAt) !== null;
    if (!timeKept) {
      problems.push(problem('recorded-at-invalid', recordedAtProblem(recorded.recordedAt)));
    }
    const checked = timeKept ? recorded : { ...recorded, recordedAt: SOME_INSTANT };
    const skipped = (kind: ProblemKind, detail: string): StreamProblem[] => {
      this.streams.set(recorded.streamId, { ...previous, version: recorded.streamVersion });
      return [...problems, problem(kind, detail)];
    };
    const decoded = decodeRecordedEvent(checked);
    if (decoded._tag === 'Left') return skipped('undecodable', describe(decoded.left));
    const inCategory = belongs(previous.folded, checked);
    if (inCategory._tag === 'Left') return skipped('wrong-category', describe(inCategory.left));
    try {
      const folded = evolve(previous.folded, inCategory.right);
      this.streams.set(recorded.streamId, { version: recorded.streamVersion, folded });
    } catch (error) {
      return skipped('fold-failed', describe(error));
    }
    return problems;
  }

  get streamCount(): number {
    return this.streams.size;
  }
}
