// The municipality's own layer over the national vocabulary (issue 11, ADR 045), through the real GraphQL
// server and PostgreSQL: a word added to a national concept finds its offers at once, a hidden national word
// no longer does, the municipality's own concept, the quarter rule (refused unless broad; a broad concept only
// lifts), versioned saves with CONFLICT, every save recorded, and only the staff unit may edit.
import { buildOffer } from '../../seed/factories';
import { homeMunicipalityId } from '../../../test/searchFixtures';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let front: string;
let staff: string;
beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  front = await server.signIn(demoEmail('frontmedarbejder'));
  staff = await server.signIn(demoEmail('sundhedsstab'));
  const municipalityId = await homeMunicipalityId(server.db);
  const unit = await server.db.orgUnit.findFirstOrThrow({ where: { municipalityId } });
  const offer = (name: string, description: string) =>
    buildOffer({ municipalityId, ownerUnitId: unit.id, name, shortDescription: name, description, needCategories: [] });
  await server.db.offer.createMany({
    data: [
      offer('Rådgivning om osteoporose', 'Samtaler om knogleskørhed og kost.'),
      offer('Gåklub ved stranden', 'Vi går sammen langs stranden hver tirsdag.'),
      ...Array.from({ length: 14 }, (_, i) => offer(`Aftenhold ${i + 1}`, 'Holdet mødes ved fællesbussen om aftenen.')),
    ],
  });
});
afterAll(() => server.close());

const fields = 'id nationalId label addedTerms hiddenTerms broad nationalTerms version';
const save = `mutation($id: ID, $v: Int, $i: MunicipalConceptInput!) { saveMunicipalConcept(id: $id, version: $v, input: $i) { ${fields} } }`;
const searchQuery = `query($i: OfferSearchInput!) { searchOffers(input: $i) { hits { offer { name } reasons } } }`;

interface Saved {
  id: string;
  version: number;
  addedTerms: string[];
  hiddenTerms: string[];
  nationalTerms: string[];
  broad: boolean;
}

async function saveConcept(input: Record<string, unknown>, id?: string, version?: number, cookie = staff) {
  return server.gql<{ saveMunicipalConcept: Saved }>(
    save,
    { id, v: version, i: { addedTerms: [], hiddenTerms: [], broad: false, ...input } },
    cookie,
  );
}

async function search(text: string) {
  const res = await server.gql<{ searchOffers: { hits: { offer: { name: string }; reasons: string[] }[] } }>(
    searchQuery,
    { i: { text } },
    front,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.searchOffers.hits;
}

test('a word added to a national concept finds its offers at once, and the save is recorded', async () => {
  expect(await search('skørbenet')).toEqual([]);
  const res = await saveConcept({ nationalId: 'osteoporose', addedTerms: [' Skørbenet '] });
  expect(res.errors).toBeUndefined();
  const saved = res.data!.saveMunicipalConcept;
  expect(saved).toMatchObject({ addedTerms: ['skørbenet'], version: 1 });
  expect(saved.nationalTerms).toContain('knogleskørhed');
  const hits = await search('skørbenet');
  expect(hits[0]?.offer.name).toBe('Rådgivning om osteoporose');
  expect(hits[0]?.reasons).toContain('Passer til: osteoporose (skørbenet)');
  const changes = await server.db.municipalConceptChange.findMany({ where: { conceptId: saved.id } });
  expect(changes).toHaveLength(1);
  expect(changes[0]?.changedById).toBeTruthy();
  expect(changes[0]?.detail).toContain('skørbenet');
});

test('a hidden national word no longer names the concept; a stale save gets CONFLICT and changes nothing', async () => {
  const before = await search('tynde knogler');
  expect(before.some((h) => h.reasons.includes('Passer til: osteoporose (tynde knogler)'))).toBe(true);
  const row = await server.db.municipalConcept.findFirstOrThrow({ where: { nationalId: 'osteoporose' } });
  const ok = await saveConcept(
    { nationalId: 'osteoporose', addedTerms: ['skørbenet'], hiddenTerms: ['tynde knogler'] },
    row.id,
    row.version,
  );
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.saveMunicipalConcept.version).toBe(row.version + 1);
  const after = await search('tynde knogler');
  expect(after.some((h) => h.reasons.some((r) => r.startsWith('Passer til: osteoporose')))).toBe(false);

  const stale = await saveConcept({ nationalId: 'osteoporose', addedTerms: [] }, row.id, row.version);
  expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: row.version + 1 });
  const stored = await server.db.municipalConcept.findUniqueOrThrow({ where: { id: row.id } });
  expect(stored.addedTerms).toEqual(['skørbenet']);
  expect(await server.db.municipalConceptChange.count({ where: { conceptId: row.id } })).toBe(2);
});

test('input is checked field by field in Danish', async () => {
  const unknown = await saveConcept({ nationalId: 'findes-ikke' });
  expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(unknown.errors?.[0]?.message).toContain('Begrebet findes ikke i det nationale ordforråd');
  const hidden = await saveConcept({ nationalId: 'demens', hiddenTerms: ['paraply'] });
  expect(hidden.errors?.[0]?.message).toContain('"paraply" er ikke et ord i det nationale begreb');
  const own = await saveConcept({ label: '', addedTerms: ['!!!'] });
  expect(own.errors?.[0]?.message).toContain('Skriv et navn på begrebet');
  expect(own.errors?.[0]?.message).toContain('Et ord skal indeholde bogstaver');
  const twice = await saveConcept({ nationalId: 'osteoporose' });
  expect(twice.errors?.[0]?.message).toContain('Kommunen har allerede en tilpasning af dette begreb');
});

test("the municipality's own concept finds offers by its words", async () => {
  const res = await saveConcept({ label: 'strandtur', addedTerms: ['gåklub', 'travetur'] });
  expect(res.errors).toBeUndefined();
  const hits = await search('travetur');
  expect(hits[0]?.offer.name).toBe('Gåklub ved stranden');
});

test('a concept that finds more than a quarter of the active offers is refused unless broad; broad only lifts', async () => {
  const refused = await saveConcept({ label: 'aftentilbud', addedTerms: ['fællesbussen'] });
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.message).toMatch(/finder \d+ af kommunens \d+ aktive tilbud, mere end en fjerdedel/);
  const broad = await saveConcept({ label: 'aftentilbud', addedTerms: ['fællesbussen'], broad: true });
  expect(broad.errors).toBeUndefined();
  // Broad: the concept's word alone does not bring the evening groups in for "aftentilbud".
  expect(await search('aftentilbud')).toEqual([]);
});

test('only the staff unit may change the layer', async () => {
  const res = await saveConcept({ nationalId: 'demens', addedTerms: ['glemmebog'] }, undefined, undefined, front);
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('a word searched in vain is added to a national concept in one step', async () => {
  const add = `mutation($n: String!, $t: String!) { addMunicipalConceptTerm(nationalId: $n, term: $t) { ${fields} } }`;
  const first = await server.gql<{ addMunicipalConceptTerm: Saved }>(add, { n: 'osteoporose', t: 'benskør' }, staff);
  expect(first.errors).toBeUndefined();
  expect(first.data!.addMunicipalConceptTerm.addedTerms).toEqual(['skørbenet', 'benskør']);
  expect((await search('benskør'))[0]?.offer.name).toBe('Rådgivning om osteoporose');
});
