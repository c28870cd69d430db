import { formatDate, ui } from '../../shared';
import type { OfferScheduleData } from './searchQueries';

/** "Tirsdage kl. 10:00–12:00, 1.9.2025 – 15.12.2025 (Ishøj Bibliotek)" in plain Danish. */
export function scheduleText(schedule: OfferScheduleData): string {
  const parts: string[] = [];
  if (schedule.weekday) {
    const day = ui.offers.weekdayPlural[schedule.weekday] ?? '';
    parts.push(day.charAt(0).toUpperCase() + day.slice(1));
  }
  const time = ui.offers.time(schedule.opensAt, schedule.closesAt);
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
