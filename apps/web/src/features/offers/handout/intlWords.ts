// Words the browser's own locale data (CLDR, through Intl) gives in the citizen's language: weekday names,
// date ranges and language names. Nothing here is translated by the team; a language the browser does not
// know keeps the Danish word, marked Danish where it is shown (ADR 043).
import { formatDate } from '../../../shared';

/** Whether the browser has locale data for the language (its weekdays, dates and language names). */
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
export function dateRangeIn(code: string, from: string, to: string): string | null {
  if (!knowsLanguage(code)) return null;
  const day = (value: string) => {
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
