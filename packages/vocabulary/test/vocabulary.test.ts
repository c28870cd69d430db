// The validator of the national vocabulary: shape, size, folding and uniqueness of its terms, its sources.
import { findNeedCategory, fold } from '@sundhed/shared';
import { CONCEPTS, FSIII_CONCEPTS, findConcepts, foldedWords, nationalVocabulary, sameVocabularyWord } from '../src';

const DOMAINS = [
  'levevaner',
  'tilstand',
  'krop',
  'psyke',
  'afhængighed',
  'livssituation',
  'familie',
  'ældre',
  'hverdag',
  'fællesskab',
  'arbejde',
  'økonomi',
  'bolig',
  'sprog',
];

describe('the national vocabulary', () => {
  test('has at least 300 concept groups with unique ids', () => {
    expect(CONCEPTS.length).toBeGreaterThanOrEqual(300);
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('covers every domain the issue names', () => {
    for (const domain of DOMAINS) expect(CONCEPTS.filter((c) => c.domain === domain).length).toBeGreaterThan(0);
  });

  test('no group is empty: at least two terms, every term has letters', () => {
    for (const c of CONCEPTS) {
      expect({ id: c.id, terms: c.terms.length >= 2 }).toEqual({ id: c.id, terms: true });
      for (const t of c.terms)
        expect({ id: c.id, t, letters: /\p{L}/u.test(t) }).toEqual({ id: c.id, t, letters: true });
      expect(c.label).toBe(c.terms[0]);
      expect(c.boost.length).toBeGreaterThan(0);
    }
  });

  test('terms are lower case, trimmed, single-spaced and at most 60 characters (the synonym limit)', () => {
    const bad = CONCEPTS.flatMap((c) =>
      c.terms.filter((t) => t !== t.toLocaleLowerCase('da') || t !== t.trim() || /\s{2,}/.test(t) || t.length > 60),
    );
    expect(bad).toEqual([]);
  });

  test('no term (folded) is in two groups unless the group marks it as shared, and none twice in one group', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of CONCEPTS) {
      const own = new Set<string>();
      for (const t of c.terms) {
        const key = foldedWords(t).join(' ');
        if (own.has(key)) clashes.push(`${c.id}: "${t}" twice`);
        own.add(key);
        const previous = owner.get(key);
        if (previous && previous !== c.id && !c.shared.includes(t)) clashes.push(`"${t}" in ${previous} and ${c.id}`);
        owner.set(key, c.id);
      }
      for (const s of c.shared) expect(c.terms).toContain(s);
    }
    expect(clashes).toEqual([]);
  });

  test('need categories are known labels, and FSIII sources have a code', () => {
    for (const c of CONCEPTS) {
      for (const need of c.needs)
        expect({ id: c.id, need, known: Boolean(findNeedCategory(need)) }).toEqual({ id: c.id, need, known: true });
      if (c.source)
        expect({ id: c.id, display: c.source.display, code: FSIII_CONCEPTS[c.source.display]?.code ?? null }).toEqual({
          id: c.id,
          display: c.source.display,
          code: expect.stringMatching(/^[0-9a-f-]{36}$/),
        });
    }
  });

  test('broad concepts lift the name and need categories only, never the description', () => {
    const broad = CONCEPTS.filter((c) => c.broad);
    expect(broad.map((c) => c.id)).toEqual(expect.arrayContaining(['motion', 'boern', 'mor', 'far', 'aeldre']));
    for (const c of broad) expect(c.boost).not.toContain('description');
  });

  test('the examples of issue 11 map everyday words to the professional concept', () => {
    const index = nationalVocabulary();
    const idsOf = (q: string) =>
      findConcepts(index, foldedWords(q)).flatMap((m) => m.concepts.map((i) => index.concepts[i]!.concept.id));
    expect(idsOf('knogleskør')).toEqual(['osteoporose']);
    expect(idsOf('min mors hukommelse svigter')).toContain('demens');
    expect(idsOf('ludo-afhængig')).toEqual(['ludomani']);
    expect(idsOf('ludoafhængig')).toEqual(['ludomani']);
    expect(idsOf('jeg er helt kørt ned')).toEqual(['stress']);
    expect(idsOf('kvit smøgerne')).toEqual(['rygestop']);
    expect(idsOf('knogleskor')).toEqual(['osteoporose']);
    expect(idsOf('knogleskoer')).toEqual(['osteoporose']);
  });
});

describe('findConcepts', () => {
  const index = nationalVocabulary();
  test('takes the longest run and leaves words already taken', () => {
    const words = foldedWords('stop med at ryge');
    const [m] = findConcepts(index, words);
    expect(m && [m.start, m.end]).toEqual([0, 4]);
    expect(findConcepts(index, words, [true, false, false, false]).map((x) => x.term.folded)).toEqual(['ryge']);
  });
  test('a compound typed as one word finds the concept of its first or last part', () => {
    const idsOf = (q: string) =>
      findConcepts(index, foldedWords(q)).flatMap((m) => m.concepts.map((i) => index.concepts[i]!.concept.id));
    expect(idsOf('sorggruppe')).toEqual(['sorg']);
    expect(idsOf('knogleskørhedsforløb')).toEqual(['osteoporose']);
    expect(idsOf('gældshjælp')).toEqual(['gaeld']);
    expect(idsOf('xyzq')).toEqual([]);
  });
  test('a short word only matches itself; a longer one takes a short ending', () => {
    expect(sameVocabularyWord('kost', 'koster')).toBe(false);
    expect(sameVocabularyWord('smoeger', 'smoegerne')).toBe(true);
    expect(sameVocabularyWord('stress', 'stresset')).toBe(true);
    expect(fold('Ø')).toBe('oe');
  });
  test('any text finds something or nothing, never an error', () => {
    for (const q of ['', ' ', '!!!', 'a'.repeat(500), 'ÆØÅ æøå', '🙂 hjælp'])
      expect(() => findConcepts(index, foldedWords(q))).not.toThrow();
  });
});
