import { timelineColumns } from './timelineColumns';

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
