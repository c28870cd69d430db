import {
  placeInWindow,
  quarterKeyOf,
  shiftQuarter,
  timelineColumns,
  windowAround,
  windowColumns,
} from './timelineColumns';

describe('timelineColumns', () => {
  it('spans every quarter from the earliest to the latest milestone, gaps included', () => {
    const columns = timelineColumns([
      { year: 2017, quarter: 1, date: null },
      { year: 2016, quarter: 3, date: null },
      { year: 2017, quarter: 3, date: null },
    ]);
    expect(columns.map((c) => `${c.year}/${c.quarter}`)).toEqual(['2016/3', '2016/4', '2017/1', '2017/2', '2017/3']);
  });

  it('places a dated milestone in its quarter and a year-only one in a column of its own', () => {
    const columns = timelineColumns([
      { year: 2023, quarter: null, date: '2023-04-26' },
      { year: 2024, quarter: null, date: null },
    ]);
    expect(columns.map((c) => `${c.year}/${c.quarter}`)).toEqual(['2023/2', '2024/null']);
  });

  it('has no columns without milestones', () => {
    expect(timelineColumns([])).toEqual([]);
  });
});

describe('the timeline window around today', () => {
  it('finds the quarter of a day and moves by quarters across years', () => {
    expect(quarterKeyOf('2026-12-04')).toBe(20264);
    expect(quarterKeyOf('2027-01-01')).toBe(20271);
    expect(shiftQuarter(20264, 1)).toBe(20271);
    expect(shiftQuarter(20261, -1)).toBe(20254);
    expect(shiftQuarter(20262, -9)).toBe(20241);
  });

  it('spans four quarters back and four ahead, empty quarters included', () => {
    const range = windowAround(quarterKeyOf('2026-12-04'));
    expect(range).toEqual({ first: 20254, last: 20274 });
    const columns = windowColumns(range, [{ year: 2027, quarter: null, date: null }]);
    expect(columns.map((c) => `${c.year}/${c.quarter}`)).toEqual([
      '2025/4',
      '2026/1',
      '2026/2',
      '2026/3',
      '2026/4',
      '2027/null',
      '2027/1',
      '2027/2',
      '2027/3',
      '2027/4',
    ]);
  });

  it('places milestones before, in or after the window (a year-only one by its year)', () => {
    const range = windowAround(20264);
    expect(placeInWindow(20171, range)).toBe(-1);
    expect(placeInWindow(20254, range)).toBe(0);
    expect(placeInWindow(20281, range)).toBe(1);
    expect(placeInWindow(20250, range)).toBe(0);
    expect(placeInWindow(20240, range)).toBe(-1);
  });
});
