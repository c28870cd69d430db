// The name bits of word start and phrase patterns (ADR 087): a document's bit must be set exactly where its
// name matches the pattern (likeAny, SQL LIKE), for word starts of three letters ("t%" with "% t%"), a lone
// word start, phrases cut from the names (starting or ending inside a word), phrases with repeated words and
// phrases no name holds, so that no hit reads its name for them.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueIndex, indexedOffer, termPatterns } from '../src';
import { likeAny, likePatterns, markNames } from '../src/wordParts';
import { catalogueOffer } from './catalogueOffer';

const index = catalogueIndex(
  catalogue.map((o, i) => indexedOffer(catalogueOffer(o, `offer-${String(i).padStart(4, '0')}`), [], null)),
  [],
);
const names = index.offers.map((o) => o.searchName);

function marked(pats: ReturnType<typeof likePatterns>): { rest: number; docs: number[] } {
  const out = new Uint8Array(index.offers.length);
  const rest = markNames(index, pats, 4, out).length;
  return { rest, docs: [...out.keys()].filter((doc) => out[doc] === 4) };
}
const expected = (pats: ReturnType<typeof likePatterns>) =>
  names.flatMap((name, doc) => (likeAny(name, pats) ? [doc] : []));

test('word starts and phrases are marked exactly where the name matches', () => {
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const terms = new Set<string>(['for for', 'for ældre', 'xyzzy for', 'og og og', 'mad', 'kol', 'ung', 'zzq']);
  for (const name of names) for (const word of name.split(' ')) if (word.length >= 3) terms.add(word.slice(0, 3));
  while (terms.size < 900) {
    const name = names[random(names.length)]!;
    const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
    if (spaces.length < 1) continue;
    const k = random(spaces.length);
    // From inside the word before a space to inside (or the end of) a later word.
    const start = Math.max(0, spaces[k]! - random(6));
    const next = spaces[k + 1 + random(2)] ?? name.length;
    const phrase = name.slice(start, Math.min(name.length, next + random(3))).trim();
    if (phrase.includes(' ') && phrase.split(' ').every(Boolean)) terms.add(phrase);
  }
  let found = 0;
  for (const term of terms) {
    const both = likePatterns(termPatterns(term));
    // Each pattern alone too: a lone word start, a lone "% t%", a phrase at the name's start.
    for (const pats of [both, ...both.map((p) => [p]), [{ needle: term, start: true }]]) {
      const { rest, docs } = marked(pats);
      expect([term, pats, rest]).toEqual([term, pats, 0]);
      const want = expected(pats);
      expect([term, pats, docs]).toEqual([term, pats, want]);
      found += want.length;
    }
  }
  expect(found).toBeGreaterThan(3000);
});
