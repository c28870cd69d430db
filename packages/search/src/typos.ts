// Typo tolerance over the full text: per index, its words by trigram (lexicon), and for a misspelt word
// the documents holding a word close to it (lexiconSimilarity).
import { at } from '@sundhed/shared/at';
import { editDistance } from '@sundhed/vocabulary';
import { similarity } from './fold';
import type { ScopeIndex } from './searchIndex';
import { trigramSequence, wordSimilarity } from './textMatch';

/** Per index, the words of its full text (lexemes, 4+ letters) by trigram: typo tolerance over descriptions too. */
const lexiconCache = new WeakMap<ScopeIndex, { words: string[]; byTrigram: Map<string, number[]> }>();
export function lexicon(index: ScopeIndex) {
  let l = lexiconCache.get(index);
  if (!l) {
    const words = [...index.postings.keys()].filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w));
    const byTrigram = new Map<string, number[]>();
    words.forEach((w, i) => {
      for (const t of new Set(trigramSequence(w))) {
        let list = byTrigram.get(t);
        if (!list) byTrigram.set(t, (list = []));
        list.push(i);
      }
    });
    lexiconCache.set(index, (l = { words, byTrigram }));
  }
  return l;
}

/**
 * How close a typed word is to a full-text word, which is a stem ("inkontin"): their trigram similarity,
 * or how much of a stem of 5+ letters lies in the typed word when the typed word is at most four letters longer.
 */
function closeness(typed: string, stem: string): number {
  const whole = Math.max(similarity(typed, stem), editCloseness(typed, stem));
  if (stem.length < 5 || typed.length - stem.length > 4 || typed.length < stem.length) return whole;
  return Math.max(whole, wordSimilarity(stem, typed));
}

/**
 * Closeness by spelling: one letter wrong, missing, extra or two swapped (two for words of eight letters
 * or more), between the typed word and a stem of 4+ letters ("kreft"/"kraeft").
 */
function editCloseness(typed: string, stem: string): number {
  if (stem.length < 4 || typed.length < 4) return 0;
  const allowed = typed.length >= 8 ? 2 : 1;
  const d = editDistance(typed, stem, allowed);
  if (d > allowed) return 0;
  return d === 0 ? 0.9 : d === 1 ? 0.75 : 0.65;
}

/**
 * For a misspelt word, the documents holding a full-text word that is close to it, with the closeness:
 * the words sharing enough trigrams are compared (trigram similarity, as pg_trgm's), at most the best five.
 */
export function lexiconSimilarity(index: ScopeIndex, typed: string, threshold: number): Map<number, number> {
  const out = new Map<number, number>();
  const { words, byTrigram } = lexicon(index);
  const trigrams = new Set(trigramSequence(typed));
  const counts = new Map<number, number>();
  for (const t of trigrams) for (const i of byTrigram.get(t) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
  const needed = Math.ceil(trigrams.size * threshold * 0.5);
  const close = [...counts]
    .filter(([, n]) => n >= needed)
    .map(([i]) => ({ word: at(words, i), score: closeness(typed, at(words, i)) }))
    // A word the catalogue no longer holds (an incremental update leaves it in the lexicon) is skipped.
    .filter((w) => w.score >= threshold && w.word !== typed && index.postings.has(w.word))
    .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, 5);
  for (const { word, score } of close) {
    const docs = index.postings.get(word) ?? [];
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      out.set(doc, Math.max(out.get(doc) ?? 0, score));
    }
  }
  return out;
}

/** After an update in place (followUpdate): new full-text words join the lexicon. */
export function followLexicon(index: ScopeIndex, newLexemes: readonly string[]): void {
  const l = lexiconCache.get(index);
  if (l) {
    for (const w of newLexemes) {
      if (w.length < 4 || !/^\p{L}+$/u.test(w)) continue;
      const i = l.words.push(w) - 1;
      for (const t of new Set(trigramSequence(w))) {
        let list = l.byTrigram.get(t);
        if (!list) l.byTrigram.set(t, (list = []));
        list.push(i);
      }
    }
  }
}
