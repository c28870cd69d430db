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
}

export const NO_HINTS: QueryHints = { age: null, ageWords: [] };

const MAX_AGE = 120;

export function readQueryHints(text: string): QueryHints {
  const chip = understandQuery(text).chips.find((c) => c.kind === 'age');
  if (chip) return { age: Number(chip.value), ageWords: [chip.value] };
  const m = /(?:^|\s)er (\d{1,3})(?=\s|$)/.exec(fold(text).replace(/[^a-z0-9]+/g, ' '));
  const age = m ? Number(m[1]) : NaN;
  return m && age <= MAX_AGE ? { age, ageWords: [m[1]!] } : NO_HINTS;
}

/** Points for an offer's age range against a stated age: within it +2, outside it −6, no range 0. */
export function agePoints(age: number, minAge: number | null, maxAge: number | null): number {
  if (minAge == null && maxAge == null) return 0;
  const fits = (minAge == null || minAge <= age) && (maxAge == null || maxAge >= age);
  return fits ? 2 : -6;
}
