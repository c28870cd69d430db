// The national vocabulary beneath the municipality's synonyms (ADR 032): the citizen's everyday word finds
// the offer written in professional terms, a concept on the name ranks above a word of a description,
// and a broad concept only lifts. Real PostgreSQL, the home municipality's seeded catalogue plus a few offers.
import { buildOffer } from '../../seed/factories';
import { homeMunicipalityId } from '../../../test/searchFixtures';
import { startTestServer, type TestServer } from '../../../test/testServer';
import { searchOffers } from './searchOffers';

let server: TestServer;
let municipalityId: string;
beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  municipalityId = await homeMunicipalityId(server.db);
  const unit = await server.db.orgUnit.findFirstOrThrow({ where: { municipalityId } });
  const offer = (name: string, description: string, needCategories: string[] = ['motion']) =>
    buildOffer({ municipalityId, ownerUnitId: unit.id, name, shortDescription: name, description, needCategories });
  await server.db.offer.createMany({
    data: [
      offer('Træning for borgere med osteoporose', 'Styrke og balance på hold.'),
      offer('Gåhold i parken', 'Vi går en tur sammen. Også for dig, der er blevet knogleskør.'),
      offer('Rådgivning om ludomani', 'Samtaler for spillere og deres pårørende.', []),
      offer('Hjertesvigtskole', 'Undervisning om at leve med hjertesvigt.', []),
      offer('Mødregruppe for nybagte', 'Mød andre mødre med små børn.', []),
      offer('Kursus for forældre til teenagere', 'Samtaler om hverdagen med unge.', []),
      offer('Madklub for ældre', 'Vi laver mad og spiser sammen.', []),
      offer('Hverdagsrehabilitering i hjemmet', 'Træning i hverdagens gøremål.', []),
      offer('Sårpleje i klinikken', 'Skift af forbinding.', []),
      offer('Demenscafé', 'Et mødested for pårørende til mennesker med demens.', []),
      offer('Forældrekursus om ADHD', 'Redskaber til hverdagen med et barn med ADHD.', []),
      offer('Hjerterehabilitering', 'Træning og undervisning efter en blodprop i hjertet.', []),
      offer('Hjemmetræning', 'En terapeut kommer hjem til dig og træner med dig.', []),
      offer('Sund hverdag på hold', 'For dig med iskias eller en diskusprolaps.', []),
      offer('Styrkehold for alle', 'Vi løfter vægte sammen.', ['motion']),
    ],
  });
});
afterAll(() => server.close());

const search = (text: string) => searchOffers(server.db, { text, limit: 10 }, { municipalityId });

test('an everyday word finds the offer named in professional terms, above a description word', async () => {
  const result = await search('knogleskør');
  expect(result.hits[0]?.offer.name).toBe('Træning for borgere med osteoporose');
  expect(result.hits[0]?.reasons).toContain('Passer til: osteoporose (knogleskør)');
  expect(result.hits.map((h) => h.offer.name)).toContain('Gåhold i parken');
});

test('a concept word in the text ranks far above an offer reached only by its need category', async () => {
  const hits = (await search('ondt i ryggen')).hits;
  const names = hits.map((h) => h.offer.name);
  const byNeed = names.indexOf('Styrkehold for alle');
  expect(names.indexOf('Sund hverdag på hold')).toBeGreaterThanOrEqual(0);
  expect(byNeed === -1 || names.indexOf('Sund hverdag på hold') < byNeed).toBe(true);
  // Reached by its need category alone, the offer is not said to fit the concept.
  for (const reason of hits[byNeed]?.reasons ?? []) expect(reason).not.toMatch(/^Passer til/);
});

test('a phrase and a hyphenated or joined compound name the concept', async () => {
  for (const text of ['ludo-afhængig', 'ludoafhængig', 'min søn er ludo afhængig']) {
    expect((await search(text)).hits[0]?.offer.name).toBe('Rådgivning om ludomani');
  }
});

test('a broad concept lifts but never brings offers in by itself', async () => {
  const names = (await search('hjertesvigt mor')).hits.map((h) => h.offer.name);
  expect(names[0]).toBe('Hjertesvigtskole');
  expect(names).not.toContain('Mødregruppe for nybagte');
});

test('any text still answers without an error', async () => {
  for (const text of ['', '!!!', 'ø'.repeat(300), 'kørt ned kørt ned kørt ned', '0 kr gratis 65+']) {
    await expect(search(text)).resolves.toHaveProperty('hits');
  }
});

describe('matching rules of issue 11 (classes 1, 3 and 4)', () => {
  const names = async (text: string) => (await search(text)).hits.map((h) => h.offer.name);

  test('a word inside another word counts only as a compound part, four letters in', async () => {
    const hits = (await search('ældre')).hits;
    expect(hits[0]?.offer.name).toBe('Madklub for ældre');
    const parents = hits.find((h) => h.offer.name === 'Kursus for forældre til teenagere');
    for (const reason of parents?.reasons ?? []) expect(reason).not.toMatch(/navn: ældre|orddel/);
  });

  test('filler words are never matched ("hver" is not a part of "hverdagsrehabilitering")', async () => {
    expect(await names('drikker hver weekend')).not.toContain('Hverdagsrehabilitering i hjemmet');
  });

  test('a four-letter word is not read as a misspelling of another word', async () => {
    expect(await names('slår')).not.toContain('Sårpleje i klinikken');
  });

  test('a misspelt term of the vocabulary names its concept', async () => {
    const result = await search('alzheimar');
    expect(result.hits[0]?.offer.name).toBe('Demenscafé');
    expect(result.hits[0]?.reasons).toContain('Stavet anderledes: alzheimar læst som alzheimer');
  });

  test('a subordinate clause ("der ikke kan sidde stille") names the phrase the vocabulary knows', async () => {
    expect((await names('dreng der ikke kan sidde stille'))[0]).toBe('Forældrekursus om ADHD');
  });

  test('a word that names no concept weighs less than one that names the need', async () => {
    expect((await names('kommer hjem efter blodprop i hjertet'))[0]).toBe('Hjerterehabilitering');
  });
});
