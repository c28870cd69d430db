// What a query says besides its needs (issue 11, failure class 7): an age in the sentence ("datteren på
// 9", "angst 40 år", "er 72", "en 2-årig"). The engine uses it to rank, softly: offers whose age range
// includes the age first, those that exclude it last; an age given as a filter wins over it.
import { fold } from './fold';

export interface QueryHints {
  /** The citizen's age, if the sentence states one (0–120). */
  age: number | null;
  /** The folded words of the query that state it (left out of matching: "9", "år"). */
  ageWords: string[];
}

// Folded text: "år" is "aar". A number followed by år/årig/årige, or after "på"/"er"/"paa"; "2-årig" too.
const AGE_PATTERNS = [
  /(?:^|\s)(\d{1,3})\s*(?:-\s*)?(?:aar|aarig|aarige|aars)(?=\s|$)/,
  /(?:^|\s)(?:paa|er|pa)\s+(\d{1,3})(?=\s|$)/,
];

export function readQueryHints(text: string): QueryHints {
  const folded = fold(text).replace(/[^a-z0-9]+/g, ' ');
  for (const pattern of AGE_PATTERNS) {
    const m = pattern.exec(folded);
    const age = m ? Number(m[1]) : NaN;
    if (m && Number.isInteger(age) && age <= 120) return { age, ageWords: [m[1]!] };
  }
  return { age: null, ageWords: [] };
}

/** Points for an offer's age range against a stated age: within it +2, outside it −6, no range 0. */
export function agePoints(age: number, minAge: number | null, maxAge: number | null): number {
  if (minAge == null && maxAge == null) return 0;
  const fits = (minAge == null || minAge <= age) && (maxAge == null || maxAge >= age);
  return fits ? 2 : -6;
}
