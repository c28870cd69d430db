// Only the hits whose bound of their score can reach the page are scored in full (ADR 079). Every answer must
// equal the one that scores every hit: the same page, scores, reasons and totals, for the quality sets'
// queries over a catalogue where broad words hit hundreds of offers, with filters and a later page.
import { findNeedCategory } from '@sundhed/shared';
import { catalogue } from '../../../bench/search-quality/catalogue';
import { holdoutQueries } from '../../../bench/search-quality/holdout';
import { queries } from '../../../bench/search-quality/queries';
import { catalogueIndex, indexedOffer, searchIndex, type SearchableOffer } from '../src';
import { pruning, scoreReaching } from '../src/scoreBounds';

// The catalogue six times over, in three municipalities, a copy's texts shortened or extended so that
// look-alike offers do not all score alike.
const offers: SearchableOffer[] = Array.from({ length: 6 }, (_, copy) =>
  catalogue.map((o, i) => ({
    id: `offer-${copy}-${String(i).padStart(4, '0')}`,
    name: o.name,
    shortDescription: copy % 2 ? o.shortDescription : `${o.shortDescription} ${o.name}`,
    description: copy % 3 ? o.description : o.description.slice(0, 80),
    eligibility: o.eligibility ?? null,
    status: (i + copy) % 9 === 0 ? ('INACTIVE' as const) : ('ACTIVE' as const),
    needCategories: o.needCategories.map((c) => findNeedCategory(c)?.code ?? c),
    targetGroups: o.targetGroups,
    minAge: o.minAge ?? null,
    maxAge: o.maxAge ?? null,
    costKr: copy === 1 ? 0 : o.costKr,
    languages: o.languages,
    formats: o.formats,
    municipalityId: `m-${copy % 3}`,
  })),
).flat();

const answer = (r: ReturnType<typeof searchIndex>) => ({
  total: r.total,
  hits: r.hits.map((h) => [h.offer.id, h.score, h.reasons]),
  withoutFilters: r.withoutFilters.map((h) => [h.offer.id, h.score]),
});

afterEach(() => {
  pruning.enabled = true;
});

test('every quality query answers as when every hit is scored, on the first and a later page and with filters', () => {
  const texts = [...queries, ...holdoutQueries].map((q) => q.query);
  const inputs = texts.flatMap((text) => [
    { text, limit: 5 },
    { text, offset: 7, limit: 3 },
    { text, limit: 5, freeOnly: true, age: 70 },
  ]);
  const search = () => {
    // A fresh index each time: nothing is remembered from the other pass.
    const index = catalogueIndex(
      offers.map((o) => indexedOffer(o, [], null)),
      [['smøger', 'rygestop']],
    );
    return inputs.map((input) => answer(searchIndex(index, input, { municipalityId: null })));
  };
  // Off, every hit is scored in full by bestMatch, as before ADR 079, whatever its bound says.
  pruning.enabled = false;
  const whole = search();
  pruning.enabled = true;
  const before = pruning.pruned;
  const pruned = search();
  // The pruning is at work: many passes left hits unscored.
  expect(pruning.pruned - before).toBeGreaterThan(50);
  for (const [i, a] of pruned.entries()) expect([inputs[i]?.text, a]).toEqual([inputs[i]?.text, whole[i]]);
});

test('the hits scored hold every hit of the page, ties at its last score included, and exact bounds are not scored again', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 300; round++) {
    // Short lists (scored whole), long ones (pruned), and rounds where every bound is the score.
    const n = Math.floor(random() * 450);
    const need = 1 + Math.floor(random() * 20);
    const someLoose = round % 5 !== 0;
    const hits = Int32Array.from({ length: n }, (_, i) => i);
    // Few distinct scores, so that many hits tie; a loose bound is above its score by up to 3.
    const score = Array.from({ length: n }, () => Math.floor(random() * 8));
    const loose = Uint8Array.from({ length: n }, () => (someLoose && random() < 0.5 ? 1 : 0));
    const bounds = Float64Array.from(score, (s, i) => (loose[i] ? s + Math.floor(random() * 4) : s));
    const asked: number[] = [];
    const { docs, scores } = scoreReaching(hits, bounds, loose, need, (doc) => {
      asked.push(doc);
      return score[doc] as number;
    });
    expect(asked.every((doc) => loose[doc] === 1)).toBe(true);
    expect(new Set(asked).size).toBe(asked.length);
    expect([...docs].map((doc, i) => [doc, scores[i]])).toEqual([...docs].map((doc) => [doc, score[doc]]));
    const last = [...score].sort((a, b) => b - a)[need - 1] ?? Number.NEGATIVE_INFINITY;
    const page = [...hits].filter((doc) => (score[doc] as number) >= last);
    expect(page.every((doc) => docs.includes(doc))).toBe(true);
  }
});
