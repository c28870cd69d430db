// Coarse bounds of a concept's match (ADR 080): what a document's flags, name bits and table reads say about
// the concept's best match, without reading its name or entries. At 100,000 offers a broad word hits tens of
// thousands of offers; each is counted, but only those whose coarse bound can reach the page are looked at
// more closely (matchBound, then the score in full, ADR 079).
import { needSpecificity } from './conceptVocabulary';
import type { QueryRanks } from './expansions';
import type { IndexedQuery } from './indexedQuery';
import { flag, type PreparedConcept } from './preparedConcepts';
import { NAME_SYNONYM, NAME_TERM, NAME_VOCABULARY } from './wordParts';

/** A document's key: its flags (7 bits) and its name bits (3 bits) for the concept. */
const NAME_SHIFT = 7;
const KEYS = 1 << (NAME_SHIFT + 3);

/** The kinds whose score depends on a rank or the need specificity of the document. */
const dep = {
  nameTerm: 1,
  ftsTerm: 2,
  ftsSynonym: 4,
  conceptName: 8,
  conceptNeed: 16,
  conceptText: 32,
} as const;
const CONCEPT = dep.conceptName | dep.conceptNeed | dep.conceptText;

export interface CoarseTable {
  /** Per key, the greatest score of the kinds possible whose score is fixed; -1 where none is. */
  fixed: Float64Array;
  /** Per key, the kinds possible whose score depends on the document (`dep` bits). */
  dependent: Uint8Array;
  /** Per key, 1 where every document with that key surely has a kind of match (kindsOf is not 0). */
  sure: Uint8Array;
  /**
   * Per key, 1 where the kinds possible are exactly kindsOf's kinds (nothing is left to the name, a typo's
   * similarity or an AND query's rank): the bound is then bestMatch's score itself, bit for bit.
   */
  exact: Uint8Array;
  p: PreparedConcept;
  /**
   * The OR tables of ranks of the term's, the synonyms' and the vocabulary's queries (null: an AND query, bounded
   * by its rankBound: the floor where a document holds fewer than two of its items, else 1).
   */
  t: QueryRanks | null;
  s: QueryRanks | null;
  v: QueryRanks | null;
}

const VOCABULARY_WORDS = flag.vocabPart | flag.vocabFts;
/** A kind kindsOf finds for every document with the key, or one it may find (it reads the name or a similarity). */
const SURE = 2;
const MAYBE = 1;

/**
 * The concept's coarse table, worked out once per prepared concept: per key, kindsOf's kinds as far as the
 * flags and name bits tell them, in kindsOf's order and with its early return for a match in the name.
 */
