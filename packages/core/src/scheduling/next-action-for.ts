import { DebtorKind } from '../debtor/debtor.events';
import { DebtorState } from '../debtor/debtor.state';
import { InvoiceState } from '../invoice/invoice.state';
import { ReminderPolicy } from '../policy/policy.events';
import { BusinessCalendar } from '../shared/business-calendar';
import { SCHEDULING_CALENDAR } from './listed-calendar';
import { Instant } from '../shared/instant';
import { nextAction } from './next-action';
import { NextAction } from './next-action.types';
import { SchedulingBehaviour } from './scheduling.inputs';

/** What the scheduler reads besides the invoice itself: its debtor, the policy, the habit. */
export interface SchedulingContext {
  /** The debtor's state; null or unregistered when the debtor is not known (yet). */
  readonly debtor: DebtorState | null;
  readonly policy: ReminderPolicy;
  readonly behaviour: SchedulingBehaviour | null;
}

/**
 * The next action for an invoice as the saga computes it: an open invoice's workflow reads
 * its registered debtor (kind, agreed reminder offset), the tenant's policy and the debtor's
 * payment behaviour; a closed invoice needs none of them. Business days are Dutch
 * (`SCHEDULING_CALENDAR`).
 */
export const nextActionFor = (
  invoice: InvoiceState,
  context: SchedulingContext,
  now: Instant,
  calendar: BusinessCalendar = SCHEDULING_CALENDAR,
): NextAction => {
  const open = invoice.status === 'open';
  const debtor = open && context.debtor?.status === 'registered' ? context.debtor : null;
  return nextAction({
    invoice,
    debtor,
    policy: context.policy,
    behaviour: open ? context.behaviour : null,
    calendar,
    now,
  });
};

/** The registered debtor's kind, which a hand-over needs for interest and costs; else null. */
export const debtorKindOf = (context: SchedulingContext): DebtorKind | null =>
  context.debtor?.status === 'registered' ? context.debtor.kind : null;
