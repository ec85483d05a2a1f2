import { addDays, CalendarDate, daysBetween } from '@debiteur/core';

/**
 * Days counted from a start date, both ways. Calendar arithmetic through luxon is slow, so
 * the days are walked once and then looked up: the simulation asks for them millions of times.
 */
export class DayIndex {
  private readonly dates: CalendarDate[];
  private readonly days: Map<CalendarDate, number>;

  constructor(readonly start: CalendarDate) {
    this.dates = [start];
    this.days = new Map([[start, 0]]);
  }

  /** The date `day` days after the start (day ≥ 0). */
  dateAt(day: number): CalendarDate {
    while (this.dates.length <= day) {
      const next = addDays(this.dates[this.dates.length - 1] ?? this.start, 1);
      this.days.set(next, this.dates.length);
      this.dates.push(next);
    }
    return this.dates[day] ?? this.start;
  }

  /** Days from the start to `date` (negative before it). */
  dayOf(date: CalendarDate): number {
    const known = this.days.get(date);
    if (known !== undefined) return known;
    const day = daysBetween(this.start, date);
    if (day >= 0) this.dateAt(day);
    return day;
  }
}
