// When an offer's scheduled courses have all ended (issue 9): the one definition, for the API's Offer
// fields, the "Kræver opmærksomhed" list and every screen. Days are ISO `yyyy-mm-dd` strings (compared as
// strings), "today" comes from the shared clock (clock.ts).

/** The part of an offer schedule (OfferSchedule) the rule reads. */
export interface ScheduleDays {
  kind: string;
  /** `yyyy-mm-dd` or null */
  validFrom: string | null;
  /** `yyyy-mm-dd` or null */
  validTo: string | null;
}

/** A schedule's last day: its end day, or for a course given on one day without an end day, its first day. */
const endDay = (s: ScheduleDays) => s.validTo ?? (s.kind === 'COURSE' ? s.validFrom : null);

/**
 * The last day of an offer's dated courses (`kind` COURSE), or null when it has no course with a date.
 */
export function lastCourseDay(schedules: readonly ScheduleDays[]): string | null {
  let last: string | null = null;
  for (const s of schedules) {
    const day = s.kind === 'COURSE' ? endDay(s) : null;
    if (day && (!last || day > last)) last = day;
  }
  return last;
}

/**
 * All of an offer's scheduled courses have ended: it has courses, every schedule (course or weekly
 * session) has a last day, and the last of them is before today. An offer with a course without dates or
 * a weekly session that runs on has not ended; an offer without schedules has nothing to end.
 */
export function coursesEnded(schedules: readonly ScheduleDays[], today: string): boolean {
  if (!schedules.some((s) => s.kind === 'COURSE')) return false;
  let last = '';
  for (const s of schedules) {
    const day = endDay(s);
    if (!day) return false;
    if (day > last) last = day;
  }
  return last < today;
}
