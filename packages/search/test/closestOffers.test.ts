// The suggestion's offers (closestOffers, searchEngine.ts) are read by shared trigrams, highest first, and the
// reading stops when no later offer can reach the tenth best: the same offers in the same order as comparing
// every candidate, as didYouMean did before.
import { catalogueIndex, indexedOffer, updateIndex } from '../src';
import { blankOffer } from './blankOffer';
import { closestOffers } from '../src/searchEngine';
import { offerAt, termTrigrams, trigramCandidates, trigramDocs } from '../src/searchIndex';
import { wordSimilarity } from '../src/textMatch';

const base = blankOffer;

const words = [
  'stress',
  'stresskursus',
  'svømning',
  'svømmehal',
  'sundhedspleje',
  'sundhedspakke',
  'rygestop',
  'rygskole',
];
const tails = ['for voksne', 'hold', 'online', 'i Ishøj', 'for seniorer', 'og samtale'];
const offers = Array.from({ length: 240 }, (_, i) => ({
  ...base,
  id: `o-${String(i).padStart(3, '0')}`,
  name: `${words[i % words.length]} ${tails[i % tails.length]} ${i % 7 === 0 ? 'gruppe' : ''}`.trim(),
  targetGroups: i % 3 === 0 ? ['voksne'] : ['seniorer'],
}));
const index = catalogueIndex(
  offers.map((o) => indexedOffer(o, [], null)),
  [],
);

function everyCandidate(term: string, inScope: (doc: number) => boolean = () => true) {
  const { docs, trigrams } = trigramCandidates(index, term, 0.35);
  return Array.from(docs)
    .filter(inScope)
    .map((doc) => ({
      o: offerAt(index, doc),
      s: wordSimilarity(term, offerAt(index, doc).searchTerms, trigrams, termTrigrams(offerAt(index, doc))),
    }))
    .filter((r) => r.s > 0.35)
    .sort((a, b) => b.s - a.s || (a.o.offer.name < b.o.offer.name ? -1 : a.o.offer.name > b.o.offer.name ? 1 : 0))
    .slice(0, 10);
}

test.each(['stresskurus', 'svommehal', 'sundhedsplejeske', 'rygestob', 'ryskole', 'seniore'])(
  'the offers for a suggestion of "%s" are those of comparing every candidate',
  (term) => {
    const fast = closestOffers(index, term, () => true).map((r) => [r.o.offer.id, r.s]);
    const slow = everyCandidate(term).map((r) => [r.o.offer.id, r.s]);
    expect(slow.length).toBeGreaterThan(0);
    expect(fast).toEqual(slow);
  },
);

test.each(['stresskurus', 'svommehal', 'rygestob'])(
  'out of scope offers are passed over: "%s" gives those of comparing every candidate in scope',
  (term) => {
    // Every third offer is out of scope, the best ones among them.
    const inScope = (doc: number) => doc % 3 !== 0;
    const fast = closestOffers(index, term, (_, doc) => inScope(doc)).map((r) => [r.o.offer.id, r.s]);
    const slow = everyCandidate(term, inScope).map((r) => [r.o.offer.id, r.s]);
    expect(slow.length).toBeGreaterThan(0);
    expect(fast).toEqual(slow);
  },
);

/** A repeatable sequence of whole numbers below n (a linear congruential generator). */
function seededRandom(start: number): (n: number) => number {
  let seed = start;
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
}
/** The parts the look-alike names are made of. */
const PARTS = ['stress', 'kursus', 'kur', 'rus', 'svøm', 'mehal', 'ryg', 'stop', 'sund', 'hed', 'pleje', 'hold'];

