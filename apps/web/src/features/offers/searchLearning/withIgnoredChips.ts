import { understandQuery, type QueryChip, type QueryChipKind } from '@sundhed/shared/queryUnderstanding';
import type { OfferSearchInput } from '../searchQueries';

/** The search input with the chips the user removed, so the search no longer reads them (issue 11). */
export function withIgnoredChips(input: OfferSearchInput | null, kinds: string[]): OfferSearchInput | null {
  return input && kinds.length ? { ...input, ignoreChips: kinds } : input;
}

/**
 * The chips the server reads from this input's text and applies (the same shared function as the
 * server's search): a filter chosen in the form wins over the same kind in the text.
 */
export function understoodChips(input: OfferSearchInput): QueryChip[] {
  const ignore = (input.ignoreChips ?? []) as QueryChipKind[];
  return understandQuery(input.text ?? '', ignore).chips.filter((chip) =>
    chip.kind === 'age'
      ? input.age == null
      : chip.kind === 'free'
        ? !input.freeOnly
        : chip.kind === 'language'
          ? !input.language
          : !input.format,
  );
}
