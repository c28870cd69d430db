import { coursesEnded, lastCourseDay, type ScheduleDays } from '../src/offerCourses';

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
