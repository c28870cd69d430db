// Types of the realistic search-quality set (issue 11, deliverable 1): a catalogue written as Vestegn
// municipalities write their offers, and queries written from a citizen's situation, each with the offers
// that are an acceptable answer. The runner is bench/search-quality.ts.

/** The failure classes of issue 11, one per query: the main difficulty the query tests. */
export type FailureClass =
  /** The citizen's word is not in the catalogue's vocabulary (colloquial, borrowed, everyday words). */
  | 'vocabulary'
  /** The right offer must beat one that shares an incidental word. */
  | 'ranking'
  /** Short words, stems or filler words that match inside unrelated words. */
  | 'loose'
  /** Misspellings, also æ/ø/å typed as ae/oe/aa or o/a. */
  | 'typo'
  /** Compounds typed as one word that the catalogue writes apart, or the other way round. */
  | 'compound'
  /** A broad or ambiguous word (kinship, life situation) that must not pull unrelated offers in. */
  | 'synonym-harm'
  /** What the sentence says must be used: an age, "gratis", a language, a format. */
  | 'query-understanding';

export const FAILURE_CLASSES: readonly FailureClass[] = [
  'vocabulary',
  'ranking',
  'loose',
  'typo',
  'compound',
  'synonym-harm',
  'query-understanding',
];

/**
 * One query of the quality set. queries.ts exports `queries`; the holdout set, bench/search-quality/holdout.ts,
 * exports `holdout` (the runner takes the first array the module exports).
 */
export interface QualityQuery {
  /** Exactly what the front-line worker types, with the citizen beside them. */
  query: string;
  /** Keys of catalogue offers (catalogue.ts) that are an acceptable answer: 1 to 4. */
  accept: string[];
  /** The main difficulty the query tests. */
  class: FailureClass;
  /**
   * Filters the worker set in the UI besides the text (rare: the point of most queries is that the text
   * says it). Age in years, free offers only, a language code, a format.
   */
  filters?: { age?: number; freeOnly?: boolean; language?: string; format?: string };
  /** Why these offers, in a few English words, when it is not obvious. */
  note?: string;
}

/** Which municipality's house style an offer is written in (all are loaded into one municipality). */
export type CatalogueStyle =
  | 'ishoj'
  | 'albertslund'
  | 'broendby'
  | 'hoeje-taastrup'
  | 'vallensbaek'
  /** The blind generalisation set (bench/search-quality/blind/): other municipalities' house styles. */
  | 'hvidovre'
  | 'roedovre'
  | 'glostrup'
  | 'greve';

export type AccessRouteCode = 'SELF_REFERRAL' | 'GP_REFERRAL' | 'CLARIFYING_TALK' | 'VISITATION';

/** One offer of the realistic catalogue, in the fields of the app's offer model (prisma/schema.prisma). */
export interface CatalogueOffer {
  /** Stable key, e.g. `ishoj-rygestop-gravide`; queries name offers by it. */
  key: string;
  style: CatalogueStyle;
  name: string;
  shortDescription: string;
  description: string;
  targetGroups: string[];
  /** Need-category codes or labels (packages/shared/src/needCategories.ts). */
  needCategories: string[];
  minAge?: number;
  maxAge?: number;
  /** Whole kroner; 0 = free; null = price not stated. */
  costKr: number | null;
  costDescription?: string;
  /** ISO 639-1 codes. */
  languages: string[];
  interpreter?: boolean;
  /** "hold", "individuel", "online", "telefon", "åbent", "hjemmebesøg". */
  formats: string[];
  accessRoutes: AccessRouteCode[];
  eligibility?: string;
}
