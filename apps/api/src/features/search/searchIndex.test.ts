// The in-process search index (ADR 012): the Danish stemmer and PostgreSQL's full text and pg_trgm
// agree word for word, the index is built per scope, rebuilt only when the data version changes, and a
// write is seen by the very next search. No timings here.
import {
  fold,
  fullTextStopwords,
  queryLexeme,
  stemDanish,
  buildTsQuery,
  parseTsvector,
  rankItems,
  tsRank,
  wordSimilarity,
} from '@sundhed/search';
import { searchOffers } from './searchOffers';
import { buildScopeIndex, scopeIndex, searchIndexCache } from './scopeIndexCache';
import { ScopeVersionReader } from '../../db/scopeVersion';
import { buildOffer, buildOrgUnit } from '../../seed/factories';
import { homeMunicipalityId } from '../../../test/searchFixtures';
import { startTestServer, type TestServer } from '../../../test/testServer';
import { at } from '@sundhed/shared/at';
import { defined } from '../../../../../test/defined';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
});
afterAll(() => server.close());

test('the Danish stemmer follows the Snowball steps', () => {
  expect(stemDanish('rygestopkurser')).toBe('rygestopkurs');
  expect(stemDanish('træningen')).toBe('træning');
  expect(stemDanish('hjemløse')).toBe('hjemløs');
  expect(stemDanish('vandgymnastikken')).toBe('vandgymnastik');
  expect(stemDanish('fællesskabets')).toBe('fællesskab');
  expect(stemDanish('kraftigst')).toBe('kraft'); // igst → ig, then ig goes
  expect(stemDanish('alle')).toBe('all');
  expect(stemDanish('og')).toBe('og'); // too short for R1
  expect(queryLexeme('og')).toBeNull(); // a full-text stop word
  expect(queryLexeme('2635')).toBe('2635');
});

test('the stemmer and the stop words agree with PostgreSQL danish_stem on every word of the catalogue', async () => {
  const rows = await server.db.$queryRawUnsafe<{ w: string }[]>(
    `SELECT DISTINCT w FROM "Offer" o, regexp_split_to_table(lower(o."name" || ' ' || o."shortDescription" || ' ' || o."description"), '[^[:alnum:]]+') w
      WHERE length(w) > 1 AND w !~ '[0-9]'`,
  );
  const words = [...rows.map((r) => r.w), ...[...fullTextStopwords].filter((w) => /^[a-z]+$/.test(w))];
  for (const list of [words, words.map(fold)]) {
    const pg = await server.db.$queryRawUnsafe<{ w: string; lexeme: string | null }[]>(
      `SELECT w, (ts_lexize('danish_stem', w))[1] AS lexeme FROM unnest($1::text[]) w`,
      list,
    );
    expect(words.length).toBeGreaterThan(200);
    const differ = pg.filter((r) => (fullTextStopwords.has(r.w) ? null : stemDanish(r.w)) !== r.lexeme);
    expect(differ).toEqual([]);
  }
});

test('ts_rank, tsvector parsing and word_similarity give the numbers PostgreSQL gives', async () => {
  const doc = 'varmtvandsbassin træning for ældre varmt vand træning';
  const cases = [['traening'], ['varmt vand'], ['vand', 'bassin'], ['aeldre', 'stop med at ryge']];
  for (const terms of cases) {
    const q = buildTsQuery(terms)!;
    const text = q.map((alt) => `(${alt.map((i) => `${i.lexeme}${i.prefix ? ':*' : ''}`).join(' & ')})`).join(' | ');
    const [row] = await server.db.$queryRawUnsafe<{ vector: string; rank: number }[]>(
      `SELECT (setweight(to_tsvector('danish', "search_fold"($1)), 'A') || setweight(to_tsvector('danish', 'træning i vand'), 'C'))::text AS vector,
              ts_rank(setweight(to_tsvector('danish', "search_fold"($1)), 'A') || setweight(to_tsvector('danish', 'træning i vand'), 'C'), to_tsquery('simple', $2)) AS rank`,
      doc,
      text,
    );
    const { vector, rank: expected } = defined(row, 'a ts_rank row');
    const entries = parseTsvector(vector);
    const items = rankItems(q);
    const rank = tsRank(q, items, (i) =>
      entries.filter((e) => {
        const item = at(items, i);
        return item.prefix ? e.lexeme.startsWith(item.lexeme) : e.lexeme === item.lexeme;
      }),
    );
    expect(rank).toBeCloseTo(Number(expected), 6);
  }
  for (const [a, b] of [
    ['rygestob', 'rygestopkursus for voksne rygning'],
    ['word', 'two words'],
    ['mindfulnes', 'mindfulness og stress'],
    ['qqq', 'abc'],
  ] as const) {
    const [row] = await server.db.$queryRawUnsafe<{ s: number }[]>(`SELECT word_similarity($1, $2) AS s`, a, b);
    expect(wordSimilarity(a, b)).toBeCloseTo(Number(row?.s), 6);
  }
});

