import { SchedulingBehaviour } from './scheduling.inputs';
import { RELIABLE_MIN_PAID_INVOICES } from './adaptive-timing';

/**
 * Days after his previous reminder (normally the demand letter) before a pressed payer's
 * final notice goes out, where the ladder leaves more (docs/adr/0030).
 */
export const PRESSED_FINAL_NOTICE_DAYS = 7;

/**
 * A pressed payer pays when pressed, not by habit: of at least three paid invoices, more than
 * half were paid only after a demand letter or a firmer step. Adaptive timing sends his final
 * notice a week after his demand letter instead of waiting out the ladder (docs/adr/0030).
 */
export const isPressedPayer = (behaviour: SchedulingBehaviour | null): boolean =>
  behaviour !== null &&
  behaviour.paidInvoices >= RELIABLE_MIN_PAID_INVOICES &&
  behaviour.paidAfterDemand * 2 > behaviour.paidInvoices;
