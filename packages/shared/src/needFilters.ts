// The search page's "Behov" filter (issue 12): one clean list of needs a citizen can have, not the
// catalogue's codes. Each need is a KRAMS factor (or living with a chronic disease) and covers the
// FSIII prevention interventions aimed at it (needCategories.ts). FSIII's conversation and follow-up
// types (Afklarende samtale, Behovssamtale, Opfølgning, Afsluttende samtale, Færdighedstræning) say how
// an offer works, not what it is for, so they are no need of their own; near-duplicates (Tobaksafvænning,
// Nikotin- og tobaksafvænning) fall under one need. Values are readable words, never UUIDs.
import { needCategoryByCode } from './needCategories';

export interface NeedFilter {
  /** The filter's value in the address and the search input, e.g. "rygning". */
  value: string;
  /** Danish label. */
  label: string;
  /** The need-category codes (KRAMS and FSIII) an offer may carry to be found under this need. */
  codes: readonly string[];
}

export const NEED_FILTERS: readonly NeedFilter[] = [
  {
    value: 'kost',
    label: 'Kost og mad',
    codes: [
      'kost',
      '01a500f6-c221-4fd0-b518-cd361218b60d',
      'c9a99304-1788-43b7-b7be-e187b092ae9c',
      'cf7a55c2-7061-47ed-b7c5-e29620fe93bf',
    ],
  },
  {
    value: 'rygning',
    label: 'Rygning og nikotin',
    codes: ['rygning', 'c203c6b5-3be0-40a8-8204-e93751deabf5', '6d24992e-e0a2-43e7-bc27-0234622a8655'],
  },
  { value: 'alkohol', label: 'Alkohol', codes: ['alkohol', '924e9828-84cf-4689-9551-0ebb6dc71b98'] },
  {
    value: 'motion',
    label: 'Motion og bevægelse',
    codes: ['motion', 'ab87c0b5-40be-4e0a-b749-d9f833bfed2d', 'abe847e0-1ce0-44dc-a675-ce05b66f47e6'],
  },
  { value: 'søvn', label: 'Søvn', codes: ['søvn'] },
  { value: 'stress', label: 'Stress og mental trivsel', codes: ['stress', 'f30cab6d-2a42-4358-99d7-811127fb6e05'] },
  { value: 'sociale-relationer', label: 'Ensomhed og fællesskab', codes: ['sociale-relationer'] },
  { value: 'kronisk-sygdom', label: 'Livet med kronisk sygdom', codes: ['e71b7d85-5c78-49c2-8624-8499d162317b'] },
];

const byValue = new Map(NEED_FILTERS.map((n) => [n.value, n]));

/**
 * The need-category codes a "Behov" filter value stands for: the need's codes, or, for a value that is
 * no need of the list (an old bookmark with a category code), that code alone.
 */
export function needFilterCodes(value: string): readonly string[] {
  return byValue.get(value)?.codes ?? [value];
}

const byCode = new Map(NEED_FILTERS.flatMap((n) => n.codes.map((code) => [code, n] as const)));

/**
 * A need as the worker sees it in the "Behov" filter, for the search's reasons: a filter value or a code
 * the list covers gives the need's label ("Livet med kronisk sygdom" for "kronisk-sygdom" and for
 * Sygdomshåndtering's code); another code its category's label; anything else itself.
 */
export function needFilterLabel(valueOrCode: string): string {
  return (
    (byValue.get(valueOrCode) ?? byCode.get(valueOrCode))?.label ??
    needCategoryByCode(valueOrCode)?.label ??
    valueOrCode
  );
}
