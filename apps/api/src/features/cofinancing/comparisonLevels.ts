// The comparison levels of the co-financing page (issue 13, ADRs 033, 068) for the breakdowns and the
// preventable admissions, computed only from imported data, the way the yearly totals are: a level's
// figure is the sum over its municipalities divided by the sum of their population, counting only the
// municipalities that have both imported data and population that year.
// - Breakdowns (sector, contact type, diagnosis group): kroner per inhabitant of all ages; age groups: per
//   inhabitant of that age group. A member with activity that year but none in a key counts with 0 kr.
// - Preventable admissions: admissions per 1,000 citizens aged 65+ (65–79 plus 80+), as the stored eSundhed
//   definition states, over the members with imported preventable admissions that year.
import { cofinancingMessages as m } from '@sundhed/shared';

/** A level: who is in it, or why it has no members (no kommunesocialgruppe). */
export interface LevelDefinition {
  label: string;
  members: Set<string> | null;
  reason: string | null;
}

export interface LevelValue {
  label: string;
  value: number | null;
  municipalities: number;
  reason: string | null;
}

export interface Populations {
  total: (id: string, year: number) => number | undefined;
  byAge: Map<string, number>;
  aged65: (id: string, year: number) => number | undefined;
}

interface KeyAmount {
  municipalityId: string;
  dimension: string;
  key: string;
  amount: number;
}

/**
 * Per breakdown row of the year: each level's kroner per inhabitant. `withData` are the municipalities
 * with imported activity that year; `amounts` every municipality's sums per dimension and key that year.
 */
export function breakdownLevels(
  defs: LevelDefinition[],
  amounts: KeyAmount[],
  withData: Set<string>,
  pop: Populations,
  year: number,
) {
  const amountOf = new Map(amounts.map((a) => [`${a.municipalityId}|${a.dimension}|${a.key}`, a.amount]));
  const people = (id: string, dimension: string, key: string) =>
    dimension === 'ageGroup' ? pop.byAge.get(`${id}|${year}|${key}`) : pop.total(id, year);
  return (dimension: string, key: string): LevelValue[] =>
    defs.map((def) => {
      if (!def.members) return { label: def.label, value: null, municipalities: 0, reason: def.reason };
      let amount = 0;
      let population = 0;
      let count = 0;
      for (const id of def.members) {
        const p = withData.has(id) ? people(id, dimension, key) : undefined;
        if (!p) continue;
        amount += amountOf.get(`${id}|${dimension}|${key}`) ?? 0;
        population += p;
        count++;
      }
      if (!count)
        return {
          label: def.label,
          value: null,
          municipalities: 0,
          reason: dimension === 'ageGroup' && withData.size ? m.levelAgeNotImported(year) : m.levelNotImported(year),
        };
      return { label: def.label, value: amount / population, municipalities: count, reason: null };
    });
}

interface PreventableCount {
  municipalityId: string;
  year: number;
  group: string;
  count: number;
}

/** Per preventable-admissions group and year: each level's admissions per 1,000 citizens aged 65+. */
export function preventableLevels(defs: LevelDefinition[], rows: PreventableCount[], pop: Populations) {
  const countOf = new Map(rows.map((r) => [`${r.municipalityId}|${r.year}|${r.group}`, r.count]));
  const reported = new Set(rows.map((r) => `${r.municipalityId}|${r.year}`));
  return (year: number, group: string): LevelValue[] =>
    defs.map((def) => {
      if (!def.members) return { label: def.label, value: null, municipalities: 0, reason: def.reason };
      let admissions = 0;
      let aged = 0;
      let count = 0;
      for (const id of def.members) {
        const p = reported.has(`${id}|${year}`) ? pop.aged65(id, year) : undefined;
        if (!p) continue;
        admissions += countOf.get(`${id}|${year}|${group}`) ?? 0;
        aged += p;
        count++;
      }
      if (!count)
        return { label: def.label, value: null, municipalities: 0, reason: m.levelPreventableNotImported(year) };
      return { label: def.label, value: (1000 * admissions) / aged, municipalities: count, reason: null };
    });
}
