import { CalendarDate } from '@debiteur/core';
import { PlayedEvent } from './portfolio-engine';

/** What a simulated policy did to the portfolio. */
export interface SimulationMeasures {
  readonly invoices: number;
  /** Reminders, demand letters and final notices sent (not hand-overs). */
  readonly remindersSent: number;
  /** Level-1 reminders sent. */
  readonly firstReminders: number;
  /** Reminders after which the invoice was paid in full within 3 days, with no contact between. */
  readonly needlessReminders: number;
  /**
   * Reminders sent to invoices the debtor then paid of his own accord, on the day he would
   * have paid without them: what the model knows and an observer cannot (see the report).
   */
  readonly remindersBeforeOwnAccordPayment: number;
  /** Average-balance DSO: Σ amount × days open ÷ Σ amount, in days. */
  readonly dso: number;
  /** Mean days past the due date at which invoices were closed (0 when on time). */
  readonly meanDaysDelinquent: number;
  readonly invoicesPaidLate: number;
  readonly brokenPromises: number;
  readonly handOvers: number;
  /** Invoices still open when the simulation ended. */
  readonly stillOpen: number;
}

/** A reminder paid within this many days without other contact would have been paid anyway. */
export const NEEDLESS_WITHIN_DAYS = 3;

interface Track {
  readonly group: string;
  readonly issueDay: number;
  dueDay: number;
  readonly amount: number;
  outstanding: number;
  /** Days of reminders not yet judged. */
  pending: number[];
  closedDay: number | null;
  reminders: number;
  firstReminders: number;
  needless: number;
  ownAccord: number;
  brokenPromises: number;
  handedOver: boolean;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

const measuresOf = (tracks: readonly Track[], endDay: number): SimulationMeasures => {
  let weighted = 0;
  let total = 0;
  let late = 0;
  let lateDays = 0;
  let open = 0;
  const sum = { reminders: 0, first: 0, needless: 0, ownAccord: 0, broken: 0, handOvers: 0 };
  for (const t of tracks) {
    const closed = t.closedDay ?? endDay;
    if (t.closedDay === null) open += 1;
    weighted += t.amount * (closed - t.issueDay);
    total += t.amount;
    const past = Math.max(0, closed - t.dueDay);
    lateDays += past;
    if (past > 0) late += 1;
    sum.reminders += t.reminders;
    sum.first += t.firstReminders;
    sum.needless += t.needless;
    sum.ownAccord += t.ownAccord;
    sum.broken += t.brokenPromises;
    if (t.handedOver) sum.handOvers += 1;
  }
  const count = tracks.length;
  return {
    invoices: count,
    remindersSent: sum.reminders,
    firstReminders: sum.first,
    needlessReminders: sum.needless,
    remindersBeforeOwnAccordPayment: sum.ownAccord,
    dso: total === 0 ? 0 : round2(weighted / total),
    meanDaysDelinquent: count === 0 ? 0 : round2(lateDays / count),
    invoicesPaidLate: late,
    brokenPromises: sum.broken,
    handOvers: sum.handOvers,
    stillOpen: open,
  };
};

/**
 * Counts, from the events a simulation produced, the measures of one policy. A reminder is
 * needless when the invoice was then paid in full within 3 days of it and nobody had
 * contact with the debtor in between (a call, a promise): he was paying anyway. `groupOf`
 * sorts invoices into groups (e.g. by the debtor's profile) measured apart as well. An
 * invoice still open at the end counts as open, in DSO and in days delinquent, up to the last
 * simulated day (`endDay`), whenever the last event came.
 */
export class MeasuresCollector {
  private readonly invoices = new Map<string, Track>();

  constructor(
    private readonly dayOfDate: (date: CalendarDate) => number,
    /** The last simulated day (days since the world's start). */
    private readonly endDay: number,
    /** The group of an invoice, by its stream id. */
    private readonly groupOf: (streamId: string) => string = () => 'all',
  ) {}

  add(played: PlayedEvent): void {
    const { event, invoiceId, streamId } = played;
    if (invoiceId === null) return;
    if (event.type === 'Issued') {
      this.invoices.set(streamId, {
        group: this.groupOf(streamId),
        issueDay: played.day,
        dueDay: this.dayOfDate(event.data.dueDate),
        amount: event.data.amount.amount,
        outstanding: event.data.amount.amount,
        pending: [],
        closedDay: null,
        reminders: 0,
        firstReminders: 0,
        needless: 0,
        ownAccord: 0,
        brokenPromises: 0,
        handedOver: false,
      });
      return;
    }
    const track = this.invoices.get(streamId);
    if (track === undefined) return;
    switch (event.type) {
      case 'TermsAdjusted':
        track.dueDay = this.dayOfDate(event.data.dueDate);
        return;
      case 'ReminderSent':
        track.reminders += 1;
        if (event.data.level === 1) track.firstReminders += 1;
        track.pending.push(played.day);
        return;
      case 'ContactLogged':
      case 'PaymentPromised':
        track.pending = [];
        return;
      case 'PromiseBroken':
        track.brokenPromises += 1;
        return;
      case 'HandedOverToCollection':
        track.handedOver = true;
        track.closedDay ??= played.day;
        return;
      case 'WrittenOff':
        track.closedDay ??= played.day;
        return;
      case 'Paid':
      case 'CreditNoteApplied': {
        track.outstanding -= event.data.amount.amount;
        if (track.outstanding > 0 || track.closedDay !== null) return;
        track.closedDay = played.day;
        if (event.type === 'Paid' && played.cause === 'own-accord')
          track.ownAccord = track.reminders;
        if (event.type === 'Paid') {
          track.needless += track.pending.filter(
            (d) => played.day - d <= NEEDLESS_WITHIN_DAYS,
          ).length;
        }
        return;
      }
      default:
        return;
    }
  }

  measures(): SimulationMeasures {
    return measuresOf([...this.invoices.values()], this.endDay);
  }

  /** The measures of each group apart, groups in name order. */
  measuresByGroup(): Readonly<Record<string, SimulationMeasures>> {
    const groups = new Map<string, Track[]>();
    for (const t of this.invoices.values())
      groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
    return Object.fromEntries(
      [...groups.keys()].sort().map((g) => [g, measuresOf(groups.get(g) ?? [], this.endDay)]),
    );
  }
}
