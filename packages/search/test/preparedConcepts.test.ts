// Concepts prepared once per index (ADR 065): a word's per-document matches are remembered across
// searches, whatever the filters, page or other words of the search. Every answer must equal the one an
// index that remembers nothing gives, and an incremental update must forget them: an edited offer is found
// by its new word and no longer by its old one, with exact totals.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueOffer } from './catalogueOffer';
import {
  catalogueIndex,
  expansionLimits,
  indexedOffer,
  preparedConceptCount,
  preparedLimits,
  searchIndex,
  updateIndex,
  type SearchableOffer,
} from '../src';
import { documentFrequency, flag, preparedConcept } from '../src/preparedConcepts';
import { planQuery } from '../src/queryPlan';
import { someTokenContains } from '../src/searchIndex';
import { vocabularyWithLayer } from '@sundhed/vocabulary';

const offers: SearchableOffer[] = catalogue.map((o, i) =>
  catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`, {
    status: i % 9 === 0 ? 'INACTIVE' : 'ACTIVE',
    municipalityId: i % 3 === 0 ? 'm-a' : 'm-b',
  }),
);
const doc = (o: SearchableOffer) => indexedOffer(o, [], null);
const synonyms = [['smøger', 'rygestop']];
const label = { offersVersion: 2n, synonymsVersion: 0n, stamps: new Map<string, string>() };

const texts = ['rygestop', 'træning', 'rygestob', 'træning for ældre', 'ensomhed', 'motion hjerte'];
const variants = (text: string) =>
  [
    { text },
    { text, freeOnly: true },
    { text, age: 70 },
    { text, offset: 3, limit: 4 },
    { text, statuses: ['ACTIVE' as const, 'INACTIVE' as const] },
  ].flatMap((input) => [null, 'm-a'].map((municipalityId) => ({ input, municipalityId })));

const answer = (r: ReturnType<typeof searchIndex>) => ({
  total: r.total,
  hits: r.hits.map((h) => [h.offer.id, h.score, h.reasons]),
  suggestions: r.suggestions,
});

test('a remembered concept answers as a fresh index for every filter, scope and page', () => {
  const warm = catalogueIndex(offers.map(doc), synonyms);
  for (const text of texts) {
    // The warm index has every earlier word remembered; a fresh one answers the same searches in the
    // opposite order, so a remembered match that depended on a filter or page would differ.
    const fresh = catalogueIndex(offers.map(doc), synonyms);
    const searches = variants(text);
    const expected = [...searches]
      .reverse()
      .map((s) => answer(searchIndex(fresh, s.input, { municipalityId: s.municipalityId })))
      .reverse();
    expect(searches.map((s) => answer(searchIndex(warm, s.input, { municipalityId: s.municipalityId })))).toEqual(
      expected,
    );
  }
  // The scope filter is applied to remembered matches: one municipality's total is its own share.
  const all = searchIndex(warm, { text: 'træning' }, { municipalityId: null }).total;
  const a = searchIndex(warm, { text: 'træning' }, { municipalityId: 'm-a' }).total;
  const b = searchIndex(warm, { text: 'træning' }, { municipalityId: 'm-b' }).total;
  expect(a).toBeGreaterThan(0);
  expect(a + b).toBe(all);
});

test('after an incremental update the new word is found, the old one no longer, totals exact', () => {
  const index = catalogueIndex(offers.map(doc), synonyms);
  const target = offers.find((o) => o.status === 'ACTIVE' && /rygestop/i.test(o.name))!;
  const before = searchIndex(index, { text: 'rygestop', limit: 100 }, { municipalityId: null });
  expect(before.hits.some((h) => h.offer.id === target.id)).toBe(true);
  const edited = {
    ...target,
    name: 'Kvindezumba',
    shortDescription: 'Dans.',
    description: 'Zumbahold om mandagen.',
    needCategories: [],
    targetGroups: [],
  };
  updateIndex(index, [doc(edited)], [], label);
  const after = searchIndex(index, { text: 'rygestop', limit: 100 }, { municipalityId: null });
  expect(after.hits.some((h) => h.offer.id === target.id)).toBe(false);
  const rebuilt = catalogueIndex(
    offers.map((o) => doc(o.id === target.id ? edited : o)),
    synonyms,
  );
  expect(answer(after)).toEqual(
    answer(searchIndex(rebuilt, { text: 'rygestop', limit: 100 }, { municipalityId: null })),
  );
  expect(after.total).toBe(before.total - 1);
  const found = searchIndex(index, { text: 'zumbahold' }, { municipalityId: null });
  expect(found.hits[0]?.offer.id).toBe(target.id);
});

/**
 * Each search of `queries` (twice over, `perText` variants of each) on one index, with `tighten` applied to the
 * limits for that search alone, answers as a new index under the normal limits does (nothing remembered,
 * nothing lent).
 */
function answersAsNew(queries: string[], perText: number, tighten: () => void, restore: () => void) {
  const index = catalogueIndex(offers.map(doc), synonyms);
  for (const round of [1, 2]) {
    for (const text of queries) {
      for (const { input, municipalityId } of variants(text).slice(0, perText)) {
        const expected = answer(searchIndex(catalogueIndex(offers.map(doc), synonyms), input, { municipalityId }));
        tighten();
        try {
          expect([round, text, answer(searchIndex(index, input, { municipalityId }))]).toEqual([round, text, expected]);
        } finally {
          restore();
        }
      }
    }
  }
}

test('a cache too small for the searches forgets the least used concepts and lends their tables, answers unchanged', () => {
  const limits = { ...preparedLimits };
  answersAsNew(
    [...texts, 'kan ikke sove', 'gæld', 'rygestop', 'træning for ældre', 'demens pårørende'],
    4,
    () => {
      // Room for about three concepts of this catalogue: every search forgets some and reuses their tables.
      preparedLimits.bytes = 3 * 2 * offers.length;
      preparedLimits.bytesPerOffer = 0;
      preparedLimits.keptConcepts = 0;
    },
    () => Object.assign(preparedLimits, limits),
  );
});

test('tables of ranks the expansions forget are lent to the next queries, and the concepts that held them rank as before', () => {
  const limits = { ...expansionLimits };
  answersAsNew(
    [...texts, 'kan ikke sove', 'gæld', 'rygestop', 'hjerte', 'træning for ældre', 'motion hjerte'],
    3,
    () => {
      // Room for one table: each new table or list forgets the others and is lent a forgotten table's
      // buffers, while the prepared concepts (kept) still hold the tables forgotten.
      expansionLimits.held = 0;
      expansionLimits.tables = 1;
    },
    () => Object.assign(expansionLimits, limits),
  );
});

test("an index of a municipality's size keeps at most 64 concepts prepared, a large one more", () => {
  const index = catalogueIndex(offers.map(doc), synonyms);
  // 150 different words of the catalogue's names, each its own concept.
  const texts = [...new Set(offers.flatMap((o) => o.name.toLowerCase().match(/\p{L}{5,}/gu) ?? []))].slice(0, 150);
  expect(texts).toHaveLength(150);
  for (const text of texts) searchIndex(index, { text }, { municipalityId: null });
  expect(offers.length).toBeLessThan(preparedLimits.smallIndex);
  expect(preparedConceptCount(index)).toBe(preparedLimits.smallIndexConcepts);
  const limits = { ...preparedLimits };
  preparedLimits.smallIndex = 1; // this catalogue now counts as large
  try {
    const large = catalogueIndex(offers.map(doc), synonyms);
    for (const text of texts) searchIndex(large, { text }, { municipalityId: null });
    expect(preparedConceptCount(large)).toBeGreaterThan(preparedLimits.smallIndexConcepts);
  } finally {
    Object.assign(preparedLimits, limits);
  }
});

test("a concept's document frequency, counted as it is prepared, is the number of documents its words flag", () => {
  const index = catalogueIndex(offers.map(doc), synonyms);
  const queries = [...texts, 'kan ikke sove', 'gæld', 'smøger', 'demens pårørende', 'ondt i ryggen', 'ensom ældre'];
  let concepts = 0;
  for (const text of queries) {
    for (const c of planQuery(text, index.synonymGroups, vocabularyWithLayer(index.vocabularyLayer), (w) =>
      someTokenContains(index, w),
    )) {
      for (const typos of [null, 0.3]) {
        const entry = preparedConcept(c, index, typos, false);
        const words = 0xff & ~flag.vocabNeed;
        const scanned = entry.p.flags.reduce((n, bits) => n + (bits & words ? 1 : 0), 0);
        expect([text, c.term, documentFrequency(entry)]).toEqual([text, c.term, scanned]);
        concepts++;
      }
    }
  }
  expect(concepts).toBeGreaterThan(20);
});
