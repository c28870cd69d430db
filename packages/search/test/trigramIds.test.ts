// Word similarity by trigram numbers (ADR 089): with the index's numbering of its documents' trigrams, whether a
// word has a text's trigram is read by number. The similarity must be the one the strings give, for words with
// trigrams no document has, for texts numbered in another index (their numbers are not read), and for typos.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueIndex, indexedOffer } from '../src';
import { termTrigrams, trigramDocs } from '../src/searchIndex';
import { trigramSequence, wordSimilarity, wordTrigramIds } from '../src/textMatch';
import { catalogueOffer } from './catalogueOffer';

const offers = catalogue.map((o, i) =>
  indexedOffer(catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`), [], null),
);

test('the similarity by trigram numbers is the similarity by strings', () => {
  const index = catalogueIndex(offers, []);
  trigramDocs(index);
  const other = catalogueIndex(
    offers.map((o) => ({ ...o, termTrigrams: undefined })),
    [],
  );
  trigramDocs(other);
  const words = ['stresskurus', 'rygestob', 'diabetis', 'xyzzyq', 'gigt', 'svømning', 'demenscafe', 'kol', 'ensomhed'];
  let numbered = 0;
  for (const word of words) {
    const trigrams = new Set(trigramSequence(word));
    const ids = wordTrigramIds(index.trigramIds!, trigrams);
    for (const o of index.offers) {
      const text = termTrigrams(o);
      if (text.ids?.space === index.trigramIds) numbered++;
      const byString = wordSimilarity(word, o.searchTerms, trigrams, text);
      expect([word, o.searchTerms, wordSimilarity(word, o.searchTerms, trigrams, text, ids)]).toEqual([
        word,
        o.searchTerms,
        byString,
      ]);
    }
    // Texts numbered in another index: their numbers are another numbering's, and are not read.
    const otherIds = wordTrigramIds(other.trigramIds!, trigrams);
    for (const o of index.offers)
      expect(wordSimilarity(word, o.searchTerms, trigrams, termTrigrams(o), otherIds)).toBe(
        wordSimilarity(word, o.searchTerms, trigrams, termTrigrams(o)),
      );
  }
  expect(numbered).toBe(words.length * index.offers.length);
});
