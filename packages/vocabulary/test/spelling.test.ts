// Spelling tolerance against the vocabulary's own terms, and the subordinate-clause word order (issue 11,
// failure classes 4 and 1).
import { editDistance, findMisspeltConcept, mainClauseOrder, nationalVocabulary } from '../src';

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
