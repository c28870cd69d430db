// The kinds of match a concept has in a document (kindsOf) and what each scores: a concept's best match
// per document (bestMatch), remembered in its prepared tables, and a bound of it that reads no rank it
// would have to work out (matchBound, ADR 079).
import { needSpecificity } from './conceptVocabulary';
import { flag, typoSimilarity, type PreparedConcept } from './preparedConcepts';
import type { IndexedQuery } from './indexedQuery';
import type { IndexedOffer } from './searchIndex';
import { likeAny, NAME_SYNONYM, NAME_TERM, NAME_VOCABULARY, partFits } from './wordParts';

export const bits = {
  nameTerm: 1,
  nameSynonym: 2,
  ftsTerm: 4,
  textTerm: 8,
  ftsSynonym: 16,
  textSynonym: 32,
  typo: 64,
  /** A vocabulary concept's term in the name, its need category on the offer, its term elsewhere (ADR 032). */
  conceptName: 128,
  conceptNeed: 256,
  conceptText: 512,
} as const;

/**
 * Between offers that a concept hit alike, the one that says more about it ranks first: the full-text
 * rank of the concept's terms and of the typed word itself, each at most 2 (no tie is left to the name).
 */
function conceptDepth(p: PreparedConcept, doc: number): number {
  const v = p.vocab!;
  return Math.min(2, 10 * (v.q ? rankOf(v.q, doc) : 0)) + (p.tq ? Math.min(2, 10 * rankOf(p.tq, doc)) : 0);
}

/**
 * Every kind of match a concept has in one document (bits of `bits`), in the order of preference: the
 * best of them by score is the concept's match (a literal word of the description can outscore a need
 * category the offer shares with many others).
 */
function kindsOf(p: PreparedConcept, o: IndexedOffer, doc: number): number {
  let kinds = 0;
  const names = p.nameBits[doc] as number;
  const f = p.flags[doc] as number;
  // The term in the name is also a word part of the short fields (the name is their start, and both use
  // the same patterns): a document without that flag is not read for it (ADR 079).
  if (
    p.termPats.length &&
    f & flag.textTerm &&
    (p.termFit
      ? names & NAME_TERM
      : (names & NAME_TERM || likeAny(o.searchName, p.termRest)) && partFits(o.searchName, p.term))
  )
    kinds |= bits.nameTerm;
  // A synonym in the name is also one in the short fields (the name is their start).
  if (f & flag.textSynonym && (names & NAME_SYNONYM || likeAny(o.searchName, p.synRest))) kinds |= bits.nameSynonym;
  // The word or the municipality's own synonym in the name is the match; the rest compete by score.
  if (kinds) return kinds;
  // Beneath the municipality's synonyms, the vocabulary's concept on the name or the need categories; both
  // rank above a word of the description (ADR 032).
  const v = p.vocab;
  if (
    v?.name &&
    f & (flag.vocabPart | flag.vocabFts) &&
    (names & NAME_VOCABULARY || likeAny(o.searchName, p.vocabRest))
  )
    kinds |= bits.conceptName;
  if (v?.needs && f & flag.vocabNeed) kinds |= bits.conceptNeed;
  if (f & flag.ftsTerm) kinds |= bits.ftsTerm;
  else if (f & flag.textTerm) kinds |= bits.textTerm;
  if (f & flag.ftsSynonym) kinds |= bits.ftsSynonym;
  else if (f & flag.textSynonym) kinds |= bits.textSynonym;
  if (v?.description && f & (flag.vocabPart | flag.vocabFts)) kinds |= bits.conceptText;
  // Every document whose similarity can reach the threshold was worked out when the concept was prepared
  // (trigramCandidates' necessary condition, and the lexicon's words): any other falls short of it.
  if (!kinds && p.typo && (p.typo.similarity.get(doc) ?? 0) >= p.typo.threshold) kinds |= bits.typo;
  return kinds;
}

/** The kinds in kindsOf's order of preference: on equal scores the first wins. */
const KIND_ORDER = [
  bits.nameTerm,
  bits.nameSynonym,
  bits.conceptName,
  bits.conceptNeed,
  bits.ftsTerm,
  bits.textTerm,
  bits.ftsSynonym,
  bits.textSynonym,
  bits.conceptText,
  bits.typo,
] as const;

/** What one concept's match adds to an offer's score: the match's own score and the lift for matching at all. */
function matchScore(p: PreparedConcept, kind: number, o: IndexedOffer, doc: number): number {
  const vocab = p.vocab;
  const conceptOnly = kind & (bits.conceptName | bits.conceptNeed | bits.conceptText);
  // A broad concept's lift counts less than a concept the offer answers (ADR 032).
  let lift = 5;
  if (conceptOnly && vocab?.broad) lift = 2;
  else if (kind === bits.conceptText) lift = 3;
  // Through its need category alone the offer may not be about the concept at all ("ondt i ryggen" and
  // every training offer): even a specific category lifts less than the concept's term in the text.
  else if (kind === bits.conceptNeed) lift = 1 + needSpecificity(vocab!, doc);
  return scoreOf(p, kind, o, doc) + lift;
}

