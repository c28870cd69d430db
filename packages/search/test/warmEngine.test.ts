// The warm-up at the start (warmEngine, ADR 091) compiles the engine's code over a small index of a sample of
// the real index's documents: it must leave the real index and its documents as they were (its searches
// answer as an index never warmed), and its queries are not the quality sets' (nothing is tuned to them).
import { catalogue } from '../../../bench/search-quality/catalogue';
import { queries } from '../../../bench/search-quality/queries';
import { holdoutQueries } from '../../../bench/search-quality/holdout';
import { catalogueIndex, indexedOffer, searchIndex, trigramDocs, warmEngine, WARM_QUERIES } from '../src';
import { catalogueOffer } from './catalogueOffer';

const documents = () =>
  catalogue.map((o, i) => indexedOffer(catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`), [], null));

test('the warm-up leaves the index and its documents as they were', () => {
  const warmed = catalogueIndex(documents(), []);
  trigramDocs(warmed);
  const before = JSON.stringify(warmed.offers, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  const { trigramIds, textTrigrams, termTexts } = warmed;
  const ids = trigramIds!.size;
  const parts = warmed.offers.map((o) => [o, o.termTrigrams, o.entries]);
  warmEngine(warmed);
  // The same objects, not copies made alike (a text renumbered in the warm-up's numbering would read alike).
  expect(warmed.offers.every((o, doc) => [o, o.termTrigrams, o.entries].every((x, k) => x === parts[doc]![k]))).toBe(
    true,
  );
  expect(warmed.offers.every((o) => o.termTrigrams!.ids!.space === warmed.trigramIds)).toBe(true);
  expect(JSON.stringify(warmed.offers, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).toBe(before);
  expect([warmed.trigramIds, warmed.textTrigrams, warmed.termTexts, warmed.trigramIds!.size]).toEqual([
    trigramIds,
    textTrigrams,
    termTexts,
    ids,
  ]);
  const never = catalogueIndex(documents(), []);
  const answer = (r: ReturnType<typeof searchIndex>) => ({
    total: r.total,
    hits: r.hits.map((h) => [h.offer.id, h.score, h.reasons]),
    suggestions: r.suggestions,
  });
  for (const text of [...WARM_QUERIES.slice(0, 12), ...queries.slice(0, 30).map((q) => q.query)])
    expect([text, answer(searchIndex(warmed, { text, limit: 20 }, { municipalityId: null }))]).toEqual([
      text,
      answer(searchIndex(never, { text, limit: 20 }, { municipalityId: null })),
    ]);
});

test("the warm-up's queries are none of the quality sets' queries", () => {
  const fold = (q: string) => q.toLowerCase().trim();
  const quality = new Set([...queries, ...holdoutQueries].map((q) => fold(q.query)));
  expect(WARM_QUERIES.filter((q) => quality.has(fold(q)))).toEqual([]);
  expect(new Set(WARM_QUERIES).size).toBe(WARM_QUERIES.length);
});
