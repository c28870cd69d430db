// An age the query's sentence states (issue 11, failure class 7), for ranking: offers whose age range
// includes it first, those that exclude it last. The age chip (@sundhed/shared/queryUnderstanding) makes
// it a filter the user can remove; this reads the same age, and also "er 72" (said of a person, but too
// loose to be a chip), for when it is not a filter.
import { understandQuery } from '@sundhed/shared/queryUnderstanding';
import { fold } from './fold';

export interface QueryHints {
  /** The citizen's age, if the sentence states one (0–120). */
  age: number | null;
  /** The folded words of the query that state it (left out of matching: "9"). */
  ageWords: string[];
  /** The ages of a group the sentence names ("voksne", "unge", "pensionist"), when it states no age. */
  ageGroup: AgeRange | null;
}

export interface AgeRange {
  min: number;
  max: number;
}

const MAX_AGE = 120;

export const NO_HINTS: QueryHints = { age: null, ageWords: [], ageGroup: null };

/**
 * Words naming an age group, folded, with the widest ages a Danish offer for that group is written for:
 * "unge" is 13–17 in one catalogue and 18–29 in another, so only an offer outside the whole span is
 * taken to exclude it.
 */
const AGE_GROUPS: Readonly<Record<string, AgeRange>> = Object.fromEntries(
  (
    [
      [['voksen', 'voksne'], { min: 18, max: MAX_AGE }],
      [['ung', 'unge', 'teenager', 'teenagere', 'teenageren'], { min: 13, max: 29 }],
      [['aeldre', 'pensionist', 'pensionister', 'senior', 'seniorer'], { min: 60, max: MAX_AGE }],
    ] as const
  ).flatMap(([words, range]) => words.map((w) => [w, range])),
);

export function readQueryHints(text: string): QueryHints {
  const chip = understandQuery(text).chips.find((c) => c.kind === 'age');
  if (chip) return { age: Number(chip.value), ageWords: [chip.value], ageGroup: null };
  const folded = fold(text).replace(/[^a-z0-9]+/g, ' ');
  const m = /(?:^|\s)er (\d{1,3})(?=\s|$)/.exec(folded);
  const age = m ? Number(m[1]) : NaN;
  if (m && age <= MAX_AGE) return { age, ageWords: [m[1]!], ageGroup: null };
  const group = folded.split(' ').find((w) => Object.hasOwn(AGE_GROUPS, w));
  return group ? { ...NO_HINTS, ageGroup: AGE_GROUPS[group]! } : NO_HINTS;
}

/** Points for an offer's age range against a named age group: outside the group's whole span −6, else 0. */
export function ageGroupPoints(group: AgeRange, minAge: number | null, maxAge: number | null): number {
  if (minAge == null && maxAge == null) return 0;
  const disjoint = (maxAge != null && maxAge < group.min) || (minAge != null && minAge > group.max);
  return disjoint ? -6 : 0;
}

/** Points for an offer's age range against a stated age: within it +2, outside it −6, no range 0. */
export function agePoints(age: number, minAge: number | null, maxAge: number | null): number {
  if (minAge == null && maxAge == null) return 0;
  const fits = (minAge == null || minAge <= age) && (maxAge == null || maxAge >= age);
  return fits ? 2 : -6;
}