/** The concept's best kind of match in one document (in `best.kind`) and its score (0 and 0 for none). */
export function bestMatch(p: PreparedConcept, o: IndexedOffer, doc: number): number {
  const known = p.points.get(doc);
  if (known !== undefined) {
    best.kind = p.kinds.get(doc) as number;
    return known;
  }
  const score = matchOf(p, o, doc);
  remember(p, doc, score, best.kind);
  return score;
}

/**
 * Remembers a document's best match. Only the hits that can reach a page are worked out (coarseBounds.ts,
 * ADR 080), so the memo is kept per document asked, not in tables of the index's size; past its bound no
 * more are kept (the ones kept are the ones asked first, mostly the best of the concept).
 */
function remember(p: PreparedConcept, doc: number, points: number, kind: number): void {
  if (p.points.size >= MAX_REMEMBERED) return;
  p.points.set(doc, points);
  p.kinds.set(doc, kind);
}
const MAX_REMEMBERED = 10_000;

/** bestMatch worked out (kindsOf, then each kind's score). */
function matchOf(p: PreparedConcept, o: IndexedOffer, doc: number): number {
  const kinds = kindsOf(p, o, doc);
  let bestKind = 0;
  let bestScore = 0;
  if (kinds)
    for (const kind of KIND_ORDER) {
      if (!(kinds & kind)) continue;
      const score = matchScore(p, kind, o, doc);
      if (score > bestScore) {
        bestKind = kind;
        bestScore = score;
      }
    }
  best.kind = bestKind;
  return bestScore;
}
/** The kind of bestMatch's last answer (kept aside: no tuple per document and concept on the hot path). */
export const best = { kind: 0 };

/**
 * A query's rank on a document, or while a bound is worked out (matchBound) a bound of it that costs at
 * most a table read: each score below is then its own expression with a greater or equal rank.
 */
function rankOf(q: IndexedQuery, doc: number): number {
  if (!bounding) return q.rank(doc);
  const bound = q.rankBound(doc);
  if (!q.ranked(doc)) bounded.loose = true;
  return bound;
}
let bounding = false;
/** Whether a bound since `loose` was last cleared stood in for a rank not worked out: otherwise the bound is the score. */
export const bounded = { loose: false };

/**
 * -1 when the concept has no kind of match in the document (kindsOf's answer of none); otherwise a score its
 * best match cannot exceed (ADR 079): matchOf with each rank's bound (IndexedQuery.rankBound) and every
 * other part exact. Where no bound stood in for a rank, it is bestMatch's answer and is remembered as such.
 */
export function matchBound(p: PreparedConcept, o: IndexedOffer, doc: number): number {
  const known = p.points.get(doc);
  if (known !== undefined) return p.kinds.get(doc) ? known : -1;
  const before = bounded.loose;
  bounded.loose = false;
  bounding = true;
  let bound: number;
  try {
    bound = matchOf(p, o, doc);
  } finally {
    bounding = false;
  }
  // No stand-in: the bound is bestMatch's answer, remembered as bestMatch remembers it.
  if (!bounded.loose) remember(p, doc, bound, best.kind);
  bounded.loose ||= before;
  // Every kind scores at least its lift (1 or more), so a kind is chosen exactly when kindsOf found one.
  return best.kind ? bound : -1;
}

function scoreOf(p: PreparedConcept, kind: number, o: IndexedOffer, doc: number): number {
  switch (kind) {
    case bits.nameTerm:
      return p.tq ? 10 + 10 * rankOf(p.tq, doc) : 10;
    case bits.nameSynonym:
      return 7;
    case bits.ftsTerm:
      return 3 + 15 * rankOf(p.tq!, doc);
    case bits.textTerm:
      return 3;
    case bits.ftsSynonym:
      return 2 + 10 * rankOf(p.sq!, doc);
    case bits.textSynonym:
      return 2;
    case bits.typo:
      return 8 * typoSimilarity(p, o, doc);
    case bits.conceptName:
      return p.vocab!.broad ? 3 : 7 + conceptDepth(p, doc);
    case bits.conceptNeed:
      return p.vocab!.broad ? 2 : 2 * needSpecificity(p.vocab!, doc) + conceptDepth(p, doc);
    case bits.conceptText:
      return p.vocab!.broad ? 1 : 2 + conceptDepth(p, doc);
    default:
      return 0;
  }
}
