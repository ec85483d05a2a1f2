import * as E from 'fp-ts/Either';
import { DebiteurEvent } from '../envelope';
import {
  EventEnvelope,
  foldProjection,
  Instant,
  reportsProjection,
  ReportsState,
  TenantId,
} from '../index';
import { Unstamped } from './story-commands.spec-helpers';
import { commit, Said } from './story-recording.spec-helpers';

/** The shape every decider of the core shares. */
export interface Decider<C, Ev, S, Err> {
  readonly initialState: S;
  readonly evolve: (state: S, event: Ev) => S;
  readonly decide: (command: C, state: S) => E.Either<Err, readonly Ev[]>;
}

/** One stream of the world: run a command against it, read its state and history. */
export interface Stream<C, Ev extends DebiteurEvent, S, Err> {
  readonly streamId: string;
  /** Decides the command at the world's clock and records what was decided. */
  readonly execute: (command: Unstamped<C>, said?: Said) => E.Either<Err, readonly Ev[]>;
  /** The stream's events folded, as the command side loads it before deciding. */
  readonly state: () => S;
  readonly history: () => readonly EventEnvelope<Ev>[];
}

/**
 * Everything recorded in one world, in commit order, by stream, and folded into the reports
 * as the projection runner would keep them up to date.
 */
export class EventLog {
  private recorded: EventEnvelope<DebiteurEvent>[] = [];
  private byStream = new Map<string, EventEnvelope<DebiteurEvent>[]>();
  private reportsState: ReportsState = reportsProjection.initialState;
  private commands = 0;

  all(): readonly EventEnvelope<DebiteurEvent>[] {
    return this.recorded;
  }

  streamOf(streamId: string): readonly EventEnvelope<DebiteurEvent>[] {
    return this.byStream.get(streamId) ?? [];
  }

  reports(): ReportsState {
    return this.reportsState;
  }

  /** An independent copy: the same history, diverging from here. */
  copy(): EventLog {
    const copy = new EventLog();
    copy.recorded = [...this.recorded];
    copy.byStream = new Map([...this.byStream].map(([id, events]) => [id, [...events]]));
    copy.reportsState = this.reportsState;
    copy.commands = this.commands;
    return copy;
  }

  /** Records the events one command decided on a stream, stamped with who, when and why. */
  append(
    tenantId: TenantId,
    streamId: string,
    events: readonly DebiteurEvent[],
    times: { readonly occurredAt: Instant; readonly recordedAt: Instant },
    said: Said,
  ): void {
    this.commands += 1;
    const committed = commit({
      streamId,
      version: this.streamOf(streamId).length,
      events,
      context: {
        tenantId,
        actor: said.actor ?? 'collector',
        reason: said.reason ?? null,
        correlationId: said.correlationId ?? `cmd-${this.commands}`,
        causationId: said.causationId ?? null,
        occurredAt: times.occurredAt,
      },
      recordedAt: times.recordedAt,
      firstEventNumber: this.recorded.length + 1,
    });
    this.byStream.set(streamId, [...this.streamOf(streamId), ...committed]);
    this.recorded.push(...committed);
    this.reportsState = foldProjection(reportsProjection, committed, this.reportsState);
  }
}

/**
 * A stream as the command side handles it: load (fold the stream's events), decide, and
 * append what was decided; a rejection records nothing. The command is decided at its
 * business time: the clock, or the `occurredAt` an import says; the store commits at the
 * clock unless the story says otherwise.
 */
export const streamIn = <C, Ev extends DebiteurEvent, S, Err>(
  log: EventLog,
  tenantId: TenantId,
  clock: () => Instant,
  streamId: string,
  decider: Decider<C, Ev, S, Err>,
  belongs: (event: DebiteurEvent) => event is Ev,
): Stream<C, Ev, S, Err> => {
  const history = (): EventEnvelope<Ev>[] =>
    log
      .streamOf(streamId)
      .flatMap(({ event, metadata }) => (belongs(event) ? [{ event, metadata }] : []));
  const state = (): S =>
    history().reduce((s, e) => decider.evolve(s, e.event), decider.initialState);
  const execute = (command: Unstamped<C>, said: Said = {}): E.Either<Err, readonly Ev[]> => {
    const occurredAt = said.occurredAt ?? clock();
    const decision = decider.decide(command(occurredAt), state());
    if (E.isRight(decision) && decision.right.length > 0) {
      const recordedAt = said.recordedAt ?? clock();
      log.append(tenantId, streamId, decision.right, { occurredAt, recordedAt }, said);
    }
    return decision;
  };
  return { streamId, execute, state, history };
};
