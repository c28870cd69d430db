// The Danish date parser for forms and files: "15.2.2027", "15.02.2027" and "2027-02-15" are all the
// calendar date "2027-02-15". A date that does not exist (30.2.2027, 29.2.2026) is refused, not rolled
// over into the next month as Date would. Zod-free: the browser imports this file directly. It is the
// shared parser of dates.ts (the one the API's Date scalar uses), answering null instead of a reason.
import { parseCalendarDate } from './dates';

/** "15.2.2027" or "2027-02-15" -> "2027-02-15"; null when the text is not a date that exists. */
export function parseDanishDate(text: string): string | null {
  const parsed = parseCalendarDate(text);
  return parsed.ok ? parsed.iso : null;
}
