import { CalendarDate, DebtorKind, Money, ReminderKind } from '@debiteur/core';
import { Language } from '../reminder-message';

/** Statutory interest a letter names: the amount accrued up to a day, and which rate it is. */
export interface InterestFacts {
  readonly amount: Money;
  /** The last day the amount counts interest for (the letter's date). */
  readonly until: CalendarDate;
  /** `consumer`: the statutory rate (BW 6:119); `commercial`: the commercial rate (BW 6:119a). */
  readonly rate: 'consumer' | 'commercial';
}

/** What a reminder letter says, gathered from the invoice as it stood when the reminder was sent. */
export interface ReminderFacts {
  readonly kind: ReminderKind;
  readonly level: number;
  /** The letter's date (dagtekening). */
  readonly sentOn: CalendarDate;
  readonly invoice: {
    readonly number: string;
    /** What the invoice was for. */
    readonly description: string;
    readonly issueDate: CalendarDate;
    readonly dueDate: CalendarDate;
    readonly amount: Money;
    /** The principal still owed. */
    readonly outstanding: Money;
    readonly paymentLink: string | null;
  };
  /** Null when the debtor is not registered: the letter then greets nobody by name. */
  readonly debtor: {
    readonly name: string;
    readonly kind: DebtorKind;
    readonly contactPerson: string | null;
  } | null;
  /**
   * The extrajudicial collection costs the letter states: on a final notice (the 14-day
   * letter) the amount due if the debtor does not pay in time, on a hand-over the amount
   * charged. Null when the letter names none.
   */
  readonly collectionCosts: Money | null;
  /** Statutory interest accrued, when the letter names it. */
  readonly interest: InterestFacts | null;
  /** The last day to pay, inclusive (the 14-day letter's deadline); null when the letter sets none. */
  readonly deadline: CalendarDate | null;
}

/** A letter before it becomes text, HTML or PDF: every piece is plain text, escaped on output. */
export interface Letter {
  readonly language: Language;
  readonly subject: string;
  /** Who the letter is from, printed at the top; null when the deployment names nobody. */
  readonly sender: string | null;
  /** The addressee block: the debtor's name and, on a second line, for whose attention. */
  readonly addressee: readonly string[];
  /** Label and value lines above the salutation: the letter's date and what it concerns. */
  readonly heading: readonly (readonly [string, string])[];
  readonly salutation: string;
  readonly body: readonly string[];
  /** Label and value rows: invoice number, description, dates, amounts, costs, deadline. */
  readonly facts: readonly (readonly [string, string])[];
  readonly payment: { readonly label: string; readonly url: string } | null;
  readonly postscript: readonly string[];
  readonly closing: string;
  readonly signature: string | null;
  /** The footer of each printed page: `Factuur 2026-0042 · pagina 1 van 2`. */
  readonly pageFooter: (page: number, pages: number) => string;
  /** The PDF's file name, e.g. `aanmaning-2026-0042.pdf`. */
  readonly fileName: string;
}

/** One language's wording of every kind of reminder. */
export type LetterTemplate = (facts: ReminderFacts, senderName: string | null) => Letter;
