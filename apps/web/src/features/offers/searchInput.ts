import { impossibleAge, MAX_QUERY_AGE, searchableInput } from '../../shared';
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
  const age = Number.parseInt(filters.age, 10);
  if (filters.age.trim() && Number.isInteger(age) && age >= 0 && age <= MAX_QUERY_AGE) input.age = age;
  if (filters.targetGroup.trim()) input.targetGroup = filters.targetGroup.trim();
  const area = filters.area.trim();
  if (/^\d{4}$/.test(area)) input.postalCode = area;
  else if (area) input.area = area;
  if (filters.freeOnly) input.freeOnly = true;
  if (filters.language) input.language = filters.language;
  if (filters.format) input.format = filters.format;
  return Object.keys(input).length > 1 ? input : null;
}

/**
 * An age above MAX_QUERY_AGE in the age filter or the text, or a negative one in the filter (its number
 * field takes "-3"): the page says it was not searched for.
 */
export function statedImpossibleAge(text: string, filters: SearchFilterValues): number | null {
  const age = Number.parseInt(filters.age, 10);
  if (filters.age.trim() && Number.isInteger(age) && (age > MAX_QUERY_AGE || age < 0)) return age;
  return impossibleAge(text)?.age ?? null;
}
