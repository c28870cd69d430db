import { fillHandoutText, formatDate } from '../../shared';
import type { HandoutLanguageData, HandoutTextsData } from './handout/handoutQueries';
import { danishIfMissing, pageTexts } from './handout/pageTexts';

interface CourseDays {
  coursesEnded: boolean;
  lastCourseDay?: string | null;
  nextCourseDay?: string | null;
}

/** Which course line is due (its text key), and the day it names. */
function courseLine(offer: CourseDays): { key: keyof HandoutTextsData; day: string | null } | null {
  if (offer.coursesEnded)
    return offer.lastCourseDay
      ? { key: 'courseEnded', day: formatDate(offer.lastCourseDay) }
      : { key: 'courseEndedShort', day: null };
  return offer.nextCourseDay ? { key: 'courseNext', day: formatDate(offer.nextCourseDay) } : null;
}

/**
 * What the worker and the citizen are told about the courses: "Næste hold ikke fastlagt" or the next start,
 * in the hand-out's language when one is chosen (the date stays in the Danish format).
 */
export function courseNoteText(offer: CourseDays, language: HandoutLanguageData | null = null): string | null {
  const line = courseLine(offer);
  if (!line) return null;
  const template = pageTexts(language)[line.key];
  return line.day === null ? template : fillHandoutText(template, line.day);
}

/**
 * The course note as a paragraph (`className` per page); nothing when there is nothing to say. With a
 * `language` it is in that language, or Danish marked `lang="da"` when the language lacks the line.
 */
export function CourseNote({
  offer,
  className,
  language = null,
}: {
  offer: CourseDays;
  className: string;
  language?: HandoutLanguageData | null;
}) {
  const line = courseLine(offer);
  const text = courseNoteText(offer, language);
  if (!line || !text) return null;
  return (
    <p className={className} role={offer.coursesEnded ? 'note' : undefined} {...danishIfMissing(language, line.key)}>
      {text}
    </p>
  );
}
