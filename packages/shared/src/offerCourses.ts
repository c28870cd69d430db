// When an offer's scheduled courses have all ended (issue 9): the one definition, for the API's Offer
// fields, the "Kræver opmærksomhed" list and every screen. Days are ISO `yyyy-mm-dd` strings (compared as
// strings), "today" comes from the shared clock (clock.ts).

import { dateToIso } from './dates';

/** The part of an offer schedule (OfferSchedule) the rule reads. */
export interface ScheduleDays {
  kind: string;
  /** `yyyy-mm-dd` or null */
  validFrom: string | null;
  /** `yyyy-mm-dd` or null */
  validTo: string | null;
}

/** Stored schedules (calendar dates as Date at UTC midnight, as Prisma reads them) as the rule reads them. */
export function storedScheduleDays(
  schedules: readonly { kind: string; validFrom: Date | null; validTo: Date | null }[],
): ScheduleDays[] {
  return schedules.map((s) => ({
    kind: s.kind,
    validFrom: s.validFrom && dateToIso(s.validFrom),
    validTo: s.validTo && dateToIso(s.validTo),
  }));
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
 * The day after which all of an offer's scheduled courses have ended: it has courses, every schedule
 * (course or weekly session) has a last day, and this is the last of them. Null when the offer has no
 * course, a course without dates or a weekly session that runs on. The search index keeps this day, so
 * "ended" can be asked of any day without the schedules.
 */
export function coursesEndDay(schedules: readonly ScheduleDays[]): string | null {
  if (!schedules.some((s) => s.kind === 'COURSE')) return null;
  let last = '';
  for (const s of schedules) {
    const day = endDay(s);
    if (!day) return null;
    if (day > last) last = day;
  }
  return last;
}

/** Whether courses that ended on `endDay` (coursesEndDay) have ended by `today`. */
export const endedBy = (end: string | null, today: string) => end !== null && end < today;

/**
 * All of an offer's scheduled courses have ended: it has courses, every schedule (course or weekly
 * session) has a last day, and the last of them is before today. An offer with a course without dates or
 * a weekly session that runs on has not ended; an offer without schedules has nothing to end.
 */
export function coursesEnded(schedules: readonly ScheduleDays[], today: string): boolean {
  return endedBy(coursesEndDay(schedules), today);
}

/** The first day of the next course that starts today or later, or null when none is planned. */
export function nextCourseDay(schedules: readonly ScheduleDays[], today: string): string | null {
  let next: string | null = null;
  for (const s of schedules) {
    if (s.kind === 'COURSE' && s.validFrom && s.validFrom >= today && (!next || s.validFrom < next)) next = s.validFrom;
  }
  return next;
}

/**
 * What a citizen and a worker are told about an offer's courses on `today`: "ended" (no next course is
 * set: "Næste hold ikke fastlagt"), "next" (a course starts on `day`), or "none" (no dated courses, or
 * one is running). One answer for search hits, the offer page, print sheet, e-mail and public page.
 */
export type CourseState = { kind: 'ended'; last: string } | { kind: 'next'; day: string } | { kind: 'none' };

export function courseState(schedules: readonly ScheduleDays[], today: string): CourseState {
  const end = coursesEndDay(schedules);
  if (end !== null && endedBy(end, today)) return { kind: 'ended', last: lastCourseDay(schedules) ?? end };
  const day = nextCourseDay(schedules, today);
  return day ? { kind: 'next', day } : { kind: 'none' };
}
