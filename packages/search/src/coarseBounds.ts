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
  p: PreparedConcept;
  /** The OR tables of ranks of the term's, the synonyms' and the vocabulary's queries (null: bounded by 1). */
  t: QueryRanks | null;
  s: QueryRanks | null;
  v: QueryRanks | null;
}

const WORDS = flag.ftsTerm | flag.textTerm | flag.ftsSynonym | flag.textSynonym;
const VOCABULARY_WORDS = flag.vocabPart | flag.vocabFts;

/** The concept's coarse table, worked out once per prepared concept. */
export function coarseTable(p: PreparedConcept): CoarseTable {
  if (p.coarse) return p.coarse;
  const v = p.vocab;
  const broad = Boolean(v?.broad);
  const fixed = new Float64Array(KEYS);
  const dependent = new Uint8Array(KEYS);
  const sure = new Uint8Array(KEYS);
  for (let key = 0; key < KEYS; key++) {
    const f = key & ((1 << NAME_SHIFT) - 1);
    const names = key >> NAME_SHIFT;
    const isSure = Boolean(f & WORDS || (v?.needs && f & flag.vocabNeed) || (v?.description && f & VOCABULARY_WORDS));
    let best = -1;
    let d = 0;
    // Each kind kindsOf could find for the key, with matchScore's fixed score (scoreOf and the lift).
    const may = (possible: unknown, score: number) => {
      if (possible && score > best) best = score;
    };
    const mayDepend = (possible: unknown, bit: number) => {
      if (possible) d |= bit;
    };
    mayDepend(
      p.termPats.length && f & flag.textTerm && (names & NAME_TERM || (!p.termFit && p.termRest.length)),
      dep.nameTerm,
    );
    may(f & flag.textSynonym && (names & NAME_SYNONYM || p.synRest.length), 7 + 5);
    const conceptName = v?.name && f & VOCABULARY_WORDS && (names & NAME_VOCABULARY || p.vocabRest.length);
    const conceptNeed = v?.needs && f & flag.vocabNeed;
    const conceptText = v?.description && f & VOCABULARY_WORDS;
    if (broad) {
      may(conceptName, 3 + 2);
      may(conceptNeed, 2 + 2);
      may(conceptText, 1 + 2);
    } else {
      mayDepend(conceptName, dep.conceptName);
      mayDepend(conceptNeed, dep.conceptNeed);
      mayDepend(conceptText, dep.conceptText);
    }
    mayDepend(f & flag.ftsTerm, dep.ftsTerm);
    may(f & flag.textTerm, 3 + 5);
    mayDepend(f & flag.ftsSynonym, dep.ftsSynonym);
    may(f & flag.textSynonym, 2 + 5);
    // A typo is a kind only where no other kind was found; its similarity is at most 1.
    may(p.typo && !isSure, 8 * 1 + 5);
    fixed[key] = best;
    dependent[key] = d;
    sure[key] = isSure ? 1 : 0;
  }
  const table = (q: IndexedQuery | null | undefined) => (q ? q.orTable() : null);
  return (p.coarse = { fixed, dependent, sure, p, t: table(p.tq), s: table(p.sq), v: table(v?.q) });
}

/** The document's key for a prepared concept. */
export function coarseKey(p: PreparedConcept, doc: number): number {
  return (p.flags[doc] as number) | ((p.nameBits[doc] as number) << NAME_SHIFT);
}

/** A query's rank on a document from its OR table, or rankBound's 1 for an AND query (0: no query). */
function rankFrom(q: IndexedQuery | null, table: QueryRanks | null, doc: number): number {
  if (!q) return 0;
  if (!table) return 1;
  return table.known[doc] ? (table.ranks[doc] as number) : q.rank(doc);
}

/**
 * A score the concept's best match in the document cannot exceed (-1: no kind of match is possible). Each
 * kind kindsOf could find is bounded by its score (matchKinds.ts' matchScore, scoreOf and the lift) with the
 * same operations and greater or equal operands: the rank itself from an OR table, 1 for an AND query's
 * rank, a typo's similarity of 1. IEEE rounding is monotone, so the bound holds.
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
