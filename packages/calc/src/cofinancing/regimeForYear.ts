import type { Regime } from './types';

/**
 * The regime in force in a settlement year (docs/reference/cofinancing.md §1): 2007 introduction, 2012 flat model,
 * 2018 age-differentiated (L 74 2016-17), 2019 onwards frozen a-conto payments, 2027–2028
 * transition under Sundhedsreform 2024, abolished after. null before 2007 (no KMF).
 */
export function regimeForYear(year: number): Regime | null {
  if (year < 2007) return null;
  if (year <= 2011) return 'basic2007';
  if (year <= 2017) return 'flat2012';
  if (year === 2018) return 'age2018';
  if (year <= 2026) return 'aconto2019';
  if (year <= 2028) return 'transition2027';
  return 'abolished';
}
