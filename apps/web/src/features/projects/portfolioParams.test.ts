import { exportHref, filterFrom, hasFilters, pageFrom, yearOf } from './portfolioParams';

describe('portfolio URL parameters', () => {
  it('reads the filters the list writes, and ignores what the API cannot take', () => {
    const params = new URLSearchParams('tema=t-C&ejer=ou-soc&status=PAUSED&aar=2026&opmaerksomhed=1&lukkede=1&side=3');
    expect(filterFrom(params)).toEqual({
      themeId: 't-C',
      ownerUnitId: 'ou-soc',
      status: ['PAUSED'],
      year: 2026,
      needsAttention: true,
      includeClosed: true,
    });
    expect(pageFrom(params)).toBe(3);
    expect(filterFrom(new URLSearchParams('status=LATE&aar=20&opmaerksomhed=ja'))).toEqual({});
    expect(pageFrom(new URLSearchParams('side=-1'))).toBe(1);
    expect(pageFrom(new URLSearchParams('side=x'))).toBe(1);
  });

  it('accepts only years 2000–2100', () => {
    expect(yearOf('2026')).toBe(2026);
    expect(yearOf(' 2100 ')).toBe(2100);
    expect(yearOf('1999')).toBeNull();
    expect(yearOf('26')).toBeNull();
    expect(yearOf(null)).toBeNull();
  });

  it('gives the export the filters but not the page', () => {
    const params = new URLSearchParams('side=2&tema=t-C&lukkede=1');
    expect(exportHref(params)).toBe('/api/projects/export.xlsx?tema=t-C&lukkede=1');
    expect(exportHref(new URLSearchParams('side=2'))).toBe('/api/projects/export.xlsx');
    expect(hasFilters(new URLSearchParams('side=2'))).toBe(false);
    expect(hasFilters(params)).toBe(true);
  });
});
