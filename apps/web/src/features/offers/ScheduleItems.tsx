import type { HandoutLanguageData } from './handout/handoutQueries';
import { scheduleText, scheduleTextIn } from './scheduleText';
import type { OfferScheduleData } from './searchQueries';

/**
 * An offer's times as a list. In the citizen's language the weekday, time and dates are in it as the browser
 * writes them (scheduleTextIn), the staff's own words apart in Danish; a line the browser cannot write in the
 * language stays Danish and is marked so (ADR 043).
 */
export function ScheduleItems({
  schedules,
  language,
}: {
  schedules: readonly OfferScheduleData[];
  language?: HandoutLanguageData | null;
}) {
  return (
    <ul className="plain-list">
      {schedules.map((schedule) => {
        if (!language) return <li key={schedule.id}>{scheduleText(schedule)}</li>;
        const inLanguage = scheduleTextIn(schedule, language.code);
        if (!inLanguage)
          return (
            <li key={schedule.id} lang="da" dir="ltr">
              {scheduleText(schedule)}
            </li>
          );
        return (
          <li key={schedule.id}>
            {inLanguage.text}
            {inLanguage.danishPart && (
              <>
                {' ('}
                <span lang="da" dir="ltr">
                  {inLanguage.danishPart}
                </span>
                {')'}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