test('the index is built once per scope and data version; a write is seen by the next search at once', async () => {
  const db = server.db;
  const municipalityId = await homeMunicipalityId(db);
  const cache = searchIndexCache(db);
  const scope = { municipalityId };
  await searchOffers(db, { text: 'rygestop' }, scope);
  const builds = cache.builds + cache.updates;
  // Concurrent searches without writes share the index: no rebuild.
  await Promise.all([1, 2, 3, 4].map(() => searchOffers(db, { text: 'motion' }, scope)));
  expect(cache.builds + cache.updates).toBe(builds);

  // A write through Prisma (any writer: the trigger bumps the data version) shows in the next search.
  const unit = await db.orgUnit.findFirstOrThrow({ where: { municipalityId } });
  const offer = await db.offer.create({
    data: buildOffer({
      municipalityId,
      ownerUnitId: unit.id,
      name: 'Klatretræning for seniorer',
      shortDescription: 'Klatring på væg',
      description: 'Sikker klatring.',
      needCategories: [],
      targetGroups: ['ældre'],
    }),
  });
  const found = await searchOffers(db, { text: 'klatretræning' }, scope);
  expect(found.hits[0]?.offer.id).toBe(offer.id);
  expect(found.hits[0]?.reasons).toContain('navn: klatretræning');
  // Concurrent searches after one write share one rebuild (single flight).
  expect(cache.builds + cache.updates).toBe(builds + 1);

  // Straight SQL, bypassing the app, is seen as well; so is a delete.
  await db.$executeRawUnsafe(`UPDATE "Offer" SET "name" = 'Bouldering for seniorer' WHERE "id" = $1`, offer.id);
  expect((await searchOffers(db, { text: 'bouldering' }, scope)).hits[0]?.offer.id).toBe(offer.id);
  expect((await searchOffers(db, { text: 'klatretræning' }, scope)).hits.some((h) => h.offer.id === offer.id)).toBe(
    false,
  );
  await db.offer.delete({ where: { id: offer.id } });
  expect((await searchOffers(db, { text: 'bouldering' }, scope)).total).toBe(0);

  // The all-offers scope (HSDS) is its own index, current the same way.
  const all = await searchOffers(db, { text: 'rygestop' }, { municipalityId: null, suggest: false });
  expect(all.hits.every((h) => h.offer.status === 'ACTIVE')).toBe(true);
  expect(all.total).toBeGreaterThanOrEqual((await searchOffers(db, { text: 'rygestop' }, scope)).total);
});

test('concurrent rebuilds after a write are shared: one build for many searches', async () => {
  const db = server.db;
  const municipalityId = await homeMunicipalityId(db);
  const cache = searchIndexCache(db);
  await db.$executeRawUnsafe(
    `UPDATE "Offer" SET "sendCount" = "sendCount" WHERE "municipalityId" = $1`,
    municipalityId,
  );
  const before = cache.builds + cache.updates;
  await Promise.all(Array.from({ length: 8 }, () => searchOffers(db, { text: 'kost' }, { municipalityId })));
  expect(cache.builds + cache.updates).toBe(before + 1);
});

