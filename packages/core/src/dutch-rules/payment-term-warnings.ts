import { CalendarDate } from '../shared/calendar-date';

export type CompanySize = 'small-or-medium' | 'large';

export interface PaymentTermInput {
  /** The agreed payment term in days (from receipt of the invoice or of the goods). */
  readonly termDays: number;
  /** Consumers fall outside art. 6:119a BW: no warning ever applies to them. */
  readonly debtorKind: 'consumer' | 'business';
  /** Size by art. 2:397 BW (large: at least two of assets > €20m, turnover > €40m, ≥ 250 staff). */
  readonly creditorSize?: CompanySize;
  readonly debtorSize?: CompanySize;
  /**
   * The day the term was agreed: before 1 July 2022 the limit of art. 6:119a lid 6 BW was 60
   * days (30 days since Stb. 2022, 146/175); agreements existing then kept 60 days until
   * 1 July 2023. Unknown: the current limit.
   */
  readonly agreedOn?: CalendarDate;
}

export type PaymentTermWarning =
  | {
      /**
       * Art. 6:119a lid 5 BW: a term over 60 days holds only when expressly agreed and not
       * grossly unfair to the creditor.
       */
      readonly _tag: 'TermOverSixtyDays';
      readonly termDays: number;
      readonly limitDays: 60;
    }
  | {
      /**
       * Art. 6:119a lid 6 BW: a large debtor cannot agree a longer term with a small or
       * medium creditor; the clause is void and the statutory 30 days of lid 2 apply.
       */
      readonly _tag: 'LargeDebtorTermOverLimit';
      readonly termDays: number;
      readonly limitDays: 30 | 60;
    }
  | {
      /** The sizes are unknown, so lid 6 cannot be checked for a term over 30 days. */
      readonly _tag: 'CompanySizesUnknown';
      readonly termDays: number;
    };

export const GENERAL_TERM_LIMIT_DAYS = 60;
export const LARGE_DEBTOR_TERM_LIMIT_DAYS = 30;

/** Art. 6:119a lid 6 BW at 30 days: in force 1 July 2022, for existing agreements 1 July 2023. */
const THIRTY_DAYS_IN_FORCE = '2022-07-01';

const largeDebtorLimit = (agreedOn: CalendarDate | undefined): 30 | 60 =>
  agreedOn !== undefined && agreedOn < THIRTY_DAYS_IN_FORCE ? 60 : 30;

/**
 * Warnings about an agreed payment term between businesses (art. 6:119a lid 5 and 6 BW):
 * over 60 days, and over 30 days when a large company pays a small or medium one. The term is
 * never changed: what the law makes of the clause is for people to decide, so these are
 * warnings to show, in the order of the articles. None for a consumer debtor.
 */
export const paymentTermWarnings = (input: PaymentTermInput): readonly PaymentTermWarning[] => {
  const { termDays } = input;
  if (input.debtorKind === 'consumer') return [];
  const warnings: PaymentTermWarning[] = [];
  if (termDays > GENERAL_TERM_LIMIT_DAYS) {
    warnings.push({ _tag: 'TermOverSixtyDays', termDays, limitDays: GENERAL_TERM_LIMIT_DAYS });
  }
  const limit = largeDebtorLimit(input.agreedOn);
  if (input.debtorSize === 'large' && input.creditorSize === 'small-or-medium') {
    if (termDays > limit) {
      warnings.push({ _tag: 'LargeDebtorTermOverLimit', termDays, limitDays: limit });
    }
  } else if (
    termDays > LARGE_DEBTOR_TERM_LIMIT_DAYS &&
    (input.debtorSize === undefined || input.creditorSize === undefined) &&
    input.debtorSize !== 'small-or-medium' &&
    input.creditorSize !== 'large'
  ) {
    warnings.push({ _tag: 'CompanySizesUnknown', termDays });
  }
  return warnings;
};
