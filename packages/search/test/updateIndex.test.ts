// The incremental index (ADR 044): an index updated in place with changed and new offers answers every
// query of the quality set exactly as an index built anew from the same offers.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueOffer } from './catalogueOffer';
import { queries } from '../../../bench/search-quality/queries';
import {
  catalogueIndex,
  indexedOffer,
  searchIndex,
  updateIndex,
  type IndexedOffer,
  type ScopeIndex,
  type SearchableOffer,
} from '../src';

const offers: SearchableOffer[] = catalogue.map((o, i) => catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`));
const doc = (o: SearchableOffer) => indexedOffer(o, [], null);
const synonyms = [['smøger', 'rygestop']];
const label = { offersVersion: 2n, synonymsVersion: 0n, stamps: new Map<string, string>() };

/** Top 10 (ids and scores) and totals of every quality query, and of a search without text. */
function answers(index: ScopeIndex) {
  return [...queries.map((q) => q.query), ''].map((text) => {
    const r = searchIndex(index, { text, limit: 10 }, { municipalityId: null });
    return {
      text,
      total: r.total,
      top: r.hits.map((h) => `${h.offer.id} ${h.score}`),
      reasons: r.hits.map((h) => h.reasons),
    };
  });
}

test('changed and new offers put in place answer as an index built anew', () => {
  const start = offers.slice(0, 180).map(doc);
  const index = catalogueIndex(start, synonyms);
  // Warm the engine's own tables (lexicon, need codes, trigrams) so the update must carry them along.
  answers(index);
  const changed: IndexedOffer[] = [
    // A new text, a new name, a new need and a new word nobody had before.
    doc({
      ...offers[3]!,
      name: 'Zumba for kvinder',
      description: 'Dans og bevægelse; kvindezumbaholdet mødes mandag.',
    }),
    doc({ ...offers[10]!, needCategories: ['rygning'], shortDescription: 'Hjælp til at holde op med at ryge.' }),
    doc({ ...offers[42]!, status: 'INACTIVE' }),
    ...offers.slice(180).map(doc), // new offers
  ];
  const updated = updateIndex(index, changed, [], label);
  expect(updated).toBe(index); // in place: nothing built anew
  const final = [...start.filter((o) => !changed.some((c) => c.offer.id === o.offer.id)), ...changed];
  expect(answers(updated)).toEqual(answers(catalogueIndex(final, synonyms)));
  expect(searchIndex(updated, { text: 'kvindezumbaholdet' }, { municipalityId: null }).hits[0]?.offer.name).toBe(
    'Zumba for kvinder',
  );
});

test('an offer that left the scope is dropped (the index is rebuilt from what it holds)', () => {
  const index = catalogueIndex(offers.map(doc), synonyms);
  const gone = offers[5]!;
  const updated = updateIndex(index, [], [gone.id], label);
  expect(updated.offers.some((o) => o.offer.id === gone.id)).toBe(false);
  expect(answers(updated)).toEqual(answers(catalogueIndex(offers.filter((o) => o !== gone).map(doc), synonyms)));
});

test('a filter remembered as a table (many candidates, ADR 080) follows an update in place', () => {
  // Every offer holds "træning", so a search for it has the whole catalogue as candidates.
  const many: SearchableOffer[] = Array.from({ length: 120 }, (_, i) => ({
    ...(offers[i % offers.length] as SearchableOffer),
    id: `many-${String(i).padStart(4, '0')}`,
    name: `Træning ${i}`,
    languages: i % 2 ? ['da', 'en'] : ['da'],
  }));
  const index = catalogueIndex(many.map(doc), synonyms);
  // A short page, so that the many candidates are counted against the filters' table.
  const english = () => searchIndex(index, { text: 'træning', language: 'en', limit: 5 }, { municipalityId: null });
  // The first search makes the table and fills it for the candidates it reads (ADR 081).
  expect(english().total).toBe(60);
  expect(english().total).toBe(60);
  const changed = { ...(many[0] as SearchableOffer), languages: ['da', 'en'] };
  const updated = updateIndex(index, [doc(changed)], [], label);
  expect(updated).toBe(index);
  const after = english();
  expect(after.total).toBe(61);
});
