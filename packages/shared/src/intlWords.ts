// Words the runtime's own locale data (CLDR, through Intl: the browser's, or Node's on the server) gives in the
// citizen's language: weekday names, date ranges and language names, and a session's time line made of them.
// Nothing here is translated by the team; a language the runtime does not know keeps the Danish words, marked
// Danish where they are shown (ADR 043).
import { formatDate } from './format';

/** Whether the runtime has locale data for the language (its weekdays, dates and language names). */
export function knowsLanguage(code: string): boolean {
  try {
    return (
      Intl.DateTimeFormat.supportedLocalesOf([code]).length > 0 &&
      Intl.DisplayNames.supportedLocalesOf([code]).length > 0
    );
  } catch {
    return false;
  }
}

/** A calendar day at noon UTC (formatted in UTC, so no time zone moves it to another day). */
function noonUtc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** The weekday (1 = Monday … 7 = Sunday, as the schedules store it) in the language: "Tuesday", "الثلاثاء". */
export function weekdayIn(code: string, weekday: number): string | null {
  if (!knowsLanguage(code) || !(weekday >= 1 && weekday <= 7)) return null;
  // 1.1.2024 was a Monday.
  return new Intl.DateTimeFormat(code, { weekday: 'long', timeZone: 'UTC' }).format(noonUtc(2024, 1, weekday));
}

/** A date range in the language's own way of writing it ("9/1/2025 – 12/15/2025" in English); both days are needed. */
export function dateRangeIn(code: string, from: string | Date, to: string | Date): string | null {
  if (!knowsLanguage(code)) return null;
  const day = (value: string | Date) => {
    const [d, m, y] = formatDate(value).split('.').map(Number);
    return noonUtc(y!, m!, d!);
  };
  return new Intl.DateTimeFormat(code, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(day(from), day(to));
}

/** The name of a language (an ISO 639-1 code such as "da") in the citizen's language: "Danish", "الدنماركية". */
export function languageNameIn(code: string, of: string): string | null {
  if (!knowsLanguage(code)) return null;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(of);
    return name ?? null;
  } catch {
    return null;
  }
}

/** Every language's name in the citizen's language, or null where the browser lacks one of them. */
export function languageNamesIn(code: string, languages: readonly string[]): string[] | null {
  const names = languages.map((of) => languageNameIn(code, of));
  return names.every((name): name is string => name !== null) ? names : null;
}

/** A session's days and times: what both the pages (strings) and the e-mail (Dates) hold. */
export interface SessionTimes {
  weekday: number | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | Date | null;
  validTo: string | Date | null;
}

/**
 * A session's weekday, time and dates in the language, as the runtime writes them ("Tuesday, 16:30–18:00,
 * 4/26/2023 – 6/7/2023"; the time in digits, isolated left to right). Null where the runtime lacks the
 * language, or a part is missing (an end without its start, a range with one day): then the Danish line stands.
 */
export function sessionTimesIn(code: string, s: SessionTimes): string | null {
  if (s.closesAt && !s.opensAt) return null;
  const time = s.opensAt ? `\u2066${s.opensAt}${s.closesAt ? `–${s.closesAt}` : ''}\u2069` : null;
  const weekday = s.weekday ? weekdayIn(code, s.weekday) : null;
  if (s.weekday && !weekday) return null;
  let range: string | null = null;
  if (s.validFrom || s.validTo) {
    if (!s.validFrom || !s.validTo) return null;
    range = dateRangeIn(code, s.validFrom, s.validTo);
    if (!range) return null;
  }
  return [weekday, time, range].filter(Boolean).join(', ') || null;
}
