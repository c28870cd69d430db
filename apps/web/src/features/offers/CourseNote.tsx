import { formatDate, handoutMessages as hm } from '../../shared';

interface CourseDays {
  coursesEnded: boolean;
  lastCourseDay?: string | null;
  nextCourseDay?: string | null;
}

/** What the worker and the citizen are told about the courses: "Næste hold ikke fastlagt" or the next start. */
export function courseNoteText(offer: CourseDays): string | null {
  if (offer.coursesEnded)
    return offer.lastCourseDay ? hm.course.ended(formatDate(offer.lastCourseDay)) : hm.course.endedShort;
  return offer.nextCourseDay ? hm.course.next(formatDate(offer.nextCourseDay)) : null;
}

/** The course note as a paragraph (`className` per page); nothing when there is nothing to say. */
export function CourseNote({ offer, className }: { offer: CourseDays; className: string }) {
  const text = courseNoteText(offer);
  if (!text) return null;
  return (
    <p className={className} role={offer.coursesEnded ? 'note' : undefined}>
      {text}
    </p>
  );
}