test("a milestone, budget or other municipality's write rebuilds no search index; an offer write only its own scopes", async () => {
  const db = server.db;
  const municipalityId = await homeMunicipalityId(db);
  const elsewhere = await db.municipality.findFirstOrThrow({ where: { id: { not: municipalityId } } });
  const unit = await db.orgUnit.create({
    data: buildOrgUnit({ municipalityId: elsewhere.id, name: 'Sundhedscenter' }),
  });
  const other = await db.offer.create({
    data: buildOffer({
      municipalityId: elsewhere.id,
      ownerUnitId: unit.id,
      name: 'Motion i naboby',
      shortDescription: 'Motion',
      description: 'Motion.',
      needCategories: [],
      targetGroups: [],
      formats: [],
    }),
  });
  const cache = searchIndexCache(db);
  const search = () => searchOffers(db, { text: 'motion' }, { municipalityId });
  const hsds = () => searchOffers(db, { text: 'motion' }, { municipalityId: null, suggest: false });
  await search();
  await hsds();
  const before = cache.builds + cache.updates;
  const milestone = await db.milestone.findFirstOrThrow({ where: { theme: { municipalityId } } });
  await db.milestone.update({ where: { id: milestone.id }, data: { text: `${milestone.text} (rettet)` } });
  const line = await db.budgetLine.findFirstOrThrow({ where: { municipalityId } });
  await db.budgetLine.update({ where: { id: line.id }, data: { amountKr: (line.amountKr ?? 0) + 1 } });
  await db.$executeRawUnsafe(`UPDATE "Theme" SET "title" = "title" WHERE "municipalityId" = $1`, municipalityId);
  await search();
  await hsds();
  expect(cache.builds + cache.updates).toBe(before);
  // Another municipality's offer: the all-offers scope rebuilds, this municipality's does not.
  await db.offer.update({ where: { id: other.id }, data: { name: `${other.name} ` } });
  await search();
  expect(cache.builds + cache.updates).toBe(before);
  await hsds();
  expect(cache.builds + cache.updates).toBe(before + 1);
});

test('version reads are shared only by searches that began before the statement was sent', async () => {
  let version = 1n;
  let sent = 0;
  const scope = { kinds: ['offers'] as const, municipalityId: 'm' };
  const reader = new ScopeVersionReader(async () => {
    sent++;
    return new Map([['offers', version]]); // the value when the statement is sent
  });
  const first = reader.current(scope);
  const second = reader.current(scope); // the same turn of the event loop: shares the read
  expect(sent).toBe(0); // not sent yet: it goes out after both searches began
  expect(await first).toBe(1n);
  expect(await second).toBe(1n);
  expect(sent).toBe(1);
  version = 2n; // a write commits
  expect(await reader.current(scope)).toBe(2n); // a search after it reads again
  expect(sent).toBe(2);
  expect(reader.reads).toBe(2);
});

