import { formatClockRange, formatDate, ui } from '../../shared';
import { sessionTimesIn } from '@sundhed/shared/intlWords';
import type { OfferScheduleData } from './searchQueries';

/** "Tirsdage kl. 10.00–12.00, 1.9.2025 – 15.12.2025 (Ishøj Bibliotek)" in plain Danish. */
export function scheduleText(schedule: OfferScheduleData): string {
  const parts: string[] = [];
  if (schedule.weekday) {
    const day = ui.offers.weekdayPlural[schedule.weekday] ?? '';
    parts.push(day.charAt(0).toUpperCase() + day.slice(1));
  }
  const time = formatClockRange(schedule.opensAt, schedule.closesAt);
  if (time) parts.push(time);
  const first = parts.join(' ');
  const dates = ui.offers.dateRange(
    schedule.validFrom ? formatDate(schedule.validFrom) : null,
    schedule.validTo ? formatDate(schedule.validTo) : null,
  );
  const text = [first, dates].filter(Boolean).join(', ');
  const extra = [schedule.description, schedule.locationName].filter(Boolean).join(', ');
  return extra ? (text ? `${text} (${extra})` : extra) : text;
}

/**
 * A schedule for the citizen's page in their language: the weekday, the time in digits and the date range as
 * the browser writes them in that language ("Tuesday, 16:30–18:00, 1/9/2025 – 15/12/2025"), and the staff's
 * own words (description, place) apart, in Danish. Null where the browser lacks the language, or a part
 * (a weekday, a time, both days of a range) is missing: then the whole line stays Danish (scheduleText).
 */
export function scheduleTextIn(
  schedule: OfferScheduleData,
  code: string,
): { text: string; danishPart: string | null } | null {
  const text = sessionTimesIn(code, schedule);
  if (!text) return null;
  const extra = [schedule.description, schedule.locationName].filter(Boolean).join(', ');
  return { text, danishPart: extra || null };
}
