// Word similarity by trigram numbers (ADR 089): with the index's numbering of its documents' trigrams, whether a
// word has a text's trigram is read by number. The similarity must be the one the strings give, for words with
// trigrams no document has, for texts numbered in another index (their numbers are not read), and for typos;
// and read from the index's table of numbered texts (ADR 090), for texts numbered again and a text changed since.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueIndex, indexedOffer } from '../src';
import { followTermText, termTexts, termTrigrams, textWordSimilarity, trigramDocs } from '../src/searchIndex';
import { numberTrigrams, trigramSequence, wordSimilarity, wordTrigramIds } from '../src/textMatch';
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

test("the similarity read from the index's table of numbered texts is the similarity by strings", () => {
  const index = catalogueIndex(offers, []);
  trigramDocs(index);
  // Documents shared with another index: their texts were numbered in that index's numbering, and are
  // numbered again in this one's for its table.
  const sharing = catalogueIndex(index.offers, []);
  trigramDocs(sharing);
  // Words of the names with a letter changed (close texts), words no text holds, and the names' own words.
  const names = offers.slice(0, 40).flatMap((o) => o.offer.name.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const words = [
    ...names.slice(0, 20),
    ...names.slice(20, 40).map((w) => `${w.slice(0, 2)}x${w.slice(3)}`),
    'xyzzyq',
    'kol',
    'stresskurus',
    'aaaaaa',
  ];
  for (const scope of [index, sharing]) {
    const { of, count } = termTexts(scope);
    expect(scope.textTrigrams!.held).toBe(count);
    for (const word of words) {
      const trigrams = new Set(trigramSequence(word));
      const ids = wordTrigramIds(scope.trigramIds!, trigrams);
      for (const [doc, o] of scope.offers.entries())
        expect([word, o.searchTerms, textWordSimilarity(scope, doc, of[doc]!, word, trigrams, ids)]).toEqual([
          word,
          o.searchTerms,
          wordSimilarity(word, o.searchTerms, trigrams, numberTrigrams(trigramSequence(o.searchTerms))),
        ]);
    }
  }
  // A document an update gave a new text number (followTermText) is read from its offer.
  const doc = 3;
  const changed = { ...index.offers[doc]!, searchTerms: 'rygestop for unge', termTrigrams: undefined };
  index.offers[doc] = changed;
  followTermText(index, doc);
  const text = termTexts(index).of[doc]!;
  expect(text).toBeGreaterThanOrEqual(index.textTrigrams!.held);
  const trigrams = new Set(trigramSequence('rygestop'));
  expect(textWordSimilarity(index, doc, text, 'rygestop', trigrams, wordTrigramIds(index.trigramIds!, trigrams))).toBe(
    1,
  );
});