test('names made of the same parts in random order: the offers are those of comparing every candidate', () => {
  // Many look-alike names, some sharing a term's trigrams scattered over several words, others in one word:
  // a later offer with fewer shared trigrams can still be more similar than those read before it.
  const random = seededRandom(7);
  const name = () =>
    Array.from({ length: 2 + random(3) }, () => PARTS[random(PARTS.length)])
      .map((p, i) => (i && random(2) ? ` ${p}` : p))
      .join('');
  const mixed = Array.from({ length: 600 }, (_, i) => ({
    ...base,
    id: `m-${String(i).padStart(3, '0')}`,
    name: `${'ABCDEFGHIJ'[random(10)]} ${name()}`,
  }));
  const own = catalogueIndex(
    mixed.map((o) => indexedOffer(o, [], null)),
    [],
  );
  let compared = 0;
  let passedOver = 0;
  for (let k = 0; k < 80; k++) {
    const word = name().replace(/ /g, '');
    const term = word.slice(0, random(word.length)) + word.slice(random(word.length));
    const { docs, trigrams, counts } = trigramCandidates(own, term, 0.35);
    const slow = Array.from(docs, (doc) => ({
      id: offerAt(own, doc).offer.id,
      name: offerAt(own, doc).offer.name,
      s: wordSimilarity(term, offerAt(own, doc).searchTerms, trigrams, termTrigrams(offerAt(own, doc))),
    }))
      .filter((r) => r.s > 0.35)
      .sort((a, b) => b.s - a.s || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .slice(0, 10)
      .map((r) => [r.id, r.s]);
    const fast = closestOffers(own, term, () => true).map((r) => [r.o.offer.id, r.s]);
    expect([term, fast]).toEqual([term, slow]);
    compared += slow.length;
    // Offers the reading passes over without comparing them: their bound only ties the tenth, their name after it.
    const tenth = slow[9];
    if (tenth)
      for (const doc of docs) {
        const bound = (counts[doc] as number) / trigrams.size;
        const name = offerAt(own, doc).offer.name;
        if (
          Math.abs(bound - (tenth[1] as number)) <= 1e-6 &&
          name >= own.offers[own.docOf.get(tenth[0] as string)!]!.offer.name
        )
          passedOver++;
      }
  }
  expect(compared).toBeGreaterThan(400);
  expect(passedOver).toBeGreaterThan(50);
});

test('a national catalogue: copies of a name added after the index was built, found after it in name order (ADR 088)', () => {
  // Few names, each under many offers; half of them added by an incremental update, at the end of the index's
  // documents whatever their ids: offers of one name and one similarity are then found by trigramCandidates in
  // another order than the index's name order (name, id), and the tenth place falls among them.
  const random = seededRandom(3);
  const names = Array.from({ length: 12 }, () =>
    Array.from({ length: 2 + random(2) }, () => PARTS[random(PARTS.length)]).join(random(2) ? ' ' : ''),
  );
  const copies = Array.from({ length: 700 }, (_, i) =>
    indexedOffer(
      {
        ...base,
        id: `n-${String(random(100_000)).padStart(6, '0')}-${i}`,
        name: names[random(names.length)]!,
        targetGroups: Array.from({ length: random(2) }, () => PARTS[random(PARTS.length)]!),
      },
      [],
      null,
    ),
  );
  const built = catalogueIndex(copies.slice(0, 350), []);
  // The trigram table first, as a search that looked for typos has it: the updates then follow it.
  trigramDocs(built);
  const added = updateIndex(built, copies.slice(350), [], {
    offersVersion: 1n,
    synonymsVersion: 0n,
    stamps: new Map(),
  });
  // Some offers renamed after: their text is another, and their old one's similarity must not be read for them.
  const renamed = copies
    .filter((_, i) => i % 13 === 0)
    .map((o) =>
      indexedOffer({ ...o.offer, name: `${names[random(names.length)]!} ${PARTS[random(PARTS.length)]!}` }, [], null),
    );
  const own = updateIndex(added, renamed, [], { offersVersion: 2n, synonymsVersion: 0n, stamps: new Map() });
  let disordered = 0;
  for (let k = 0; k < 120; k++) {
    const word = names[random(names.length)]!.replace(/ /g, '');
    const term = word.slice(0, random(word.length)) + word.slice(random(word.length));
    const { docs, trigrams } = trigramCandidates(own, term, 0.35);
    const all = Array.from(docs, (doc) => ({
      doc,
      id: offerAt(own, doc).offer.id,
      name: offerAt(own, doc).offer.name,
      s: wordSimilarity(term, offerAt(own, doc).searchTerms, trigrams, termTrigrams(offerAt(own, doc))),
    })).filter((r) => r.s > 0.35);
    // A stable sort: offers of one similarity and name stay in the order they were found.
    const slow = [...all].sort((a, b) => b.s - a.s || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, 10);
    const fast = closestOffers(own, term, () => true).map((r) => [r.o.offer.id, r.s]);
    expect([term, fast]).toEqual([term, slow.map((r) => [r.id, r.s])]);
    const tenth = slow[9];
    if (tenth && all.some((r) => r.s === tenth.s && r.name === tenth.name && r.id < tenth.id && r.doc > tenth.doc))
      disordered++;
  }
  expect(disordered).toBeGreaterThan(5);
});
