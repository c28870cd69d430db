// The engine's code compiled before the first searches (ADR 091). A server that has just started runs the
// engine's functions unoptimized until V8 has seen them run often enough: at 100,000 offers the first searches
// of a new process took about twice as long at the p95 as the same first searches once the code was compiled.
// So, once a scope's index is built at the start, searches of a fixed set of queries run over a small index
// of a sample of its own documents (their objects, so V8 sees the shapes the real searches read), which is
// then let go: nothing is remembered in the real index, and the queries are not the quality sets'.
import { indexDocuments, trigramDocs, type IndexedOffer, type ScopeIndex } from './searchIndex';
import type { SearchableOffer } from './offer';
import { searchIndex, warmIndex } from './searchEngine';

/**
 * What a worker might type, written for the warm-up alone: single needs, sentences about a relative, typos,
 * English, ages and "gratis", joined compounds, and words no offer holds (did-you-mean).
 */
export const WARM_QUERIES: readonly string[] = [
  'holde op med cigaretter',
  'hjælp til at drikke mindre',
  'min far har parkinson',
  'kursus i mindfulness',
  'genoptræning af knæ',
  'gratis tandpleje',
  'ung på 17 med depression',
  'pårørende til en med kræft',
  'fysioterapi efter operationen',
  'diætist til overvægt',
  'leddegigt',
  'astma hos børn',
  'sover ikke om natten',
  'sorggruppe',
  'hash og unge',
  'rollator og hjælpemidler',
  'hører dårligt',
  'diabetes type 2',
  'amning og den første tid',
  'gæld og budget',
  'tolk til lægen',
  'diabetees',
  'rygeafvænig',
  'motin for seniorer',
  'fysoterapi',
  'blomsterbinding',
  'autoværksted i nærheden',
  'quit smoking',
  'exercise for elderly people',
  'træning for en 70-årig',
  'gratis kursus for pensionister',
  'hjertegenoptræning',
  'kræftrehabilitering',
  'min bror er ensom og drikker for meget',
  'mor på 80 der er faldet to gange',
  'barn med ondt i maven og angst',
  'vil gerne tabe mig og spise sundere',
  'rådgivning om prævention',
  'hukommelsesproblemer',
  'svært ved at trække vejret når jeg går',
];

/** How many of the scope's documents the warm-up's index holds, at most. */
const SAMPLE = 3000;

/**
 * Runs the warm-up queries over small indexes of a sample of the index's documents (every k-th, from two
 * starting points, so that the second round's searches find nothing remembered), with and without filters.
 */
export function warmEngine<O extends SearchableOffer>(index: ScopeIndex<O>): void {
  const offers = index.offers;
  if (!offers.length) return;
  const step = Math.max(1, Math.floor(offers.length / SAMPLE));
  for (const start of [0, Math.floor(step / 2)]) {
    const sample: IndexedOffer<O>[] = [];
    for (let doc = start; doc < offers.length && sample.length < SAMPLE; doc += step)
      sample.push(offers[doc] as IndexedOffer<O>);
    const small = indexDocuments(
      sample,
      index.synonymGroups,
      { offersVersion: 0n, synonymsVersion: 0n, stamps: new Map() },
      index.vocabularyLayer,
    );
    trigramDocs(small);
    warmIndex(small);
    for (const text of WARM_QUERIES) {
      searchIndex(small, { text, limit: 20 }, { municipalityId: null });
      searchIndex(
        small,
        { text, limit: 20, freeOnly: start > 0, age: start > 0 ? 67 : null },
        { municipalityId: null },
      );
    }
  }
}
