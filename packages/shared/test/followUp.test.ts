import { parseCalendarDate } from '../src/dates';
import { milestoneDue, milestoneTimeliness, missingStatusReport, previousQuarter, quarterEnd } from '../src/followUp';
import { formatHistoryValue, historyLabel } from '../src/history';
import { milestoneInputSchema } from '../src/validation';

test('dates: ISO and Danish, days that do not exist refused', () => {
  expect(parseCalendarDate('2027-02-15')).toEqual({ ok: true, iso: '2027-02-15' });
  expect(parseCalendarDate('15.2.2027')).toEqual({ ok: true, iso: '2027-02-15' });
  expect(parseCalendarDate(' 29.02.2028 ')).toEqual({ ok: true, iso: '2028-02-29' });
  expect(parseCalendarDate('29.2.2027')).toEqual({ ok: false, problem: 'DATE_DOES_NOT_EXIST' });
  expect(parseCalendarDate('2027-13-01')).toEqual({ ok: false, problem: 'DATE_DOES_NOT_EXIST' });
  expect(parseCalendarDate('15/2/2027')).toEqual({ ok: false, problem: 'DATE_FORMAT' });
});

test('the form schema reads the typed text with the same parser', () => {
  const ok = milestoneInputSchema.safeParse({ year: 2027, date: '15.2.2027', text: 'x' });
  expect(ok.success && ok.data.date).toBe('2027-02-15');
  const scalar = milestoneInputSchema.safeParse({ year: 2027, date: new Date('2027-02-15T00:00:00Z'), text: 'x' });
  expect(scalar.success && scalar.data.date).toBe('2027-02-15');
  const bad = milestoneInputSchema.safeParse({ year: 2027, date: '30.2.2027', text: 'x' });
  expect(bad.success).toBe(false);
});

test('a milestone is due at its date, else its quarter end, else its year end', () => {
  expect(milestoneDue({ year: 2027, quarter: null, date: '2027-02-15' })).toBe('2027-02-15');
  expect(milestoneDue({ year: 2027, quarter: 1, date: null })).toBe('2027-03-31');
  expect(milestoneDue({ year: 2028, quarter: null, date: null })).toBe('2028-12-31');
  expect(quarterEnd({ year: 2028, quarter: 1 })).toBe('2028-03-31');
  expect(previousQuarter('2027-01-10')).toEqual({ year: 2026, quarter: 4 });
});

test('late, done, done late, cancelled', () => {
  const m = { year: 2027, quarter: 1, date: null, status: 'IN_PROGRESS', completedOn: null };
  expect(milestoneTimeliness(m, '2027-03-31')).toBe('UPCOMING');
  expect(milestoneTimeliness(m, '2027-04-01')).toBe('LATE');
  expect(milestoneTimeliness({ ...m, status: 'DONE', completedOn: '2027-03-30' }, '2027-05-01')).toBe('DONE');
  expect(milestoneTimeliness({ ...m, status: 'DONE', completedOn: '2027-04-02' }, '2027-05-01')).toBe('DONE_LATE');
  expect(milestoneTimeliness({ ...m, status: 'CANCELLED' }, '2027-05-01')).toBe('CANCELLED');
});

test('a running project owes the last finished quarter its report', () => {
  const p = { status: 'IN_PROGRESS', closedOn: null, activeFrom: '2026-01-01' };
  expect(missingStatusReport(p, () => false, '2027-01-10')).toEqual({ year: 2026, quarter: 4 });
  expect(missingStatusReport(p, () => true, '2027-01-10')).toBeNull();
  expect(missingStatusReport({ ...p, activeFrom: '2027-01-02' }, () => false, '2027-01-10')).toBeNull();
  expect(missingStatusReport({ ...p, status: 'PLANNED' }, () => false, '2027-01-10')).toBeNull();
  expect(missingStatusReport({ ...p, closedOn: '2026-12-01' }, () => false, '2027-01-10')).toBeNull();
});

test('history values in Danish', () => {
  expect(historyLabel('ownerUnitId')).toBe('Ejer');
  expect(formatHistoryValue('status', 'TEMPORARILY_CLOSED')).toBe('Midlertidigt lukket');
  expect(formatHistoryValue('status', 'IN_PROGRESS')).toBe('I gang');
  expect(formatHistoryValue('ownerUnitId', 'abc', () => 'Center for Socialservice')).toBe('Center for Socialservice');
  expect(formatHistoryValue('amountKr', 1234567)).toBe('1.234.567 kr.');
  expect(formatHistoryValue('validFrom', '2023-04-26')).toBe('26.4.2023');
  expect(formatHistoryValue('assuredAt', '2026-01-14T08:30:00.000Z')).toBe('14.1.2026 kl. 09.30');
  expect(formatHistoryValue('interpreter', true)).toBe('ja');
  // A meeting's start and end as the form stores them.
  expect(formatHistoryValue('startTime', '14:00')).toBe('14.00');
  expect(formatHistoryValue('accessRoutes', ['SELF_REFERRAL', 'GP_REFERRAL'])).toBe(
    'Selvhenvendelse; Henvisning fra egen læge',
  );
  expect(
    formatHistoryValue('schedules', [{ kind: 'RECURRING', weekday: 2, opensAt: '10:00', closesAt: '12:00' }]),
  ).toBe('tirsdag 10.00–12.00');
});
