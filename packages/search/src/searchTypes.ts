// The engine's types: what a search is asked (SearchInput, SearchScope), the filters it reads from that
// (Filters), and what it answers (SearchResult).
import type { QueryChip } from '@sundhed/shared/queryUnderstanding';
import type { OfferStatus, SearchableOffer } from './offer';
import type { AgeRange } from './queryHints';
import type { IndexedOffer } from './searchIndex';

export interface SearchInput {
  text?: string | null;
  needCategory?: string | null;
  age?: number | null;
  targetGroup?: string | null;
  postalCode?: string | null;
  area?: string | null;
  freeOnly?: boolean | null;
  language?: string | null;
  format?: string | null;
  /** Default: active offers only. */
  statuses?: OfferStatus[] | null;
  /** Offers changed at or after this moment (HSDS modified_after). */
  modifiedAfter?: Date | null;
  /** Only offers of this owning unit (HSDS organization_id). */
  ownerUnitId?: string | null;
  limit?: number | null;
  offset?: number | null;
  /** Chips the user removed: their words stay in the text and are not read as filters (issue 11). */
  ignoreChips?: readonly string[] | null;
}

export interface SearchScope {
  /** The caller's municipality; null searches every municipality (the public HSDS feed). */
  municipalityId: string | null;
  /** Work out suggestions when nothing matched (the app: yes; the HSDS API: no). Default true. */
  suggest?: boolean;
  /** Read ages, "gratis", languages and formats in the text as filters (the app: yes; HSDS: no). Default true. */
  understand?: boolean;
  /**
   * The shared clock's day to search at ("yyyy-mm-dd"; default today()): the browser's copy answers at the day
   * the server's answer for the copy's version was searched at (ADR 076).
   */
  today?: string;
}

export interface SearchHit<O extends SearchableOffer = SearchableOffer> {
  offer: O;
  score: number;
  reasons: string[];
}

export interface SearchResult<O extends SearchableOffer = SearchableOffer> {
  hits: SearchHit<O>[];
  total: number;
  /** Did-you-mean queries when nothing matched. */
  suggestions: string[];
  /** When filters left nothing: the best matches for the text without the filters. */
  withoutFilters: SearchHit<O>[];
  /** What the text said besides its need, applied as filters (removable chips on the search page). */
  understood: QueryChip[];
  /**
   * What the text said besides its need that no offer met with the rest ("motion på arabisk" where no offer
   * is in Arabic): the search answered without these filters, and the page says so.
   */
  unmet: QueryChip[];
}

export interface Filters {
  municipalityId: string | null;
  statuses: OfferStatus[];
  needCategory: string | null;
  age: number | null;
  targetGroup: string | null;
  postalCode: string | null;
  area: string | null;
  /** The area as typed ("Ishøj"), for the reasons; `area` is folded for matching ("ishoej"). */
  areaDisplay: string | null;
  freeOnly: boolean;
  /** An age the query's sentence states (queryHints): ranks, never filters; unset when another `age` is given. */
  ageHint: number | null;
  /** An age group the sentence names ("voksne"), when it states no age: offers only for other ages rank lower. */
  ageGroup: AgeRange | null;
  /** The sentence names an adult relative by a kinship word ("min far", kinship.ts): the citizen is a relative. */
  relativeNamed: boolean;
  language: string | null;
  format: string | null;
  modifiedAfter: Date | null;
  ownerUnitId: string | null;
  /** The shared clock's day of this search: offers whose courses have all ended by it rank below running ones. */
  today: string;
}

/** A document an incremental update of the index changed (updateIndex.ts): its offer before (null: new) and after. */
export interface IndexChange {
  doc: number;
  before: IndexedOffer | null;
  after: IndexedOffer;
}
