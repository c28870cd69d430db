// Query understanding through GraphQL (issue 11): an age, "gratis", a language or a format in the text
// becomes a filter the result names; a removed chip (ignoreChips) is not read; chips that would leave
// nothing are dropped.
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let front: string;
beforeAll(async () => {
  server = await startTestServer();
  front = await server.signIn(demoEmail('frontmedarbejder'));
});
afterAll(() => server.close());

const search = `query($i: OfferSearchInput!) { searchOffers(input: $i) {
  total understood { kind value typed } unmet { kind value typed } hits { reasons offer { name costKr minAge maxAge } } } }`;

interface Result {
  searchOffers: {
    total: number;
    understood: { kind: string; value: string; typed: string }[];
    unmet: { kind: string; value: string; typed: string }[];
    hits: {
      reasons: string[];
      offer: { name: string; costKr: number | null; minAge: number | null; maxAge: number | null };
    }[];
  };
}

async function find(input: Record<string, unknown>) {
  const res = await server.gql<Result>(search, { i: input }, front);
  expect(res.errors).toBeUndefined();
  return res.data!.searchOffers;
}

test('"gratis" filters to a stated price of 0 (an unknown price is not free) and is named', async () => {
  const all = await find({ text: 'motion' });
  const free = await find({ text: 'gratis motion' });
  expect(free.understood).toEqual([{ kind: 'free', value: 'true', typed: 'gratis' }]);
  expect(free.total).toBeGreaterThan(0);
  for (const hit of free.hits) {
    expect(hit.offer.costKr).toBe(0);
    expect(hit.reasons).toContain('gratis');
  }
  expect(all.hits.some((h) => h.offer.costKr !== 0)).toBe(all.total > free.total);
});

test('removing the chip searches again without it', async () => {
  const again = await find({ text: 'gratis motion', ignoreChips: ['free'] });
  expect(again.understood).toEqual([]);
  expect(again.hits.some((h) => h.reasons.includes('gratis'))).toBe(false);
});

test('an age in the sentence filters by age range', async () => {
  const res = await find({ text: 'min mand på 40 vil stoppe med at ryge' });
  expect(res.understood).toEqual([{ kind: 'age', value: '40', typed: 'paa 40' }]);
  expect(res.total).toBeGreaterThan(0);
  for (const hit of res.hits) {
    expect(hit.offer.minAge ?? 0).toBeLessThanOrEqual(40);
    expect(hit.offer.maxAge ?? 150).toBeGreaterThanOrEqual(40);
  }
});

test('a filter chosen in the form wins over the text; chips that leave nothing are dropped', async () => {
  expect((await find({ text: 'rygestop på 40', age: 50 })).understood).toEqual([]);
  const none = await find({ text: 'rygestop på tigrinya' });
  expect(none.understood).toEqual([]);
  expect(none.total).toBeGreaterThan(0);
  // The page says which: no offer in Tigrinya, so the hits are not.
  expect(none.unmet.map((c) => c.kind)).toEqual(['language']);
  // A chip the hits meet is no unmet one.
  const met = await find({ text: 'gratis motion' });
  expect(met.understood.map((c) => c.kind)).toEqual(['free']);
  expect(met.unmet).toEqual([]);
});

test('reasons name the language in Danish, as the chip does, not its code', async () => {
  const result = await find({ text: 'motion', language: 'da' });
  expect(result.hits.length).toBeGreaterThan(0);
  for (const hit of result.hits) {
    expect(hit.reasons).toContain('sprog: dansk');
    expect(hit.reasons).not.toContain('sprog: da');
  }
});

test('an age nobody is, in the text or the age filter, is not searched for (the page names it)', async () => {
  const everything = await find({});
  const rygestop = await find({ text: 'rygestop' });
  expect(rygestop.total).toBeGreaterThan(0);
  for (const input of [{ text: 'rygestop 200 år' }, { text: 'rygestop', age: 200 }]) {
    const res = await find(input);
    expect(res.understood).toEqual([]);
    expect(res.total).toBe(rygestop.total);
  }
  expect((await find({ text: 'min mor på 130' })).total).toBe((await find({ text: 'min mor' })).total);
  for (const input of [{ text: '200 år' }, { age: 200 }]) expect((await find(input)).total).toBe(everything.total);
});

test('a text of only punctuation is an empty query', async () => {
  const everything = await find({});
  for (const text of ['%', '?!', ' .,;- ']) {
    const res = await find({ text });
    expect(res.total).toBe(everything.total);
    expect(res.understood).toEqual([]);
  }
});
