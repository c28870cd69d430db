// The shape of the national search vocabulary (issue 11, ADR 032): concept groups as data.

/** What a concept is about; for browsing and coverage checks only, the search does not use it. */
export type ConceptDomain =
  | 'levevaner'
  | 'tilstand'
  | 'krop'
  | 'psyke'
  | 'afhængighed'
  | 'livssituation'
  | 'familie'
  | 'ældre'
  | 'hverdag'
  | 'fællesskab'
  | 'arbejde'
  | 'økonomi'
  | 'bolig'
  | 'sprog';

/** The offer fields a concept hit lifts: the name, the need categories, the description (and other long text). */
export type BoostField = 'name' | 'needCategories' | 'description';

export interface VocabularyConcept {
  /** Stable id, lower case with hyphens, e.g. "osteoporose". */
  id: string;
  /** The term shown in reasons ("Passer til: osteoporose"): the first of `terms`. */
  label: string;
  domain: ConceptDomain;
  /**
   * Everyday, colloquial, borrowed and professional words and phrases for the concept, lower case with
   * single spaces (æ, ø and å as written; the search folds them). A term belongs to one concept only,
   * unless it is listed in `shared`.
   */
  terms: readonly string[];
  /** The offer fields a hit should lift. */
  boost: readonly BoostField[];
  /**
   * A broad concept (such as "motion" or a kinship word) only adds to the score of offers that the
   * query found by other means; it never brings offers in by itself and never filters.
   */
  broad: boolean;
  /** Labels of need categories (packages/shared/src/needCategories.ts) an offer answering the concept carries. */
  needs: readonly string[];
  /** Terms that may also appear in other concepts (a word with two meanings). */
  shared: readonly string[];
  /** The public source the concept follows, where there is one (KL's FSIII terms). */
  source: ConceptSource | null;
}

export interface ConceptSource {
  system: 'FSIII';
  /** The FSIII concept's Danish display name. */
  display: string;
}

export interface ConceptOptions {
  broad?: boolean;
  needs?: readonly string[];
  boost?: readonly BoostField[];
  shared?: readonly string[];
  fsiii?: string;
}
