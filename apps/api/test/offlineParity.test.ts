// One engine online and offline (issue 12, ADR 044): the quality set of issue 11 (bench/search-quality/)
// through the server (GraphQL searchOffers) and through the browser's engine over the offline copy (the
// web app's own OfflineCatalogue query, indexed by @sundhed/search as the browser indexes it) gives the
// same top 10, in the same order, for every query. The municipality has a broad synonym group (only lifts)
// and the copy carries its vocabulary layer as the server's index holds it; typed compounds the catalogue
// writes apart are split against the shared Danish lexicon on both sides (ADR 067).
import { print } from 'graphql';
import { copyIndex, searchIndex, type CopyOffer, type MunicipalLayerRow } from '@sundhed/search';
import { OFFLINE_CATALOGUE_QUERY, OFFLINE_STATUSES } from '../../web/src/features/offers/offline/offlineQuery';
import { loadCatalogue, loadHoldout } from '../../../bench/search-quality/load';
import { queries } from '../../../bench/search-quality/queries';
import type { QualityQuery } from '../../../bench/search-quality/types';
import { homeMunicipalityId } from './searchFixtures';
import { demoEmail, startTestServer, type TestServer } from './testServer';

let server: TestServer;
let front: string;
/** Broad groups (issue 11): their words only lift offers found by other words, online and offline alike. */
const BROAD_GROUPS = [
  ['fællesskab', 'samvær', 'netværk'],
  ['støtte', 'hjælp', 'rådgivning'],
];
beforeAll(async () => {
  server = await startTestServer();
  front = await server.signIn(demoEmail('frontmedarbejder'));
  await loadCatalogue(server.db, await homeMunicipalityId(server.db));
  const staff = await server.signIn(demoEmail('sundhedsstab'));
  const read = await server.gql<{
    searchSynonymGroups: { terms: string[]; broad: boolean }[];
    searchSynonymsVersion: number;
  }>('{ searchSynonymGroups { terms broad } searchSynonymsVersion }', {}, staff);
  const groups = read.data!.searchSynonymGroups;
  const saved = await server.gql(
    'mutation($v: Int!, $g: [[String!]!]!, $b: [Boolean!]) { updateSearchSynonyms(version: $v, groups: $g, broad: $b) }',
    {
      v: read.data!.searchSynonymsVersion,
      g: [...groups.map((g) => g.terms), ...BROAD_GROUPS],
      b: [...groups.map((g) => g.broad), ...BROAD_GROUPS.map(() => true)],
    },
    staff,
  );
  expect(saved.errors).toBeUndefined();
}, 120_000); // the save checks each group against the catalogue: a guard for a loaded machine

/**
 * Queries a broad group changes (without the layer the browser ranks and counts them differently), and typed
 * compounds the catalogue writes apart or differently, ae/oe/aa and a/o for æ/ø/å among them (ADR 067).
 */
const EXTRA = [
  'savner samvær efter skilsmissen',
  'ensom og savner samvær',
  'samvær angst',
  'motion og samvær',
  'støtte til pårørende demens',
  'madlavningskursus',
  'hjemmehjælpsordning',
  'gældsrådgivning',
  'gaeldsradgivning',
  'okonomiradgivning',
  'rygestopkursus',
  'sorggrupper',
  'motionshold',
  'vandrehold',
  'støttegruppe til pårørende',
  'hjælp til pårørende',
];
afterAll(() => server.close());

interface CopyPage {
  searchSynonyms: string[][];
  searchVocabularyLayer: (MunicipalLayerRow & { __typename?: string })[];
  searchOffers: { total: number; hits: { offer: CopyOffer }[] };
}

/** The offline copy as the browser fetches it (useOfflineCatalogue.ts): pages of 100 of every status. */
async function fetchCopy(): Promise<{
  offers: CopyOffer[];
  synonymGroups: string[][];
  vocabularyLayer: MunicipalLayerRow[];
}> {
  const offers: CopyOffer[] = [];
  let synonymGroups: string[][] | undefined;
  let vocabularyLayer: MunicipalLayerRow[] | undefined;
  for (let offset = 0; ; offset += 100) {
    const res = await server.gql<CopyPage>(
      print(OFFLINE_CATALOGUE_QUERY),
      { input: { statuses: [...OFFLINE_STATUSES], limit: 100, offset } },
      front,
    );
    expect(res.errors).toBeUndefined();
    offers.push(...res.data!.searchOffers.hits.map((h) => h.offer));
    synonymGroups = res.data!.searchSynonyms;
    vocabularyLayer = res.data!.searchVocabularyLayer;
    if (offers.length >= res.data!.searchOffers.total) break;
  }
  return { offers, synonymGroups: synonymGroups ?? [], vocabularyLayer: vocabularyLayer ?? [] };
}

