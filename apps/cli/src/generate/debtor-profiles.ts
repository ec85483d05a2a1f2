import { SeededRandom } from '../simulate/seeded-random';
import { HoldFate, InvoiceFate, Profile } from '../simulate/portfolio-world';

/** How many debtors of each profile a generated portfolio has (shares of 1). */
export const PROFILE_MIX: readonly (readonly [Profile, number])[] = [
  ['punctual', 0.4],
  ['reliably-late', 0.2],
  ['erratic', 0.2],
  ['disputing', 0.1],
  ['defaulting', 0.1],
];

export const drawProfile = (random: SeededRandom): Profile => {
  let u = random.next();
  for (const [profile, share] of PROFILE_MIX) {
    if (u < share) return profile;
    u -= share;
  }
  return 'punctual';
};

/** What stays the same for one debtor across its invoices. */
export interface DebtorTraits {
  readonly profile: Profile;
  /** For a reliably-late payer: his usual days past the due date. */
  readonly usualDaysLate: number;
}

export const drawTraits = (profile: Profile, random: SeededRandom): DebtorTraits => ({
  profile,
  usualDaysLate: random.int(2, 12),
});

/** Any debtor may wait for a credit note now and then (story 3). */
const CREDIT_NOTE_HOLD_SHARE = 0.04;

const creditNoteHold = (amount: number, random: SeededRandom): HoldFate => ({
  reason: 'awaiting-credit-note',
  onDay: random.int(2, 10),
  days: random.int(5, 20),
  creditNote: Math.max(1, Math.round(amount * random.int(5, 30) * 0.01)),
});

const disputeHold = (term: number, amount: number, random: SeededRandom): HoldFate => ({
  reason: 'dispute',
  onDay: random.int(3, term + 5),
  days: random.int(7, 30),
  creditNote: random.chance(0.5)
    ? Math.max(1, Math.round(amount * random.int(10, 50) * 0.01))
    : null,
});

/**
 * How a debtor of a profile deals with one invoice (days from the issue date, `term` its
 * payment term). Punctual: pays before the due date (1 in 20 a few days late). Reliably
 * late: pays on his usual day past due (±2), whatever reminders say (story 4). Erratic: half
 * the time pays around the due date, a third only after a reminder, the rest weeks late; a
 * reminder moves him within 2–9 days, one in five calls to promise (70% kept). Disputing:
 * a third of his invoices are disputed (on hold 1–4 weeks, half end with a credit note),
 * otherwise pays up to two weeks late or after a reminder. Defaulting: never pays of his
 * own accord; 40% of his invoices never get paid, the rest only weeks after a reminder;
 * half the time he promises, and keeps it one time in three.
 */
export const drawFate = (
  traits: DebtorTraits,
  term: number,
  amount: number,
  random: SeededRandom,
): InvoiceFate => waitForHold(drawProfileFate(traits, term, amount, random));

/**
 * A debtor who would pay of his own accord on or after the day a hold starts waits for it to
 * end, and pays two days after (or on his day, if that is later).
 */
const waitForHold = (fate: InvoiceFate): InvoiceFate => {
  const { hold, naturalPayDay } = fate;
  if (hold === null || naturalPayDay === null || naturalPayDay < hold.onDay) return fate;
  return { ...fate, naturalPayDay: Math.max(naturalPayDay, hold.onDay + hold.days + 2) };
};

const drawProfileFate = (
  traits: DebtorTraits,
  term: number,
  amount: number,
  random: SeededRandom,
): InvoiceFate => {
  const hold = random.chance(CREDIT_NOTE_HOLD_SHARE) ? creditNoteHold(amount, random) : null;
  switch (traits.profile) {
    case 'punctual':
      return {
        naturalPayDay: random.chance(0.95) ? term - random.int(0, 7) : term + random.int(1, 5),
        reactLag: random.int(2, 5),
        reactFromLevel: 1,
        promise: null,
        hold,
      };
    case 'reliably-late':
      return {
        naturalPayDay: term + traits.usualDaysLate + random.int(-2, 2),
        reactLag: null,
        reactFromLevel: 1,
        promise: null,
        hold,
      };
    case 'erratic': {
      const u = random.next();
      return {
        naturalPayDay:
          u < 0.5 ? term + random.int(-5, 10) : u < 0.85 ? null : term + random.int(10, 45),
        reactLag: random.int(2, 9),
        reactFromLevel: 1,
        promise: random.chance(0.2)
          ? { lagDays: random.int(3, 10), kept: random.chance(0.7) }
          : null,
        hold,
      };
    }
    case 'disputing':
      return {
        naturalPayDay: random.chance(0.6) ? term + random.int(0, 15) : null,
        reactLag: random.int(3, 10),
        reactFromLevel: 1,
        promise: random.chance(0.2)
          ? { lagDays: random.int(3, 10), kept: random.chance(0.6) }
          : null,
        hold: random.chance(0.35) ? disputeHold(term, amount, random) : hold,
      };
    case 'defaulting':
      return {
        naturalPayDay: null,
        reactLag: random.chance(0.4) ? null : random.int(7, 25),
        // The friendly reminder does not move him; a demand letter may.
        reactFromLevel: 2,
        promise: random.chance(0.5)
          ? { lagDays: random.int(5, 14), kept: random.chance(1 / 3) }
          : null,
        hold,
      };
  }
};