test('after a write the index is updated incrementally: only changed offers are read, the rest kept as they were', async () => {
  const db = server.db;
  const municipalityId = await homeMunicipalityId(db);
  const elsewhere = await db.municipality.findFirstOrThrow({ where: { id: { not: municipalityId } } });
  const unit = await db.orgUnit.findFirstOrThrow({ where: { municipalityId } });
  const offerData = {
    ownerUnitId: unit.id,
    shortDescription: 'Bevægelse i vand',
    // No word of the national vocabulary's concept of "vandgymnastik": the old name must not find it.
    description: 'Hold for seniorer.',
    needCategories: [],
    targetGroups: ['ældre'],
    languages: ['da'],
    formats: ['hold'],
    accessRoutes: ['SELF_REFERRAL' as const],
  };
  const offer = await db.offer.create({
    data: {
      ...offerData,
      municipalityId,
      name: 'Vandgymnastik torsdag',
      locations: { create: { name: 'Badet', address: 'Vejen 1', postalCode: '2635', city: 'Ishøj' } },
    },
  });
  const scope = { municipalityId };
  const otherScope = { municipalityId: elsewhere.id };
  const cache = searchIndexCache(db);
  expect((await searchOffers(db, { text: 'vandgymnastik torsdag' }, scope)).hits[0]?.offer.id).toBe(offer.id);
  await searchOffers(db, { text: 'motion' }, otherScope);
  const before = await scopeIndex(db, municipalityId);
  const otherBefore = await scopeIndex(db, elsewhere.id);
  const [builds, updates] = [cache.builds, cache.updates];

  // An edit (name and a location) through any writer: findable by its new name at once, not by the old.
  await db.offer.update({ where: { id: offer.id }, data: { name: 'Vandmotion fredag' } });
  await db.$executeRawUnsafe(`UPDATE "OfferLocation" SET "postalCode" = '2640' WHERE "offerId" = $1`, offer.id);
  const counted = await server.countQueries(() => searchOffers(db, { text: 'vandmotion fredag' }, scope));
  expect(counted.result.hits[0]?.offer.id).toBe(offer.id);
  expect(counted.result.hits[0]?.offer.name).toBe('Vandmotion fredag');
  expect((await searchOffers(db, { text: 'vandgymnastik torsdag' }, scope)).hits.map((h) => h.offer.id)).not.toContain(
    offer.id,
  );
  expect((await searchOffers(db, { text: 'vandmotion', postalCode: '2640' }, scope)).total).toBeGreaterThan(0);
  expect(cache.builds).toBe(builds); // no full build
  expect(cache.updates).toBe(updates + 1);
  // Read: the versions, the changed offers (one statement for the scope), the one changed row, its
  // schedules (for the day its courses end, issue 12) and its places (its document is worked out in
  // @sundhed/search, ADR 044).
  expect(counted.queries).toBeLessThanOrEqual(5);
  const after = await scopeIndex(db, municipalityId);
  const unchanged = before.offers.filter((o) => o.offer.id !== offer.id);
  expect(unchanged.length).toBeGreaterThan(5);
  for (const doc of unchanged) expect(after.offers).toContain(doc); // the very same objects: not read again
  expect(after.offers.find((o) => o.offer.id === offer.id)?.locations[0]?.postalCode).toBe('2640');

  // Archived (no longer active): gone from a default search, still there for one asking for that status.
  await db.offer.update({ where: { id: offer.id }, data: { status: 'INACTIVE' } });
  expect((await searchOffers(db, { text: 'vandmotion fredag' }, scope)).hits.map((h) => h.offer.id)).not.toContain(
    offer.id,
  );
  expect((await searchOffers(db, { text: 'vandmotion fredag', statuses: ['INACTIVE'] }, scope)).hits[0]?.offer.id).toBe(
    offer.id,
  );

  // The other municipality's index was not touched by any of it.
  expect(await scopeIndex(db, elsewhere.id)).toBe(otherBefore);

  // Deleted: gone from the index.
  await db.offer.delete({ where: { id: offer.id } });
  expect((await searchOffers(db, { text: 'vandmotion fredag', statuses: ['INACTIVE'] }, scope)).total).toBe(0);
  expect((await scopeIndex(db, municipalityId)).offers.some((o) => o.offer.id === offer.id)).toBe(false);
  expect((await scopeIndex(db, municipalityId)).offers).toHaveLength(before.offers.length - 1);

  // The cascaded delete of its location counts for every municipality (its offer row is gone, ADR 019):
  // the other index is checked again, but none of its documents is read anew.
  const otherAfter = await scopeIndex(db, elsewhere.id);
  expect(otherAfter.offers).toEqual(otherBefore.offers);
  otherAfter.offers.forEach((doc, i) => expect(doc).toBe(otherBefore.offers[i]));

  // A new offer there is found there only; a synonym change of this municipality reaches its index.
  await db.offer.create({ data: { ...offerData, municipalityId: elsewhere.id, name: 'Aquazumba i nabobyen' } });
  expect((await searchOffers(db, { text: 'aquazumba' }, otherScope)).total).toBe(1);
  expect((await searchOffers(db, { text: 'aquazumba' }, scope)).total).toBe(0);
  await db.searchSynonym.create({ data: { municipalityId, terms: ['plask', 'vandgymnastik'] } });
  expect((await scopeIndex(db, municipalityId)).synonymGroups).toContainEqual(['plask', 'vandgymnastik']);
});

test('an incremental update gives the same index as a full build', async () => {
  const db = server.db;
  const municipalityId = await homeMunicipalityId(db);
  const offers = await db.offer.findMany({ where: { municipalityId }, take: 3, orderBy: { id: 'asc' } });
  await scopeIndex(db, municipalityId);
  const [first, second, third] = [at(offers, 0), at(offers, 1), at(offers, 2)];
  await db.offer.update({ where: { id: first.id }, data: { description: 'Helt ny beskrivelse af rygestop' } });
  await db.offer.update({ where: { id: second.id }, data: { name: `${second.name} (ny)` } });
  await db.offer.delete({ where: { id: third.id } });
  const updated = await scopeIndex(db, municipalityId);
  const full = await buildScopeIndex(db, municipalityId, 0n);
  const shape = (i: typeof full) => ({
    ids: i.offers.map((o) => o.offer.id),
    docs: i.offers.map(({ termTrigrams: _t, ...o }) => o),
    vocabulary: i.vocabulary,
    postings: [...i.postings],
    tokenBlob: i.tokenBlob,
    byName: i.byName,
    synonymGroups: i.synonymGroups,
  });
  expect(shape(updated)).toEqual(shape(full));
});
