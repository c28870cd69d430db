// Follow-up rules (issue 9): whether a milestone is late and whether a project's quarterly status report is
// missing are computed from the shared clock (clock.ts), never typed. Dates are ISO `yyyy-mm-dd` strings;
// comparing them as strings compares the days.
import { daysInMonth } from './dates';
import { quarterOf } from './format';

const pad = (n: number) => String(n).padStart(2, '0');

export interface Quarter {
  year: number;
  quarter: number;
}

/** The last day of a quarter. */
export function quarterEnd({ year, quarter }: Quarter): string {
  const month = quarter * 3;
  return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

/** The quarter before the one a day falls in: the last finished quarter. */
export function previousQuarter(iso: string): Quarter {
  const { year, quarter } = quarterOf(iso);
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/** Whether a day is in the last month of its quarter (when the quarter's status report is due). */
export function inLastMonthOfQuarter(iso: string): boolean {
  return Number(iso.slice(5, 7)) % 3 === 0;
}

/** Whether a milestone, a status report or a project is done with, as far as lateness goes. */
export type MilestoneTimeliness = 'UPCOMING' | 'LATE' | 'DONE' | 'DONE_LATE' | 'CANCELLED';

export interface Dated {
  year: number;
  quarter: number | null;
  /** `yyyy-mm-dd` when the milestone has an exact date. */
  date: string | null;
}

/** The last day a milestone may be reached: its date, else its quarter's end, else its year's end. */
export function milestoneDue(m: Dated): string {
  if (m.date) return m.date;
  if (m.quarter) return quarterEnd({ year: m.year, quarter: m.quarter });
  return `${m.year}-12-31`;
}

/**
 * UPCOMING: not done and its time has not passed; LATE ("Forsinket"): not done and its date, quarter or
 * year has passed; DONE; DONE_LATE ("Færdig for sent"): done on a day after its time; CANCELLED.
 */
export function milestoneTimeliness(
  m: Dated & { status: string; completedOn: string | null },
  today: string,
): MilestoneTimeliness {
  if (m.status === 'CANCELLED') return 'CANCELLED';
  const due = milestoneDue(m);
  if (m.status === 'DONE') return m.completedOn && m.completedOn > due ? 'DONE_LATE' : 'DONE';
  return due < today ? 'LATE' : 'UPCOMING';
}

/** Project statuses that owe a quarterly status report. */
export const REPORTING_STATUSES: readonly string[] = ['IN_PROGRESS', 'AWAITING', 'PAUSED'];

/**
 * The quarter whose status report a project owes and lacks, or null. The last finished quarter's report is
 * missing when the project was running at its end (status, not closed, existing by then) and none was
 * written. `activeFrom` is the first day the project is known to exist.
 */
export function missingStatusReport(
  p: { status: string; closedOn: string | null; activeFrom: string },
  reported: (q: Quarter) => boolean,
  today: string,
): Quarter | null {
  if (!REPORTING_STATUSES.includes(p.status) || p.closedOn) return null;
  const last = previousQuarter(today);
  if (p.activeFrom > quarterEnd(last)) return null;
  return reported(last) ? null : last;
}
