// A phrase's word parts (ADR 083): only documents holding a token for each of the phrase's words are read on
// their text. The documents must be exactly those whose short fields' text holds the phrase, for phrases cut
// from the offers' own texts (starting or ending inside a word), with repeated words, and with words no offer has.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueIndex, indexedOffer } from '../src';
import { wordPartList } from '../src/wordParts';
import { catalogueOffer } from './catalogueOffer';

test('the documents of a phrase are those whose text holds it', () => {
  const index = catalogueIndex(
    catalogue.map((o, i) => indexedOffer(catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`), [], null)),
    [],
  );
  let seed = 5;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const phrases = new Set<string>(['for for', 'træning for ældre', 'for ældre', 'xyzzy for', 'og og og']);
  while (phrases.size < 600) {
    const text = index.offers[random(index.offers.length)]!.searchText;
    const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
    if (spaces.length < 3) continue;
    const k = random(spaces.length - 2);
    // From inside the word before a space to inside the word after the next one or two.
    const start = Math.max(0, spaces[k]! - random(6));
    const end = Math.min(text.length, spaces[k + 1 + random(2)]! + 1 + random(6));
    const phrase = text.slice(start, end).trim();
    if (phrase.includes(' ') && phrase.split(' ').every(Boolean)) phrases.add(phrase);
  }
  let found = 0;
  for (const phrase of phrases) {
    const longest = phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    if (phrase.length < 4 || longest.length < 3) continue;
    const expected = index.offers.flatMap((o, doc) => (o.searchText.includes(phrase) ? [doc] : []));
    const docs = [...wordPartList(index, phrase)].sort((a, b) => a - b);
    expect([phrase, docs]).toEqual([phrase, expected]);
    found += expected.length;
  }
  expect(found).toBeGreaterThan(600);
});
