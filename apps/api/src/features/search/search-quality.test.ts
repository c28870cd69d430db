// The search-quality set: the expected offer is in the top 3 for at least 95 % of realistic queries.
// Runs against the seeded catalogue and its seeded synonyms (prisma/seed/offers.ts). No timings here.
import { qualityCases } from '../../../test/fixtures/searchQuality';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let front: string;
beforeAll(async () => {
  server = await startTestServer();
  front = await server.signIn(demoEmail('frontmedarbejder'));
});
afterAll(() => server.close());

const query = `query($i: OfferSearchInput!) { searchOffers(input: $i) { total hits { score reasons offer { name } } } }`;

interface Result {
  searchOffers: { total: number; hits: { score: number; reasons: string[]; offer: { name: string } }[] };
}

test('at least 40 queries, and the expected offer is in the top 3 for at least 95 % of them', async () => {
  expect(qualityCases.length).toBeGreaterThanOrEqual(40);
  expect(await server.db.offer.count({ where: { status: 'ACTIVE' } })).toBeGreaterThanOrEqual(15);
  const misses: string[] = [];
  for (const c of qualityCases) {
    const res = await server.gql<Result>(
      query,
      { i: { text: c.query, age: c.age, freeOnly: c.freeOnly, limit: 3 } },
      front,
    );
    expect(res.errors).toBeUndefined();
    const top = res.data!.searchOffers.hits;
    if (!top.some((h) => c.expect.test(h.offer.name))) {
      misses.push(
        `${c.kind}: "${c.query}"${c.age ? ` (${c.age} år)` : ''} → ${top.map((h) => `${h.offer.name} [${h.reasons.join('; ')}]`).join(' | ') || '(ingen)'}`,
      );
    }
    for (const h of top) expect(h.reasons.length).toBeGreaterThan(0);
  }
  const share = (qualityCases.length - misses.length) / qualityCases.length;
  console.log(
    `Search quality: ${qualityCases.length - misses.length}/${qualityCases.length} = ${(share * 100).toFixed(1)} % in the top 3${misses.length ? `\nMisses:\n${misses.join('\n')}` : ''}`,
  );
  expect(share).toBeGreaterThanOrEqual(0.95);
});
