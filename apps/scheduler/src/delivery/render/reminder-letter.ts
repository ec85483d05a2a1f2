import { CalendarDate, DebtorKind, Money, ReminderKind } from '@debiteur/core';

/** What a reminder letter says, gathered from the invoice as it stood when the reminder was sent. */
export interface ReminderFacts {
  readonly kind: ReminderKind;
  readonly level: number;
  readonly sentOn: CalendarDate;
  readonly invoice: {
    readonly number: string;
    /** What the invoice was for. */
    readonly description: string;
    readonly issueDate: CalendarDate;
    readonly dueDate: CalendarDate;
    readonly amount: Money;
    readonly outstanding: Money;
    readonly paymentLink: string | null;
  };
  /** Null when the debtor is not registered: the letter then greets nobody by name. */
  readonly debtor: {
    readonly name: string;
    readonly kind: DebtorKind;
    readonly contactPerson: string | null;
  } | null;
}

/** A letter before it becomes text or HTML: every piece is plain text, escaped on output. */
export interface Letter {
  readonly subject: string;
  readonly salutation: string;
  readonly body: readonly string[];
  /** Label and value rows: invoice number, description, dates, amounts. */
  readonly facts: readonly (readonly [string, string])[];
  readonly payment: { readonly label: string; readonly url: string } | null;
  readonly postscript: readonly string[];
  readonly closing: string;
  readonly signature: string | null;
}

/** One language's wording of every kind of reminder. */
export type LetterTemplate = (facts: ReminderFacts, senderName: string | null) => Letter;
