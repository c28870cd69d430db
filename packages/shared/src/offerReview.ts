// Why an offer is in the staff unit's review queue (issue 12): not confirmed within the chosen period,
// or listed as running while all its scheduled courses have ended (offerCourses.ts). The one rule, for
// the API's queue and for the reason each entry shows. Zod-free: the browser imports this file.

/** Why an offer is due for review; an offer can have more than one reason. */
export type ReviewReason = 'NEVER_CONFIRMED' | 'NOT_CONFIRMED' | 'COURSES_ENDED';

/** The moment `months` calendar months before `now`: confirmations at or before it are due. */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** The part of an offer the rule reads. */
export interface ReviewFacts {
  /** When its information was last confirmed; null when never. */
  assuredAt: Date | string | null;
  status: string;
  /** All its scheduled courses have ended (coursesEnded). */
  coursesEnded: boolean;
}

/** Why the offer is due for review by `cutoff` (monthsBefore); empty when it is not. */
export function reviewReasons(offer: ReviewFacts, cutoff: Date): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (offer.assuredAt === null) reasons.push('NEVER_CONFIRMED');
  else if (new Date(offer.assuredAt) <= cutoff) reasons.push('NOT_CONFIRMED');
  // An inactive offer is not listed as running, so its ended courses tell the citizen nothing wrong.
  if (offer.status !== 'INACTIVE' && offer.status !== 'ENDED' && offer.coursesEnded) reasons.push('COURSES_ENDED');
  return reasons;
}
