import { impossibleAge, MAX_QUERY_AGE, parseDanishInput, searchableInput } from '../../shared';
import type { SearchFilterValues } from './SearchFilters';
import type { OfferSearchInput } from './searchQueries';

/**
 * The API input for what is typed and chosen; null when there is nothing to search for yet. A text of
 * only punctuation ("%", "?!") is no text, and an impossible age's words ("200 år") are not searched
 * (searchableInput, as the server does): the page names the age instead (statedImpossibleAge).
 */
export function searchInput(text: string, filters: SearchFilterValues): OfferSearchInput | null {
  const input: OfferSearchInput = { limit: 30 };
  const searchable = searchableInput({ text: text.trim() }).text;
  if (searchable) input.text = searchable;
  if (filters.needCategory) input.needCategory = filters.needCategory;
  const age = filterAge(filters);
  if (age !== null && age >= 0 && age <= MAX_QUERY_AGE) input.age = Math.floor(age);
  if (filters.targetGroup.trim()) input.targetGroup = filters.targetGroup.trim();
  const area = filters.area.trim();
  if (/^\d{4}$/.test(area)) input.postalCode = area;
  else if (area) input.area = area;
  if (filters.freeOnly) input.freeOnly = true;
  if (filters.language) input.language = filters.language;
  if (filters.format) input.format = filters.format;
  return Object.keys(input).length > 1 ? input : null;
}

/** The age filter as typed, "7,5" and "7.5" alike; null when it holds no number. */
function filterAge(filters: SearchFilterValues): number | null {
  return filters.age.trim() ? parseDanishInput(filters.age) : null;
}

/**
 * A possible age with a fraction in the age filter ("7,5"): searched as the whole years it is (a child of
 * 7½ is 7, as offers' ages count), and the page says so rather than dropping the half without a word.
 */
export function statedFractionalAge(filters: SearchFilterValues): { typed: number; searched: number } | null {
  const age = filterAge(filters);
  if (age === null || Number.isInteger(age) || age < 0 || age > MAX_QUERY_AGE) return null;
  return { typed: age, searched: Math.floor(age) };
}

/** Something in the age filter that is no number ("syv", "7 år og 3 mdr"): not searched for, and named. */
export function unreadableAge(filters: SearchFilterValues): boolean {
  return Boolean(filters.age.trim()) && filterAge(filters) === null;
}

/**
 * An age above MAX_QUERY_AGE in the age filter or the text, or a negative one in the filter (it
 * takes "-3"): the page says it was not searched for.
 */
export function statedImpossibleAge(text: string, filters: SearchFilterValues): number | null {
  const age = filterAge(filters);
  if (age !== null && (age > MAX_QUERY_AGE || age < 0)) return age;
  return impossibleAge(text)?.age ?? null;
}
