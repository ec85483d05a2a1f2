import {
  categoryOf,
  DebiteurEvent,
  debtorDecider,
  DebtorEvent,
  DebtorState,
  invoiceDecider,
  InvoiceEvent,
  InvoiceState,
  isDebtorEvent,
  isInvoiceEvent,
  isTenantEvent,
  TenantEvent,
  TenantPolicyState,
  tenantPolicyDecider,
} from '@debiteur/core';
import { decodeRecordedEvent, instantInUtc, RecordedEvent } from '@debiteur/eventstore';
import { isServiceStream } from '../analyst/service-streams';
import { recordedAtProblem } from '../jsonl/jsonl-events';

/** Why an event of a stream is wrong. */
export type ProblemKind =
  | 'undecodable'
  | 'wrong-category'
  | 'version-gap'
  | 'fold-failed'
  | 'unknown-category'
  | 'recorded-at-invalid'
  | 'nul-in-text'
  | 'wrong-tenant';

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

/** A decode error, or anything else thrown, as a problem's `detail`. */
export const detailOf = (value: unknown): string => {
  if (value instanceof Error) return value.message;
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

const BELONGS: Record<Folded['category'], (event: DebiteurEvent) => boolean> = {
  invoice: isInvoiceEvent,
  debtor: isDebtorEvent,
  tenant: isTenantEvent,
};

/**
 * The decoded event's refusal as its stream's category codec words it (an
 * `EventOfOtherCategory`), or null when it belongs there: decided by its type, without
 * decoding it a second time.
 */
const otherCategory = (folded: Folded, event: DebiteurEvent) =>
  BELONGS[folded.category](event)
    ? null
    : { _tag: 'EventOfOtherCategory', type: event.type, category: folded.category };

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

const NUL = '\u0000';

/**
 * The text fields of the event that hold U+0000, which PostgreSQL cannot store in a text
 * column (`invalid byte sequence for encoding "UTF8": 0x00`); SQLite and a JSONL file can,
 * so a move to PostgreSQL would fail midway. `data` is kept as JSON text, `\u0000` escaped.
 */
const fieldsWithNul = (recorded: RecordedEvent): string[] => {
  const fields: string[] = [];
  for (const name of ['eventId', 'streamId', 'type'] as const) {
    if (recorded[name].includes(NUL)) fields.push(name);
  }
  for (const [name, value] of Object.entries(recorded.metadata)) {
    if (typeof value === 'string' && value.includes(NUL)) fields.push(`metadata.${name}`);
  }
  return fields;
};

/** An event the store could not read back, as the store named it (see `unreadable`). */
export type UnreadableEvent = Pick<
  StreamProblem,
  'streamId' | 'streamVersion' | 'eventId' | 'type' | 'detail'
>;

/**
 * Checks streams event by event as `readAll` gives them: each event must decode through the
 * upcasters (with valid metadata), belong to its stream's category, follow the previous
 * version without a gap, fold with its decider's `evolve` without throwing, carry a
 * `recordedAt` every store could keep (a JSONL file's may not) and no U+0000 in its text
 * fields. Only each stream's folded state is kept. A bad event is reported, with each of its
 * problems, and left out of its stream's fold. A stream of the service's own (`apikey:`, …)
 * is checked for its versions and its text only; any other stream outside invoice, debtor
 * and tenant is `unknown-category`. `debiteur verify` and `debiteur import` both check with it.
 */
export class StreamChecker {
  private readonly streams = new Map<string, StreamState>();
  /** The last version of each service stream. */
  private readonly serviceVersions = new Map<string, number>();
  /** The streams of the events checked (not those known only from unreadable rows). */
  private readonly streamsChecked = new Set<string>();
  /** Events read back and checked, with or without problems. */
  checked = 0;
  /** Events the store could not read back (see `unreadable`): no part of `checked`. */
  notReadBack = 0;

  check(recorded: RecordedEvent): StreamProblem[] {
    this.checked += 1;
    this.streamsChecked.add(recorded.streamId);
    const problem = problemOf(recorded);
    const problems = fieldsWithNul(recorded).map((field) =>
      problem('nul-in-text', `${field} holds U+0000, which PostgreSQL cannot store`),
    );
    const category = categoryOf(recorded.streamId);
    if (category === null) {
      if (!isServiceStream(recorded.streamId)) {
        return [...problems, problem('unknown-category', UNKNOWN_CATEGORY)];
      }
      const version = this.serviceVersions.get(recorded.streamId) ?? 0;
      this.serviceVersions.set(recorded.streamId, recorded.streamVersion);
      return [...problems, ...gap(problem, version, recorded.streamVersion)];
    }
    const known = this.streams.get(recorded.streamId);
    const previous = known ?? { version: 0, folded: initialOf(category) };
    problems.push(...gap(problem, previous.version, recorded.streamVersion));
    const otherTenant = tenantProblem(recorded, category);
    if (otherTenant !== null) problems.push(problem('wrong-tenant', otherTenant));
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
    if (decoded._tag === 'Left') return skipped('undecodable', detailOf(decoded.left));
    const event = decoded.right.event;
    const refusal = otherCategory(previous.folded, event);
    if (refusal !== null) return skipped('wrong-category', detailOf(refusal));
    try {
      const folded = evolve(previous.folded, event);
      this.streams.set(recorded.streamId, { version: recorded.streamVersion, folded });
    } catch (error) {
      return skipped('fold-failed', detailOf(error));
    }
    return problems;
  }

  /**
   * An event of a domain or unknown stream that the store could not read back (a stored row
   * whose metadata does not decode): `undecodable`, after any gap before it; its stream
   * goes on from its version, without it in the fold.
   */
  unreadable(event: UnreadableEvent): StreamProblem[] {
    this.notReadBack += 1;
    const problem = (kind: ProblemKind, detail: string): StreamProblem => ({
      ...event,
      problem: kind,
      detail,
    });
    const category = categoryOf(event.streamId);
    if (category === null) {
      return [problem('unknown-category', UNKNOWN_CATEGORY), problem('undecodable', event.detail)];
    }
    const previous = this.streams.get(event.streamId) ?? {
      version: 0,
      folded: initialOf(category),
    };
    this.streams.set(event.streamId, { ...previous, version: event.streamVersion });
    return [
      ...gap(problem, previous.version, event.streamVersion),
      problem('undecodable', event.detail),
    ];
  }

  /** How many streams the checked events belong to, whatever their category. */
  get streamCount(): number {
    return this.streamsChecked.size;
  }
}

const UNKNOWN_CATEGORY = 'not an invoice, debtor or tenant stream';

/** The tenant a domain stream id names: `invoice:<tenant>:<invoice>` and its kin. */
const tenantOfStream = (streamId: string, category: string): string => {
  const start = category.length + 1;
  const end = streamId.indexOf(':', start);
  return streamId.slice(start, end < 0 ? undefined : end);
};

/**
 * An event belongs to the tenant its stream names: one whose metadata names another would be
 * shown under that other tenant by every report, and found under both by `history`.
 */
const tenantProblem = (recorded: RecordedEvent, category: string): string | null => {
  const streamTenant = tenantOfStream(recorded.streamId, category);
  const { tenantId } = recorded.metadata;
  return tenantId === streamTenant
    ? null
    : `metadata.tenantId is ${JSON.stringify(tenantId)}, but the stream is tenant ` +
        `${JSON.stringify(streamTenant)}'s`;
};

type ProblemOf = (kind: ProblemKind, detail: string) => StreamProblem;

const problemOf =
  (recorded: RecordedEvent): ProblemOf =>
  (kind, detail) => ({
    streamId: recorded.streamId,
    streamVersion: recorded.streamVersion,
    eventId: recorded.eventId,
    type: recorded.type,
    problem: kind,
    detail,
  });

/** A version that does not follow the stream's previous one: `version-gap`. */
const gap = (problem: ProblemOf, previous: number, version: number): StreamProblem[] =>
  version === previous + 1
    ? []
    : [problem('version-gap', `version ${version} follows ${previous}`)];
