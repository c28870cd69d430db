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
    ],
  });
});
afterAll(() => server.close());

const search = (text: string) => searchOffers(server.db, { text, limit: 10 }, { municipalityId });

test('an everyday word finds the offer named in professional terms, above a description word', async () => {
  const result = await search('knogleskør');
  expect(result.hits[0]?.offer.name).toBe('Træning for borgere med osteoporose');
  expect(result.hits[0]?.reasons).toContain('passer til: osteoporose (knogleskør)');
  expect(result.hits.map((h) => h.offer.name)).toContain('Gåhold i parken');
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
