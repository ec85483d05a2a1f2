import { DueActionTag } from '@debiteur/core';

/** What one invoice's turn in a pass came to. */
export interface InvoiceTally {
  readonly acted: number;
  readonly refused: number;
  /** Another writer moved the stream between loading and appending: reloaded and decided again. */
  readonly conflicts: number;
  readonly failed: number;
  readonly byAction: Readonly<Record<DueActionTag, number>>;
}

export const NO_ACTIONS: Readonly<Record<DueActionTag, number>> = {
  SendReminder: 0,
  HandOver: 0,
  BreakPromise: 0,
  DefaultArrangement: 0,
};

export const emptyTally: InvoiceTally = {
  acted: 0,
  refused: 0,
  conflicts: 0,
  failed: 0,
  byAction: NO_ACTIONS,
};

export const addTallies = (a: InvoiceTally, b: InvoiceTally): InvoiceTally => ({
  acted: a.acted + b.acted,
  refused: a.refused + b.refused,
  conflicts: a.conflicts + b.conflicts,
  failed: a.failed + b.failed,
  byAction: {
    SendReminder: a.byAction.SendReminder + b.byAction.SendReminder,
    HandOver: a.byAction.HandOver + b.byAction.HandOver,
    BreakPromise: a.byAction.BreakPromise + b.byAction.BreakPromise,
    DefaultArrangement: a.byAction.DefaultArrangement + b.byAction.DefaultArrangement,
  },
});
