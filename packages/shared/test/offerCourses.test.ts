import {
  courseState,
  coursesEndDay,
  coursesEnded,
  endedBy,
  lastCourseDay,
  nextCourseDay,
  type ScheduleDays,
} from '../src/offerCourses';

const course = (validFrom: string | null, validTo: string | null): ScheduleDays => ({
  kind: 'COURSE',
  validFrom,
  validTo,
});
const weekly = (validTo: string | null = null): ScheduleDays => ({ kind: 'RECURRING', validFrom: null, validTo });

test('ended when the last dated course ended before today', () => {
  const schedules = [course('2026-01-10', '2026-03-12'), course('2025-09-01', '2025-11-30')];
  expect(lastCourseDay(schedules)).toBe('2026-03-12');
  expect(coursesEnded(schedules, '2026-03-13')).toBe(true);
  expect(coursesEnded(schedules, '2026-03-12')).toBe(false); // the last day is still a course day
});

test('a one-day course ends on its first day', () => {
  expect(lastCourseDay([course('2026-05-04', null)])).toBe('2026-05-04');
  expect(coursesEnded([course('2026-05-04', null)], '2026-05-05')).toBe(true);
});

test('not ended: no courses, an undated course, or a weekly session that runs on', () => {
  expect(coursesEnded([], '2030-01-01')).toBe(false);
  expect(coursesEnded([weekly()], '2030-01-01')).toBe(false);
  expect(coursesEnded([course(null, null)], '2030-01-01')).toBe(false);
  expect(coursesEnded([course('2026-01-10', '2026-03-12'), weekly()], '2030-01-01')).toBe(false);
  expect(coursesEnded([course('2026-01-10', '2026-03-12'), weekly('2026-06-30')], '2026-07-01')).toBe(true);
  expect(coursesEnded([course('2026-01-10', '2026-03-12'), weekly('2026-06-30')], '2026-06-30')).toBe(false);
  expect(lastCourseDay([weekly('2026-06-30')])).toBeNull();
});

test('courseState: "Næste hold ikke fastlagt" after the last course, the next course before it', () => {
  const schedules = [course('2026-09-01', '2026-10-20'), course('2027-01-05', '2027-02-09')];
  expect(nextCourseDay(schedules, '2026-10-01')).toBe('2027-01-05');
  expect(courseState(schedules, '2026-10-01')).toEqual({ kind: 'next', day: '2027-01-05' });
  expect(courseState(schedules, '2027-01-05')).toEqual({ kind: 'next', day: '2027-01-05' });
  expect(courseState(schedules, '2027-01-06')).toEqual({ kind: 'none' }); // the last course is running
  expect(courseState(schedules, '2027-02-10')).toEqual({ kind: 'ended', last: '2027-02-09' });
  expect(coursesEndDay(schedules)).toBe('2027-02-09');
  expect(endedBy(coursesEndDay(schedules), '2027-02-10')).toBe(true);
  expect(courseState([weekly()], '2030-01-01')).toEqual({ kind: 'none' });
  expect(coursesEndDay([weekly('2026-06-30')])).toBeNull();
});
