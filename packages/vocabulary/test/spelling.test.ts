// Spelling tolerance against the vocabulary's own terms, and the subordinate-clause word order (issue 11,
// failure classes 4 and 1).
import { editDistance, findMisspeltConcept, mainClauseOrder, MIN_MISSPELT, nationalVocabulary } from '../src';
import { closestTerm } from '../src/spelling';

const vocabulary = nationalVocabulary();
const conceptOf = (word: string, known: string[] = []) => {
  const match = findMisspeltConcept(vocabulary, word, (w) => known.includes(w));
  return match ? { id: vocabulary.concepts[match.concepts[0]!]!.concept.id, rest: match.rest } : null;
};

test('the edit distance counts a swap as one edit and stops above the limit', () => {
  expect(editDistance('diabetis', 'diabetes', 2)).toBe(1);
  expect(editDistance('alzhiemer', 'alzheimer', 2)).toBe(1);
  expect(editDistance('kol', 'hjertesvigt', 2)).toBe(3);
});

test('a word one letter off a term names its concept; two letters only from nine letters', () => {
  expect(conceptOf('alzheimar')).toEqual({ id: 'demens', rest: undefined });
  expect(conceptOf('hjertsvigt')).toEqual({ id: 'hjertesvigt', rest: undefined });
  // Eight letters, two edits: too far to be meant.
  expect(conceptOf('alkahel')).toBeNull();
});

test('a short word is never read as a misspelling (most are other words)', () => {
  expect(conceptOf('slår')).toBeNull();
  expect(conceptOf('kole')).toBeNull();
});

test('a typed compound of a misspelt term and a known word names the term', () => {
  expect(conceptOf('hjertsvigtforloeb', ['forloeb'])).toEqual({ id: 'hjertesvigt', rest: 'forloeb' });
  // The other part must be a known word.
  expect(conceptOf('hjertsvigtxqzw')).toBeNull();
});

test('"ikke" before a modal verb is read in main-clause order', () => {
  const words = ['dreng', 'der', 'ikke', 'kan', 'sidde', 'stille'];
  expect(mainClauseOrder(words).map((i) => words[i])).toEqual(['dreng', 'der', 'kan', 'ikke', 'sidde', 'stille']);
  expect(mainClauseOrder(['kan', 'ikke', 'sove'])).toEqual([0, 1, 2]);
});

test('closestTerm skips terms by their letters only where the edit distance would not reach them', () => {
  // The pre-check of ADR 065 against the plain scan it replaced: the same term for every word, with
  // words near terms (one or two edits, a swap), æ/ø/å, and words far from all.
  const terms = ['ludomani', 'diabetes', 'alzheimer', 'hjertesvigt', 'søvnløshed', 'rygestop', 'kræft', 'stresset'].map(
    (loose, entry) => ({ loose, entry }),
  );
  const plain = (word: string) => {
    if (word.length < MIN_MISSPELT) return null;
    const allowed = word.length >= 9 ? 2 : 1;
    let best: { d: number; entry: number } | null = null;
    for (const t of terms) {
      if (t.loose.length < MIN_MISSPELT || Math.abs(t.loose.length - word.length) > allowed) continue;
      const d = editDistance(word, t.loose, best ? best.d - 1 : allowed);
      if (d === 0) return t.entry;
      if (d <= allowed && (!best || d < best.d)) best = { d, entry: t.entry };
    }
    return best?.entry ?? null;
  };
  const words = ['ludemani', 'diabetis', 'alzhiemer', 'hjertsvigt', 'søvnlshed', 'rygestob', 'rgyestop', 'stressset'];
  words.push('qxbcdfghjkl', 'ludomani', 'sovnløshed', 'kræftt', 'abcdefgh', 'hjertesvagt', 'alzheimerr');
  for (const word of words) expect(closestTerm(word, terms)).toBe(plain(word));
});
