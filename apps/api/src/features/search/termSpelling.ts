// The spelling a counted search word is shown and added with (issue 11): the terms are kept folded
// ("knogleskoer", a-z only, ADR 041) as the key, but the staff unit reads and adds the word as Danish is
// written ("knogleskør"). The spelling comes from the catalogue's vocabulary (the municipality's synonyms
// and vocabulary layer, the national vocabulary) or the Danish lexicon, never from what was typed, so no
// more is stored than before.
import { fold } from '@sundhed/search';
import { nationalVocabulary } from '@sundhed/vocabulary';
import type { ScopeIndex } from '@sundhed/search';
import { ENDINGS, lexiconSpelling } from './searchMisses';

type SpellingSources = Pick<ScopeIndex, 'synonymGroups' | 'vocabularyLayer'>;

/** Folded word → its written form, preferring a form that differs from the folded one (has æ/ø/å). */
function vocabularySpellings(index: SpellingSources | null): Map<string, string> {
  const out = new Map<string, string>();
  const add = (text: string) => {
    for (const raw of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      const key = fold(raw);
      if (key !== raw && !out.has(key)) out.set(key, raw);
    }
  };
  for (const group of index?.synonymGroups ?? []) group.forEach(add);
  for (const row of index?.vocabularyLayer ?? []) [row.label, ...row.addedTerms].forEach(add);
  for (const c of nationalVocabulary().concepts) for (const t of c.terms) add(t.display);
  return out;
}

/** The written form of a folded term: the vocabulary's, else the lexicon's (stem plus ending), else the term. */
export function termSpelling(term: string, spellings: ReadonlyMap<string, string>): string {
  const known = spellings.get(term) ?? lexiconSpelling(term);
  if (known) return known;
  for (const ending of ENDINGS) {
    if (!term.endsWith(ending) || term.length - ending.length < 3) continue;
    const stem = lexiconSpelling(term.slice(0, -ending.length));
    if (stem) return stem + ending;
  }
  return term;
}

/** The rows with their written form (`display`), for "Søgninger uden resultat". */
export function withSpelling<T extends { term: string }>(
  rows: readonly T[],
  index: SpellingSources | null,
): (T & { display: string })[] {
  if (!rows.length) return [];
  const spellings = vocabularySpellings(index);
  return rows.map((r) => ({ ...r, display: termSpelling(r.term, spellings) }));
}
