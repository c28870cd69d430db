// The incremental index (ADR 044): a committed offer write is put into the index in place (no full
// comparison of the scope, no index built anew), in this process and in another one (its own Prisma
// client and index cache), and a transaction that commits after a later one is not missed. No timings.
import { createPrisma, type Db } from '../../db/prisma';
import { searchOffers } from './searchOffers';
import { scopeIndex, searchIndexCache } from './scopeIndexCache';
import { buildOffer, buildOrgUnit } from '../../seed/factories';
import { homeMunicipalityId } from '../../../test/searchFixtures';
import { startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let second: Db;
let municipalityId: string;
beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  second = createPrisma(server.database.url, { max: 2 });
  municipalityId = await homeMunicipalityId(server.db);
});
afterAll(async () => {
  await second.$disconnect();
  await server.close();
});

const names = async (db: Db, text: string, scope: string | null = municipalityId) =>
  (await searchOffers(db, { text }, { municipalityId: scope })).hits.map((h) => h.offer.name);
/** The full comparison's statement reads every offer of the scope ("WITH known …"). */
const fullComparison = (statements: string[]) => statements.some((s) => s.includes('WITH known'));

test('a committed edit is found with its new text at the next search, updated in place, in this process and another', async () => {
  const offer = await server.db.offer.findFirstOrThrow({ where: { municipalityId, status: 'ACTIVE' } });
  await names(server.db, 'motion');
  await names(second, 'motion');
  const here = await scopeIndex(server.db, municipalityId);
  const there = await scopeIndex(second, municipalityId);
  const builds = [searchIndexCache(server.db).builds, searchIndexCache(second).builds];

  await server.db.offer.update({
    where: { id: offer.id },
    data: { name: 'Kvindezumba i Strandparken', description: 'Dans med flamencotrin.' },
  });
  const counted = await server.countQueries(() => names(server.db, 'flamencotrin'));
  expect(counted.result).toEqual(['Kvindezumba i Strandparken']);
  expect(fullComparison(counted.statements)).toBe(false);
  expect(await names(second, 'flamencotrin')).toEqual(['Kvindezumba i Strandparken']);
  // The very same index objects, updated: nothing was built anew.
  expect(await scopeIndex(server.db, municipalityId)).toBe(here);
  expect(await scopeIndex(second, municipalityId)).toBe(there);
  expect([searchIndexCache(server.db).builds, searchIndexCache(second).builds]).toEqual(builds);
  expect(await names(second, offer.name)).not.toContain(offer.name);

  // A new offer, and a deleted one, reach the other process too.
  const added = await server.db.offer.create({
    data: { ...offerData(offer), name: 'Salsa for seniorer', description: 'Salsatrin for begyndere.' },
  });
  expect(await names(second, 'salsatrin')).toEqual(['Salsa for seniorer']);
  await server.db.offer.delete({ where: { id: added.id } });
  expect(await names(second, 'salsatrin')).toEqual([]);
});

test('a transaction that commits after a later one is still read (all offers: two municipalities)', async () => {
  // Writes to one municipality's offers take turns (its data-version counter): two municipalities do not.
  const elsewhere = await server.db.municipality.findFirstOrThrow({ where: { id: { not: municipalityId } } });
  const unit = await server.db.orgUnit.create({
    data: buildOrgUnit({ municipalityId: elsewhere.id, name: 'Sundhedshus' }),
  });
  const a = await server.db.offer.create({
    data: buildOffer({
      municipalityId: elsewhere.id,
      ownerUnitId: unit.id,
      name: 'Leg i naboby',
      shortDescription: 'Leg',
      description: 'Leg.',
      needCategories: [],
      targetGroups: [],
      formats: [],
    }),
  });
  const b = await server.db.offer.findFirstOrThrow({ where: { municipalityId, status: 'ACTIVE' }, skip: 2 });
  await names(second, 'motion', null);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let written!: () => void;
  const wroteA = new Promise<void>((resolve) => (written = resolve));
  // A: writes first, commits last.
  const slow = server.db.$transaction(
    async (tx) => {
      await tx.offer.update({ where: { id: a.id }, data: { description: 'Tovtrækning om onsdagen.' } });
      written();
      await gate;
    },
    { timeout: 20_000 },
  );
  await wroteA;
  // B: commits while A is still open; the other process reads B (and cannot yet see A).
  await server.db.offer.update({ where: { id: b.id }, data: { description: 'Sækkeløb om tirsdagen.' } });
  expect(await names(second, 'saekkeloeb', null)).toEqual([b.name]);
  expect(await names(second, 'tovtraekning', null)).toEqual([]);
  release();
  await slow;
  expect(await names(second, 'tovtraekning', null)).toEqual([a.name]);
});

function offerData(o: Awaited<ReturnType<Db['offer']['findFirstOrThrow']>>) {
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...rest } = o;
  return rest;
}

test('edit after edit, alternating processes, in both scopes: each found at the next search', async () => {
  const targets = await server.db.offer.findMany({ where: { municipalityId }, take: 4, select: { id: true } });
  for (const scope of [null, municipalityId]) {
    for (const [n, t] of targets.entries()) {
      for (const [k, reader] of [server.db, second].entries()) {
        const word = `zqxordet${n}${k}${scope ? 'm' : 'a'}`;
        await server.db.offer.update({ where: { id: t.id }, data: { description: `Ny tekst med ${word}.` } });
        const hits = (await searchOffers(reader, { text: word, limit: 5 }, { municipalityId: scope })).hits;
        expect([word, hits.map((h) => h.offer.id)]).toEqual([word, [t.id]]);
      }
    }
  }
});
