// The catalogue version a search answer tells (ADR 076): the browser answers from its copy of the catalogue
// only while the copy's version equals the last one the server told, so the version must name exactly what
// the answer was searched over: the day, and the scope index's offers and synonyms versions.
import { today } from '@sundhed/shared';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';
import { catalogueVersion, scopeIndex } from './scopeIndexCache';

let server: TestServer;
let front: string;
beforeAll(async () => {
  server = await startTestServer();
  front = await server.signIn(demoEmail('frontmedarbejder'));
});
afterAll(() => server.close());

const search = `query($i: OfferSearchInput!) { searchOffers(input: $i) { total catalogueVersion hits { offer { id name } } } }`;

async function versionOf(text: string): Promise<string | null> {
  const res = await server.gql<{ searchOffers: { catalogueVersion: string | null } }>(search, { i: { text } }, front);
  expect(res.errors).toBeUndefined();
  return res.data!.searchOffers.catalogueVersion;
}

test('an answer tells the day and versions it was searched at; a write to an offer or a synonym moves it', async () => {
  const first = await versionOf('rygestop');
  expect(first).toMatch(new RegExp(`^${today()}:\\d+:\\d+$`));
  // Another text, the same catalogue: the same version.
  expect(await versionOf('motion')).toBe(first);
  const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Rygestopkursus' } });
  await server.db.offer.update({ where: { id: offer.id }, data: { name: 'Rygestopkursus for alle' } });
  const afterOffer = await versionOf('rygestop');
  expect(afterOffer).not.toBe(first);
  expect(afterOffer?.split(':')[2]).toBe(first?.split(':')[2]); // the synonyms did not change
  await server.db.searchSynonym.create({
    data: { municipalityId: offer.municipalityId, terms: ['kvit tobakken', 'rygestop'] },
  });
  const afterSynonym = await versionOf('rygestop');
  expect(afterSynonym?.split(':')[1]).toBe(afterOffer?.split(':')[1]);
  expect(afterSynonym?.split(':')[2]).not.toBe(afterOffer?.split(':')[2]);
});

test('an index whose label is no longer what the database says when it is checked cannot tell its version', async () => {
  const offer = await server.db.offer.findFirstOrThrow({ where: { status: 'ACTIVE' } });
  const m = offer.municipalityId;
  const day = today();
  const touch = (n: number) =>
    server.db.offer.update({ where: { id: offer.id }, data: { shortDescription: `Kort tekst ${n}` } });
  await touch(1);
  const index = await scopeIndex(server.db, m); // updated to a new label, not yet checked
  const label = { offersVersion: index.offersVersion, synonymsVersion: index.synonymsVersion };
  // A write committed after the versions were read (as one landing while the rows are read): the label may no
  // longer say what the index holds, so its answers tell no version rather than a wrong one.
  await touch(2);
  expect(await catalogueVersion(server.db, m, index, label, day)).toBeNull();
  // Nothing written between the update and its check: the label is exact, and stays so for that label.
  const next = await scopeIndex(server.db, m);
  const nextLabel = { offersVersion: next.offersVersion, synonymsVersion: next.synonymsVersion };
  const told = `${day}:${nextLabel.offersVersion}:${nextLabel.synonymsVersion}`;
  expect(await catalogueVersion(server.db, m, next, nextLabel, day)).toBe(told);
  await touch(3);
  expect(await catalogueVersion(server.db, m, next, nextLabel, day)).toBe(told);
});
