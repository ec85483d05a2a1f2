import { addDays, CalendarDate, daysBetween } from '../shared/calendar-date';
import { addYears } from './statutory-interest';

/** Art. 3:307 lid 1 BW: a claim to pay under an agreement prescribes in five years. */
export const GENERAL_PRESCRIPTION_YEARS = 5;
/** Art. 7:28 BW: the price of a consumer purchase (consumentenkoop) prescribes in two years. */
export const CONSUMER_PURCHASE_PRESCRIPTION_YEARS = 2;

export interface PrescriptionInput {
  /** The day the claim became due (opeisbaar): the invoice's due date. */
  readonly claimDueDate: CalendarDate;
  /** True for the price of a consumer purchase (art. 7:28 BW); services and B2B: false. */
  readonly consumerPurchase: boolean;
  /**
   * The last written reminder or demand (schriftelijke aanmaning, art. 3:317 lid 1 BW) that
   * reached the debtor while the claim had not yet prescribed; null when there was none.
   */
  readonly lastInterruption: CalendarDate | null;
}

/**
 * The day the claim prescribes: from that day the debtor can refuse to pay, so the last day
 * to interrupt is the day before. The term, five years (art. 3:307 BW) or two for a consumer
 * purchase (art. 7:28 BW), runs from the start of the day after the claim became due. A
 * written reminder interrupts it (art. 3:317 BW) and a new term of the same length runs from
 * the day after (art. 3:319 lid 1 BW). To follow several interruptions, feed each one that
 * came before the date so far. The date is not moved off weekends or holidays: acting
 * before it is always in time.
 */
export const prescriptionDate = (input: PrescriptionInput): CalendarDate => {
  const years = input.consumerPurchase
    ? CONSUMER_PURCHASE_PRESCRIPTION_YEARS
    : GENERAL_PRESCRIPTION_YEARS;
  const interruption = input.lastInterruption;
  const start =
    interruption !== null && interruption > input.claimDueDate ? interruption : input.claimDueDate;
  return addYears(addDays(start, 1), years);
};

/** True from the day the claim prescribes (see `prescriptionDate`). */
export const isPrescribed = (prescribesOn: CalendarDate, today: CalendarDate): boolean =>
  today >= prescribesOn;

/**
 * True when the claim prescribes within `withinDays` days after `today` and has not yet:
 * the case must be acted on (a written reminder, a summons) before it is lost to time.
 */
export const isCloseToPrescription = (
  prescribesOn: CalendarDate,
  today: CalendarDate,
  withinDays: number,
): boolean => today < prescribesOn && daysBetween(today, prescribesOn) <= withinDays;
