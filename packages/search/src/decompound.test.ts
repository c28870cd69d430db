// Decompounding against the Danish lexicon plus the catalogue's words (ADR 067): the split itself, and the
// engine finding offers that write a typed compound's parts apart or in another compound.
import { danishLexicon, nationalVocabulary } from '@sundhed/vocabulary';
import { planQuery } from './queryPlan';
import { splitCompound } from './decompound';
import { catalogueIndex, indexedOffer } from './catalogue';
import { searchIndex } from './searchEngine';
import type { SearchableOffer } from './offer';
import { blankOffer } from '../test/blankOffer';

const lexicon = danishLexicon();
const known = (w: string) => (lexicon.has(w) ? w : undefined);

test('the lexicon holds common words, not names', () => {
  expect(lexicon.size).toBeGreaterThan(100_000);
  for (const w of ['raadgivning', 'kursus', 'gruppe', 'madlavning', 'ordning', 'hjemmehjaelp'])
    expect(lexicon.has(w)).toBe(true);
  for (const name of ['jens', 'hansen', 'ishoej']) expect(lexicon.has(name)).toBe(false);
});

test.each([
  ['madlavningskursus', ['madlavning', 'kursus']],
  ['hjemmehjaelpsordning', ['hjemmehjaelp', 'ordning']],
  ['gaeldsraadgivning', ['gaeld', 'raadgivning']],
  ['rygestopkursus', ['rygestop', 'kursus']],
  ['sorggrupper', ['sorg', 'gruppe']],
])('%s splits into %j (fewest, longest parts; -s- links; an ending on the last)', (word, parts) => {
  expect(splitCompound(word, known)).toEqual(parts);
});

test('no split below the minimum part length or into unknown parts', () => {
  expect(splitCompound('solsort', known)).toBeNull(); // "sol" is too short to be a part
  expect(splitCompound('rygestobkursus', known)).toBeNull(); // "rygestob" is no word
  expect(splitCompound('xyzxyzxyz', known)).toBeNull();
});

function offer(id: string, name: string, description: string): SearchableOffer {
  return { ...blankOffer, id, name, description, costKr: null };
}

const index = catalogueIndex(
  [
    offer('a', 'Strikkecafé', 'Vi mødes og strikker sammen over en kop kaffe.'),
    offer('b', 'Havefællesskab', 'Dyrk grøntsager i fællesskab med andre i kolonihaven.'),
    offer('c', 'Hold i vandring', 'Gåture i naturen: et hold for dig, der vil vandre i dit eget tempo.'),
    offer('d', 'Rådgivning om økonomi', 'Få hjælp til budget og overblik over din økonomi.'),
    offer('e', 'Kaffeklub', 'En klub for dem der kan lide kaffe.'),
    offer('f', 'Kostvejledning', 'Individuel samtale med en diætist.'),
    offer('g', 'Rådgivning om gæld', 'Hjælp til at få overblik over gæld og afdrag.'),
  ].map((o) => indexedOffer(o, [], null)),
  [],
);
const top = (text: string) =>
  searchIndex(index, { text, limit: 3 }, { municipalityId: null }).hits.map((h) => h.offer.id);

const first = (text: string) => searchIndex(index, { text, limit: 1 }, { municipalityId: null }).hits[0];

test('a typed compound the catalogue writes apart is found by its parts, not read as a typo', () => {
  // Without the split the engine's typo pass finds "vandre" and reads the word as misspelt.
  expect(first('vandrehold')?.offer.id).toBe('c');
  expect(first('vandrehold')?.reasons.join()).not.toMatch(/Stavet anderledes/);
  expect(first('økonomirådgivning')?.offer.id).toBe('d');
  expect(first('okonomiradgivning')?.offer.id).toBe('d'); // ø and å typed as o and a inside the compound
});

test('the plan searches a split compound by all its parts', () => {
  const plan = (text: string) =>
    planQuery(
      text,
      [],
      nationalVocabulary(),
      () => false,
      () => false,
    );
  expect(plan('vandrehold')[0]?.term).toBe('vandre hold');
  expect(plan('okonomiradgivning')[0]?.term).toBe('oekonomi raadgivning');
  expect(plan('ludemani')[0]?.vocabulary?.spelled).toBe('ludomani'); // a misspelt term is not split
});

test('typos and ae/oe/aa or a/o for æ/ø/å in compounds', () => {
  expect(top('kostvejlening')[0]).toBe('f'); // the typo pass over the catalogue's words
  expect(top('gaeldsradgivning')[0]).toBe('g');
  expect(top('gældsrådgivning')[0]).toBe('g');
});

test('a part never matches inside an unrelated longer word, and stop words are never parts', () => {
  expect(splitCompound('kaffeogkage', known)).toBeNull(); // "og" is too short, and a stop word
  expect(top('vandrehold')).not.toContain('e');
});
