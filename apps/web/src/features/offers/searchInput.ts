import type { SearchFilterValues } from './SearchFilters';
import type { OfferSearchInput } from './searchQueries';

/** The API input for what is typed and chosen; null when there is nothing to search for yet. */
export function searchInput(text: string, filters: SearchFilterValues): OfferSearchInput | null {
  const input: OfferSearchInput = { limit: 30 };
  if (text.trim()) input.text = text.trim();
  if (filters.needCategory) input.needCategory = filters.needCategory;
  const age = Number.parseInt(filters.age, 10);
  if (filters.age.trim() && Number.isInteger(age) && age >= 0 && age <= 120) input.age = age;
  if (filters.targetGroup.trim()) input.targetGroup = filters.targetGroup.trim();
  const area = filters.area.trim();
  if (/^\d{4}$/.test(area)) input.postalCode = area;
  else if (area) input.area = area;
  if (filters.freeOnly) input.freeOnly = true;
  if (filters.language) input.language = filters.language;
  if (filters.format) input.format = filters.format;
  return Object.keys(input).length > 1 ? input : null;
}
