import type { OfferSearchInput } from '../searchQueries';

/** The search input with the chips the user removed, so the search no longer reads them (issue 11). */
export function withIgnoredChips(input: OfferSearchInput | null, kinds: string[]): OfferSearchInput | null {
  return input && kinds.length ? { ...input, ignoreChips: kinds } : input;
}
