// The coarse bound of a concept's match (ADR 080) must bound the best match of every document, say "no match"
// only where there is none, say "sure" only where there is one, and say "exact" only where it is the score:
// the engine counts hits, prunes and skips the closer look on it.
import { vocabularyWithLayer } from '@sundhed/vocabulary';
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueOffer } from './catalogueOffer';
import { holdoutQueries } from '../../../bench/search-quality/holdout';
import { queries } from '../../../bench/search-quality/queries';
import { catalogueIndex, indexedOffer, type SearchableOffer } from '../src';
import { coarseBound, coarseKey, coarseTable } from '../src/coarseBounds';
import { best, bestMatch } from '../src/matchKinds';
import { preparedConcept } from '../src/preparedConcepts';
import { planQuery } from '../src/queryPlan';
import { holdsWord, offerAt, someTokenContains } from '../src/searchIndex';
import { WORD_SIMILARITY_THRESHOLD } from '../src/textMatch';

// The catalogue twice over, the copy's texts changed so that ranks differ between look-alike offers.
const offers: SearchableOffer[] = [0, 1].flatMap((copy) =>
  catalogue.map((o, i) =>
    catalogueOffer(o, `offer-${copy}-${String(i).padStart(4, '0')}`, {
      shortDescription: copy ? `${o.shortDescription} ${o.name}` : o.shortDescription,
      description: copy ? o.description.slice(0, 80) : o.description,
      municipalityId: 'm-1',
    }),
  ),
);

test('the coarse bound holds for every document and concept of the quality queries, typos and broad concepts too', () => {
  const index = catalogueIndex(
    offers.map((o) => indexedOffer(o, [], null)),
    [['smøger', 'rygestop']],
  );
  let checked = 0;
  let matched = 0;
  let tight = 0;
  let exactKeys = 0;
  for (const { query } of [...queries, ...holdoutQueries]) {
    const concepts = planQuery(
      query,
      index.synonymGroups,
      vocabularyWithLayer(index.vocabularyLayer),
      (w) => someTokenContains(index, w),
      (w) => holdsWord(index, w),
    );
    for (const c of concepts)
      for (const [typos, broadIn] of [
        [false, false],
        [true, false],
        [false, true],
      ] as const) {
        const { p } = preparedConcept(c, index, typos && c.typo ? WORD_SIMILARITY_THRESHOLD : null, broadIn);
        const table = coarseTable(p);
        for (let doc = 0; doc < index.offers.length; doc++) {
          const key = coarseKey(p, doc);
          const bound = coarseBound(table, key, doc);
          const score = bestMatch(p, offerAt(index, doc), doc);
          const kind = best.kind;
          checked++;
          if (kind > 0) {
            matched++;
            if (bound === score) tight++;
            if (!(bound >= score))
              throw new Error(`"${query}" "${c.term}" doc ${doc}: bound ${bound} < score ${score}`);
          } else {
            if (table.sure[key]) throw new Error(`"${query}" "${c.term}" doc ${doc}: sure, but no match`);
          }
          if (bound < 0 && kind > 0) throw new Error(`"${query}" "${c.term}" doc ${doc}: no match said, kind ${kind}`);
          // Where the table says so, the bound is the score itself, bit for bit (no closer look is taken).
          if (table.exact[key]) {
            exactKeys++;
            if (kind > 0 ? !Object.is(bound, score) : bound >= 0)
              throw new Error(`"${query}" "${c.term}" doc ${doc}: exact, but bound ${bound} and score ${score}`);
          }
        }
      }
  }
  expect(checked).toBeGreaterThan(100_000);
  expect(matched).toBeGreaterThan(5_000);
  // Mostly close: the rank tables are read per document, so most bounds are the score itself.
  expect(tight / matched).toBeGreaterThan(0.5);
  expect(exactKeys / checked).toBeGreaterThan(0.5);
});