const online = `query($i: OfferSearchInput!) { searchOffers(input: $i) { total hits { offer { id } } } }`;

test('the quality set gives the same top 10 through the server and through the browser engine over the copy', async () => {
  const copy = await fetchCopy();
  expect(copy.offers.length).toBeGreaterThanOrEqual(200);
  expect(copy.synonymGroups.length).toBeGreaterThan(0);
  // The broad group is not a synonym group: it comes in the layer, as the server's index searches with it.
  expect(copy.synonymGroups.some((g) => g.includes('samvær'))).toBe(false);
  for (const [label] of BROAD_GROUPS)
    expect(copy.vocabularyLayer.some((row) => row.broad && row.label === label)).toBe(true);
  const index = copyIndex(copy.offers, copy.synonymGroups, copy.vocabularyLayer);
  const list: QualityQuery[] = [
    ...queries,
    ...((await loadHoldout()) ?? []),
    ...EXTRA.map((query): QualityQuery => ({ query, accept: [], class: 'compound' })),
  ];
  expect(list.length).toBeGreaterThanOrEqual(150);
  const differ: string[] = [];
  let found = 0;
  for (const q of list) {
    const f = q.filters ?? {};
    const input = {
      text: q.query,
      age: f.age,
      freeOnly: f.freeOnly,
      language: f.language,
      format: f.format,
      limit: 10,
    };
    const res = await server.gql<{ searchOffers: { total: number; hits: { offer: { id: string } }[] } }>(
      online,
      { i: input },
      front,
    );
    expect(res.errors).toBeUndefined();
    const server10 = res.data!.searchOffers.hits.map((h) => h.offer.id);
    const local = searchIndex(index, input, { municipalityId: null });
    const browser10 = local.hits.map((h) => h.offer.id);
    if (server10.length) found++;
    if (server10.join() !== browser10.join() || local.total !== res.data!.searchOffers.total)
      differ.push(
        `"${q.query}": server ${server10.length}/${res.data!.searchOffers.total}, browser ${browser10.length}/${local.total}`,
      );
  }
  expect(differ).toEqual([]);
  // Not a vacuous comparison: nearly every query finds something.
  expect(found).toBeGreaterThan(list.length * 0.9);
}, 300_000); // 281 queries twice: a guard for a loaded machine, not a measure

const withReasons = `query($i: OfferSearchInput!) { searchOffers(input: $i) { hits { reasons offer { id } } } }`;

test('the "behov" reasons are the same online and offline, in the words of the Behov filter', async () => {
  const copy = await fetchCopy();
  const index = copyIndex(copy.offers, copy.synonymGroups, copy.vocabularyLayer);
  const cases = [
    { input: { text: '', needCategory: 'kronisk-sygdom', limit: 10 }, need: 'behov: Livet med kronisk sygdom' },
    { input: { text: '', needCategory: 'rygning', limit: 10 }, need: 'behov: Rygning og nikotin' },
    { input: { text: 'kol', needCategory: 'kronisk-sygdom', limit: 10 }, need: 'behov: Livet med kronisk sygdom' },
  ];
  for (const { input, need } of cases) {
    const res = await server.gql<{ searchOffers: { hits: { reasons: string[]; offer: { id: string } }[] } }>(
      withReasons,
      { i: input },
      front,
    );
    expect(res.errors).toBeUndefined();
    const online = res.data!.searchOffers.hits.map((h) => [h.offer.id, h.reasons]);
    const offline = searchIndex(index, input, { municipalityId: null }).hits.map((h) => [h.offer.id, h.reasons]);
    expect(online.length).toBeGreaterThan(0);
    expect(offline).toEqual(online);
    for (const [, reasons] of online) expect(reasons).toContain(need);
  }
}, 120_000);
