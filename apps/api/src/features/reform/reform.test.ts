// The catalogue through the 2027 reform (issue 10, ADR 038) through the real API on real PostgreSQL: the
// staff unit's list "Opgaver der flytter til regionen", marking an offer (versioned, with history and
// Danish field messages), who may do it, and the owner as search and the offer page show it on a day.
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let front: string;
let secretariat: string;
let offerId: string;

const LIST =
  '{ reformTransfers { kind kindLabel id name ownerName transfer { id version moves newOwner taskLabel } } }';
const MARK = `mutation($i: ReformTransferInput!, $v: Int) { markReformTransfer(input: $i, version: $v) {
  id version task taskLabel moves newOwner runsForRegion effectiveDate source { title url } } }`;
const OWNER = 'query($id: ID!, $d: Date) { offer(id: $id) { ownerOn(date: $d) { name movedOn runsForRegion text } } }';

const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
const fields = (res: GraphQLResponse<unknown>) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path}: ${f.message}`);

const moving = () => ({
  offerId,
  task: 'PATIENT_PREVENTION',
  moves: true,
  newOwner: 'Region Østdanmark',
  runsForRegion: true,
  effectiveDate: '1.1.2027',
  source: {
    title: 'Flytning af opgaver fra kommunerne til regionen – Q&A (Region Østdanmark)',
    url: 'https://www.regionoest.dk/politik/informationer-til-politikere/qa-om-opgaveflyt',
  },
});

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  front = await server.signIn(demoEmail('frontmedarbejder'));
  secretariat = await server.signIn(demoEmail('klyngesekretariat'));
  offerId = (await server.db.offer.findFirstOrThrow({ where: { name: 'Patientuddannelse ved kronisk sygdom' } })).id;
});
afterAll(() => server.close());

type Candidate = { kind: string; id: string; name: string; transfer: { version: number } | null };

test('the staff unit lists offers and projects whose task may move, unmarked until reviewed', async () => {
  const res = await server.gql<{ reformTransfers: Candidate[] }>(LIST, {}, staff);
  expect(res.errors).toBeUndefined();
  const education = res.data!.reformTransfers.find((c) => c.id === offerId)!;
  expect(education).toMatchObject({ kind: 'OFFER', name: 'Patientuddannelse ved kronisk sygdom', transfer: null });
});

test('only the staff unit reads the list and marks', async () => {
  for (const cookie of [director, front, secretariat, undefined]) {
    expect(codes(await server.gql(LIST, {}, cookie))).toEqual([cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
    expect(codes(await server.gql(MARK, { i: moving() }, cookie))).toEqual([cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
  }
  expect(await server.db.reformTransfer.count()).toBe(0);
});

test('bad input is refused with a Danish message naming the field, nothing saved', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ ...moving(), newOwner: null }, 'input.newOwner: Ny ejer skal udfyldes, når opgaven flytter'],
    [{ ...moving(), projectId: offerId }, 'input.offerId: Tilbud skal være enten et tilbud eller et projekt'],
    [
      { ...moving(), moves: false, runsForRegion: true },
      'input.runsForRegion: Drives for regionen kan kun vælges, når opgaven flytter til regionen',
    ],
    [{ ...moving(), effectiveDate: '30.2.2027' }, 'input.effectiveDate'],
    [{ ...moving(), offerId: '00000000-0000-0000-0000-000000000000' }, 'input.offerId'],
  ];
  for (const [input, expected] of cases) {
    const res = await server.gql(MARK, { i: input }, staff);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fields(res)[0]).toContain(expected);
  }
  expect(await server.db.reformTransfer.count()).toBe(0);
});

test('a mark moves the owner on its day: search and the offer page show the owner as it is on the day', async () => {
  const created = await server.gql<{ markReformTransfer: { id: string; version: number; taskLabel: string } }>(
    MARK,
    { i: moving() },
    staff,
  );
  expect(created.errors).toBeUndefined();
  expect(created.data!.markReformTransfer).toMatchObject({ version: 1, taskLabel: 'Patientrettet forebyggelse' });

  const before = await server.gql<{ offer: { ownerOn: { name: string; movedOn: string | null } } }>(
    OWNER,
    { id: offerId, d: '2026-12-31' },
    front,
  );
  expect(before.errors).toBeUndefined();
  expect(before.data!.offer.ownerOn.movedOn).toBeNull();
  expect(before.data!.offer.ownerOn.name).not.toBe('Region Østdanmark');
  const after = await server.gql<{ offer: { ownerOn: { name: string; text: string } } }>(
    OWNER,
    { id: offerId, d: '2027-01-01' },
    front,
  );
  expect(after.data!.offer.ownerOn).toMatchObject({
    name: 'Region Østdanmark',
    text: 'Region Østdanmark fra 1.1.2027; Ishøj Kommune driver tilbuddet for regionen (samarbejdsaftale)',
  });
  const search = await server.gql<{ searchOffers: { hits: { offer: { id: string; ownerOn: { name: string } } }[] } }>(
    '{ searchOffers(input: { text: "patientuddannelse" }) { hits { offer { id ownerOn(date: "2027-02-01") { name } } } } }',
    {},
    front,
  );
  expect(search.errors).toBeUndefined();
  expect(search.data!.searchOffers.hits.find((h) => h.offer.id === offerId)!.offer.ownerOn.name).toBe(
    'Region Østdanmark',
  );
  // The list shows the mark.
  const list = await server.gql<{ reformTransfers: Candidate[] }>(LIST, {}, staff);
  expect(list.data!.reformTransfers.find((c) => c.id === offerId)!.transfer).toMatchObject({ version: 1 });
});

test('the mark is versioned: an edit bumps the version and keeps history; a stale one is a CONFLICT', async () => {
  const edit = await server.gql<{ markReformTransfer: { version: number; moves: boolean; newOwner: string | null } }>(
    MARK,
    { i: { ...moving(), moves: false, newOwner: null, runsForRegion: false }, v: 1 },
    staff,
  );
  expect(edit.errors).toBeUndefined();
  expect(edit.data!.markReformTransfer).toMatchObject({ version: 2, moves: false, newOwner: null });
  const stale = await server.gql(MARK, { i: moving(), v: 1 }, staff);
  expect(codes(stale)).toEqual(['CONFLICT']);
  const again = await server.gql(MARK, { i: moving() }, staff);
  expect(fields(again)[0]).toMatch(/^version: Version skal angives/);
  const history = await server.db.changeLog.findMany({
    where: { recordType: 'REFORM_TRANSFER' },
    orderBy: { changedAt: 'asc' },
  });
  expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE']));
  expect(history.filter((h) => h.action === 'UPDATE').map((h) => h.field)).toEqual(
    expect.arrayContaining(['moves', 'newOwner', 'runsForRegion']),
  );
  // Not moving any more: the owner is the unit again after 1.1.2027.
  const owner = await server.gql<{ offer: { ownerOn: { movedOn: string | null } } }>(
    OWNER,
    { id: offerId, d: '2027-03-01' },
    front,
  );
  expect(owner.data!.offer.ownerOn.movedOn).toBeNull();
});
