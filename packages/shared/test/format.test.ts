import { formatDate, formatKr, formatKrShort, formatNumber, formatQuarter } from '../src/format';
import { budgetLineInputSchema, milestoneInputSchema, toFieldIssues } from '../src/validation';

test('money, numbers, dates and quarters are formatted the Danish way', () => {
  expect(formatKr(1234567)).toBe('1.234.567 kr.');
  expect(formatKr(200000)).toBe('200.000 kr.');
  expect(formatNumber(2.5, 1)).toBe('2,5');
  expect(formatDate('2023-04-26')).toBe('26.4.2023');
  expect(formatDate(new Date('2016-12-06T00:00:00Z'))).toBe('6.12.2016');
  expect(formatQuarter(2016, 4)).toBe('4. kvt. 2016');
  expect(formatKrShort(1_500_000)).toBe('1,5 mio. kr.');
});

test('a budget line needs an amount or hours, and hours need a unit', () => {
  const result = budgetLineInputSchema.safeParse({ year: 2017, description: 'Koordinator', staffHours: 15 });
  expect(result.success).toBe(false);
  if (!result.success) {
    expect(toFieldIssues(result.error)).toEqual([
      { path: 'input.hoursUnit', message: 'Timeenhed skal angives, når der er personaletimer' },
    ]);
  }
  expect(budgetLineInputSchema.safeParse({ year: 2017, description: 'Drift', amountKr: 50000 }).success).toBe(true);
});

test('a milestone names each wrong field in Danish', () => {
  const result = milestoneInputSchema.safeParse({ year: 1999, quarter: 5, text: '  ' });
  expect(result.success).toBe(false);
  if (!result.success) {
    const messages = toFieldIssues(result.error).map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'input.year: Årstal skal være et årstal mellem 2000 og 2100',
        'input.quarter: Kvartal skal være et kvartal fra 1 til 4',
        'input.text: Tekst skal udfyldes',
      ]),
    );
  }
});

test('a timestamp shows the day it was in Copenhagen, on both sides of summer time', () => {
  expect(formatDate('2026-01-14T23:30:00Z')).toBe('15.1.2026'); // 00:30 CET
  expect(formatDate('2026-01-14T22:30:00Z')).toBe('14.1.2026'); // 23:30 CET
  expect(formatDate('2026-07-14T22:30:00.000Z')).toBe('15.7.2026'); // 00:30 CEST
  expect(formatDate(new Date('2026-07-14T21:30:00Z'))).toBe('14.7.2026'); // 23:30 CEST
  expect(formatDate('2026-03-28T23:30:00Z')).toBe('29.3.2026'); // 00:30 on the day summer time starts
  expect(formatDate('2026-10-24T22:30:00Z')).toBe('25.10.2026'); // 00:30 CEST on the day it ends
});
