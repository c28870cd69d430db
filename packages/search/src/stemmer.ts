// Danish stemmer: the Snowball "danish" algorithm (https://snowballstem.org/algorithms/danish/stemmer.html),
// written from its description, so that a query word stems exactly as PostgreSQL's `danish_stem`
// dictionary stemmed the offer's words in the search document (a test compares the two). ADR 012.

const vowels = new Set('aeiouyæåø');
const sEndings = new Set('abcdfghjklmnoprtvyzå');

/** Step 1 suffixes, longest first so the first one found is the longest. */
const mainSuffixes = [
  'hed',
  'ethed',
  'ered',
  'e',
  'erede',
  'ende',
  'erende',
  'ene',
  'erne',
  'ere',
  'en',
  'heden',
  'eren',
  'er',
  'heder',
  'erer',
  'heds',
  'es',
  'endes',
  'erendes',
  'enes',
  'ernes',
  'eres',
  'ens',
  'hedens',
  'erens',
  'ers',
  'ets',
  'erets',
  'et',
  'eret',
].sort((a, b) => b.length - a.length);

const otherSuffixes = ['elig', 'lig', 'els', 'ig'];

/**
 * R1: the region after the first non-vowel that follows a vowel, but starting at position 3 at the
 * earliest. A word shorter than 3 letters, or without such a non-vowel, has an empty R1.
 */
function r1Start(word: string): number {
  if (word.length < 3) return word.length;
  for (let i = 1; i < word.length; i++) {
    if (!vowels.has(word.charAt(i)) && vowels.has(word.charAt(i - 1))) return Math.max(3, i + 1);
  }
  return word.length;
}

/** The longest suffix of the list that lies wholly in R1. */
function suffixInR1(word: string, r1: number, suffixes: readonly string[]): string | null {
  for (const s of suffixes) if (word.length - s.length >= r1 && word.endsWith(s)) return s;
  return null;
}

function consonantPair(word: string, r1: number): string {
  return suffixInR1(word, r1, ['gd', 'dt', 'gt', 'kt']) ? word.slice(0, -1) : word;
}

export function stemDanish(input: string): string {
  let word = input.toLowerCase();
  const r1 = r1Start(word);
  // Step 1: main suffixes, or s after a valid s-ending.
  const main = suffixInR1(word, r1, mainSuffixes);
  const endsS = word.length - 1 >= r1 && word.endsWith('s');
  if (main) word = word.slice(0, -main.length);
  else if (endsS && word.length >= 2 && sEndings.has(word.charAt(word.length - 2))) word = word.slice(0, -1);
  // Step 2: gd dt gt kt in R1 lose their last letter.
  word = consonantPair(word, r1);
  // Step 3: igst → ig; then ig lig elig els (then step 2 again), løst → løs.
  if (word.endsWith('igst')) word = word.slice(0, -2);
  const other = suffixInR1(word, r1, otherSuffixes);
  if (other) word = consonantPair(word.slice(0, -other.length), r1);
  else if (suffixInR1(word, r1, ['løst'])) word = word.slice(0, -1);
  // Step 4: a doubled consonant at the end (the last letter in R1) loses one letter.
  const last = word.charAt(word.length - 1);
  if (word.length - 1 >= r1 && word.length >= 2 && !vowels.has(last) && word.charAt(word.length - 2) === last)
    word = word.slice(0, -1);
  return word;
}

/** A stem shorter than this is kept apart by the letter after it (searchStem). */
export const MIN_PLAIN_STEM = 4;

/**
 * The lexeme the search keeps for a word (documents and queries alike): its Danish stem, except that a
 * stem of three letters or fewer cut from a longer word keeps the word's next letter. Such short stems
 * join unrelated words: "ryggen" (the back) and "ryge" (to smoke) both stem to "ryg", "ledighed" and
 * "led" (a joint) to "led", "data" and "datter" to "dat". With the next letter kept, "ryge" and "ryger"
 * give "ryge", "ledighed" "ledi", "data" "data", while the forms of one word still meet ("maven",
 * "mave": "mave"). A doubled consonant is the inflection of the short word itself ("ryggen", "jobbet",
 * "datteren"): those keep the plain stem and meet "ryg", "job", "datter". stemDanish itself stays
 * PostgreSQL's danish_stem (a test holds it to that).
 */
export function searchStem(word: string): string {
  const w = word.toLowerCase();
  const stem = stemDanish(w);
  if (stem.length >= MIN_PLAIN_STEM || w.length <= stem.length) return stem;
  const next = w.charAt(stem.length);
  return next === stem.charAt(stem.length - 1) ? stem : stem + next;
}

/**
 * PostgreSQL's Danish stop words (tsearch_data/danish.stop, from Snowball): the full-text search drops
 * them from documents and queries. Only the ones in plain ASCII can meet folded text.
 */
export const fullTextStopwords = new Set(
  `og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun
   nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog
   noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine
   vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A folded query word as the `danish` text-search configuration treats it: a stop word gives null,
 * a word with digits is kept as it is (the `simple` dictionary), any other word is stemmed.
 */
export function queryLexeme(word: string): string | null {
  const w = word.toLowerCase();
  if (/[0-9]/.test(w)) return w;
  if (fullTextStopwords.has(w)) return null;
  return searchStem(w);
}