export function coarseTable(p: PreparedConcept): CoarseTable {
  const kept = p.coarse;
  if (kept) {
    // A table of ranks the expansions forgot (ADR 085) is asked for again, so that rankFrom reads it directly.
    if (kept.t?.forgotten) kept.t = p.tq?.orTable() ?? null;
    if (kept.s?.forgotten) kept.s = p.sq?.orTable() ?? null;
    if (kept.v?.forgotten) kept.v = p.vocab?.q?.orTable() ?? null;
    return kept;
  }
  const v = p.vocab;
  const broad = Boolean(v?.broad);
  const orTable = (q: IndexedQuery | null | undefined) => (q ? q.orTable() : null);
  const t = orTable(p.tq);
  const s = orTable(p.sq);
  const vq = orTable(v?.q);
  // The kinds whose bound may stand in for an AND query's rank (rankBound's 1), so that it is not the score.
  const andT = p.tq && !t ? dep.nameTerm | dep.ftsTerm | CONCEPT : 0;
  const andS = p.sq && !s ? dep.ftsSynonym : 0;
  const andV = v?.q && !vq ? CONCEPT : 0;
  const standIn = andT | andS | andV;
  const fixed = new Float64Array(KEYS);
  const dependent = new Uint8Array(KEYS);
  const sure = new Uint8Array(KEYS);
  const exact = new Uint8Array(KEYS);
  // Each kind kindsOf finds (SURE) or may find (MAYBE) for a key, with matchScore's fixed score or its `dep`
  // bit when the score depends on the document (one function for every key, not one made per key, ADR 089).
  const k = { best: -1, d: 0, uncertain: false, found: false };
  const add = (how: number, score: number, bit = 0) => {
    if (!how) return;
    if (how === MAYBE) k.uncertain = true;
    else k.found = true;
    if (bit) k.d |= bit;
    else if (score > k.best) k.best = score;
  };
  for (let key = 0; key < KEYS; key++) {
    const f = key & ((1 << NAME_SHIFT) - 1);
    const names = key >> NAME_SHIFT;
    k.best = -1;
    k.d = 0;
    k.uncertain = false;
    k.found = false;
    const termInName =
      p.termPats.length && f & flag.textTerm && (p.termFit ? names & NAME_TERM : names & NAME_TERM || p.termRest.length)
        ? p.termFit
          ? SURE
          : MAYBE
        : 0;
    const synonymInName = f & flag.textSynonym ? (names & NAME_SYNONYM ? SURE : p.synRest.length ? MAYBE : 0) : 0;
    add(termInName, 0, dep.nameTerm);
    add(synonymInName, 7 + 5);
    // A match in the name for sure: kindsOf returns it alone.
    if (!k.found) {
      const vocabularyWords = f & VOCABULARY_WORDS;
      const conceptName =
        v?.name && vocabularyWords ? (names & NAME_VOCABULARY ? SURE : p.vocabRest.length ? MAYBE : 0) : 0;
      const conceptNeed = v?.needs && f & flag.vocabNeed ? SURE : 0;
      const conceptText = v?.description && vocabularyWords ? SURE : 0;
      if (broad) {
        add(conceptName, 3 + 2);
        add(conceptNeed, 2 + 2);
      } else {
        add(conceptName, 0, dep.conceptName);
        add(conceptNeed, 0, dep.conceptNeed);
      }
      if (f & flag.ftsTerm) add(SURE, 0, dep.ftsTerm);
      else if (f & flag.textTerm) add(SURE, 3 + 5);
      if (f & flag.ftsSynonym) add(SURE, 0, dep.ftsSynonym);
      else if (f & flag.textSynonym) add(SURE, 2 + 5);
      if (broad) add(conceptText, 1 + 2);
      else add(conceptText, 0, dep.conceptText);
      // A typo is a kind only where no other kind was found; its similarity is at most 1.
      if (p.typo && !k.found) add(MAYBE, 8 * 1 + 5);
    }
    fixed[key] = k.best;
    dependent[key] = k.d;
    sure[key] = k.found ? 1 : 0;
    exact[key] = k.uncertain || k.d & standIn ? 0 : 1;
  }
  return (p.coarse = { fixed, dependent, sure, exact, p, t, s, v: vq });
}

/** The document's key for a prepared concept. */
export function coarseKey(p: PreparedConcept, doc: number): number {
  return (p.flags[doc] as number) | ((p.nameBits[doc] as number) << NAME_SHIFT);
}

/**
 * A query's rank on a document from its OR table, or an AND query's rankBound (0: no query). A table the
 * expansions forgot is empty (QueryRanks.forgotten): the rank then comes from the query's table asked for again.
 */
function rankFrom(q: IndexedQuery | null, table: QueryRanks | null, doc: number): number {
  if (!q) return 0;
  if (!table) return q.rankBound(doc);
  return table.known[doc] ? (table.ranks[doc] as number) : q.rank(doc);
}

/**
 * A score the concept's best match in the document cannot exceed (-1: no kind of match is possible). Each
 * kind kindsOf could find is bounded by its score (matchKinds.ts' matchScore, scoreOf and the lift) with the
 * same operations and greater or equal operands: the rank itself from an OR table, an AND query's rankBound
 * (its floor where a document holds fewer than two of its items, else 1), a typo's similarity of 1. IEEE
 * rounding is monotone, so the bound holds.
 */
export function coarseBound(c: CoarseTable, key: number, doc: number): number {
  let best = c.fixed[key] as number;
  const d = c.dependent[key] as number;
  if (!d) return best;
  const p = c.p;
  const rt = rankFrom(p.tq, c.t, doc);
  if (d & dep.nameTerm) best = Math.max(best, (p.tq ? 10 + 10 * rt : 10) + 5);
  if (d & dep.ftsTerm) best = Math.max(best, 3 + 15 * rt + 5);
  if (d & dep.ftsSynonym) best = Math.max(best, 2 + 10 * rankFrom(p.sq, c.s, doc) + 5);
  if (d & CONCEPT) {
    const v = p.vocab!;
    const depth = Math.min(2, 10 * (v.q ? rankFrom(v.q, c.v, doc) : 0)) + (p.tq ? Math.min(2, 10 * rt) : 0);
    if (d & dep.conceptName) best = Math.max(best, 7 + depth + 5);
    if (d & dep.conceptNeed) {
      const spec = needSpecificity(v, doc);
      best = Math.max(best, 2 * spec + depth + (1 + spec));
    }
    if (d & dep.conceptText) best = Math.max(best, 2 + depth + 3);
  }
  return best;
}
