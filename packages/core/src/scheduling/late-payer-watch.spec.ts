import * as E from 'fp-ts/Either';
import { DebtorId, debtorId } from '../shared/ids';
import { noticeReliableLatePayers } from './late-payer-watch';
import { POLICY } from './scheduling.spec-helpers';

const id = (raw: string): DebtorId => {
  const parsed = debtorId(raw);
  if (E.isLeft(parsed)) throw new Error(`bad test id ${raw}`);
  return parsed.right;
};

const behaviour = (raw: string, paid: number, median: number | null, p90: number | null) => ({
  debtorId: id(raw),
  paidInvoices: paid,
  medianDaysToPay: median,
  p10DaysToPay: median,
  p90DaysToPay: p90,
  meanDaysToPay: median,
  paidAfterDemand: 0,
});

describe('Noticing reliable but late payers (story 4)', () => {
  const firstReminderDay = 14 + (POLICY.ladder[0]?.afterDueDays ?? 0);

  it('points out the steady debtor who pays after his first reminder would go out', () => {
    const noticed = noticeReliableLatePayers(
      [
        behaviour('steady-late', 5, firstReminderDay + 3, firstReminderDay + 4),
        behaviour('on-time', 5, 10, 13),
        behaviour('erratic', 5, firstReminderDay + 3, firstReminderDay + 40),
        behaviour('new', 2, firstReminderDay + 3, firstReminderDay + 4),
      ],
      POLICY,
      () => 14,
    );
    expect(noticed.map((n) => n.debtorId)).toEqual(['steady-late']);
    expect(noticed[0]?.suggestedFirstReminderAfterDueDays).toBeGreaterThan(
      firstReminderDay + 4 - 14,
    );
  });

  it('judges each debtor against his own payment term', () => {
    const late = behaviour('agreed-30-days', 5, firstReminderDay + 3, firstReminderDay + 4);
    expect(noticeReliableLatePayers([late], POLICY, () => 30)).toEqual([]);
  });
});
