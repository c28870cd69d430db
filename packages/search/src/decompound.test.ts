// Decompounding against the Danish lexicon plus the catalogue's words (ADR 067): the split itself, and the
// engine finding offers that write a typed compound's parts apart or in another compound.
import { danishLexicon } from '@sundhed/vocabulary';
import { splitCompound } from './decompound';
import { catalogueIndex, indexedOffer } from './catalogue';
import { searchIndex } from './searchEngine';
import type { SearchableOffer } from './offer';

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
  return {
    id,
    name,
    shortDescription: '',
    description,
    eligibility: null,
    status: 'ACTIVE',
    needCategories: [],
    targetGroups: [],
    minAge: null,
    maxAge: null,
    costKr: null,
    languages: ['da'],
    formats: [],
  };
}

const index = catalogueIndex(
  [
    offer('a', 'Strikkecafé', 'Vi mødes og strikker sammen over en kop kaffe.'),
    offer('b', 'Havefællesskab', 'Dyrk grøntsager i fællesskab med andre i kolonihaven.'),
    offer('c', 'Hold i vandring', 'Gåture i naturen: et hold for dig, der vil vandre i dit eget tempo.'),
    offer('d', 'Rådgivning om økonomi', 'Få hjælp til budget og overblik over din økonomi.'),
    offer('e', 'Kaffeklub', 'En klub for dem der kan lide kaffe.'),
  ].map((o) => indexedOffer(o, [], null)),
  [],
);
const top = (text: string) =>
  searchIndex(index, { text, limit: 3 }, { municipalityId: null }).hits.map((h) => h.offer.id);

test('a typed compound the catalogue writes apart is found by its parts', () => {
  expect(top('vandrehold')[0]).toBe('c');
  expect(top('økonomirådgivning')[0]).toBe('d');
  expect(top('okonomiradgivning')[0]).toBe('d'); // ø and å typed as o and a inside the compound
});

test('a part never matches inside an unrelated longer word, and stop words are never parts', () => {
  expect(splitCompound('kaffeogkage', known)).toBeNull(); // "og" is too short, and a stop word
  expect(top('vandrehold')).not.toContain('e');
});
