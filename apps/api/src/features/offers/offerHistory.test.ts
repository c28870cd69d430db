// The offer history as users read it (issue 9, deliverable 6): every value in Danish, computed by the API
// (OfferChange.label, actionLabel, oldText, newText): status labels, owner unit names instead of ids,
// schedules as text instead of JSON and "Sidst bekræftet" as a Copenhagen day and time.
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let ownerId: string;
let otherId: string;

beforeAll(async () => {
  server = await startTestServer();
  [staff, director] = await Promise.all([
    server.signIn(demoEmail('sundhedsstab')),
    server.signIn(demoEmail('direktoer')),
  ]);
  ownerId = (await server.db.orgUnit.findFirstOrThrow({ where: { name: 'Center for Ældre og Rehabilitering' } })).id;
  otherId = (await server.db.orgUnit.findFirstOrThrow({ where: { name: 'Sundhedsstaben' } })).id;
});
afterAll(() => server.close());

interface Change {
  action: string;
  actionLabel: string;
  field: string | null;
  label: string;
  oldText: string | null;
  newText: string | null;
  userName: string | null;
}

const HISTORY = `query($id: ID!) { offer(id: $id) { changes { action actionLabel field label oldText newText userName } } }`;
const version = async (id: string) => (await server.db.offer.findUniqueOrThrow({ where: { id } })).version;

async function history(id: string, token = staff): Promise<Change[]> {
  const res = await server.gql<{ offer: { changes: Change[] } }>(HISTORY, { id }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.offer.changes;
}

test('owner, schedules, status and confirmation read in Danish, with no ids, codes or JSON', async () => {
  const created = await server.gql<{ createOffer: { id: string } }>(
    `mutation($i: OfferInput!) { createOffer(input: $i) { id } }`,
    {
      i: {
        name: 'Rygestop om torsdagen',
        shortDescription: 'Hold for borgere, der vil stoppe med at ryge.',
        description: 'Seks mødegange i en lille gruppe med en rygestoprådgiver.',
        ownerUnitId: ownerId,
        contactName: 'Rygestoprådgiveren',
        contactPhone: '43 57 70 00',
        accessRoutes: ['SELF_REFERRAL'],
        needCategories: ['rygning'],
        targetGroups: ['voksne'],
        languages: ['da'],
        locations: [{ name: 'Sundhedshuset', address: 'Vejlebrovej 1', postalCode: '2635', city: 'Ishøj' }],
        schedules: [
          { kind: 'RECURRING', weekday: 2, opensAt: '16:00', closesAt: '17:30', locationName: 'Sundhedshuset' },
        ],
      },
    },
    staff,
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.createOffer.id;

  const updated = await server.gql(
    `mutation($id: ID!, $v: Int!, $i: OfferInput!) { updateOffer(id: $id, version: $v, input: $i) { id } }`,
    {
      id,
      v: await version(id),
      i: {
        ownerUnitId: otherId,
        schedules: [
          {
            kind: 'COURSE',
            weekday: 4,
            opensAt: '10:00',
            closesAt: '12:00',
            validFrom: '2027-02-04',
            validTo: '2027-03-25',
            locationName: 'Sundhedshuset',
          },
        ],
      },
    },
    staff,
  );
  expect(updated.errors).toBeUndefined();
  const paused = await server.gql(
    `mutation($id: ID!, $v: Int!) { setOfferStatus(id: $id, version: $v, status: TEMPORARILY_CLOSED, alert: "Lukket i juli") { id } }`,
    { id, v: await version(id) },
    staff,
  );
  expect(paused.errors).toBeUndefined();
  const assured = await server.gql(
    `mutation($ids: [ID!]!, $vs: [Int!]!) { assureOffers(ids: $ids, versions: $vs) { id } }`,
    { ids: [id], vs: [await version(id)] },
    staff,
  );
  expect(assured.errors).toBeUndefined();

  const changes = await history(id);
  const byField = (field: string) => changes.filter((c) => c.field === field);

  const owner = byField('ownerUnitId')[0]!;
  expect(owner).toMatchObject({
    label: 'Ejer',
    actionLabel: 'Ændret',
    oldText: 'Center for Ældre og Rehabilitering',
    newText: 'Sundhedsstaben',
  });

  const schedule = byField('schedules')[0]!;
  expect(schedule.label).not.toBe('schedules');
  expect(schedule.oldText).toBe('tirsdag 16.00–17.30 Sundhedshuset');
  expect(schedule.newText).toBe('torsdag 10.00–12.00 4.2.2027–25.3.2027 Sundhedshuset');

  expect(byField('status')[0]).toMatchObject({ label: 'Status', oldText: 'Aktiv', newText: 'Midlertidigt lukket' });

  const assure = byField('assuredAt')[0]!;
  expect(assure).toMatchObject({ label: 'Sidst bekræftet', actionLabel: 'Bekræftet' });
  expect(assure.newText).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4} kl\. \d{2}\.\d{2}$/);

  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
  for (const change of changes) {
    for (const text of [change.oldText, change.newText, change.label, change.actionLabel]) {
      expect(text ?? '').not.toMatch(uuid);
      expect(text ?? '').not.toMatch(/[{}"]|TEMPORARILY_CLOSED|ACTIVE|RECURRING|COURSE|T\d{2}:\d{2}:\d{2}/);
    }
    expect(change.actionLabel).not.toMatch(/^[A-Z_]+$/);
  }
});

test("the history is the staff unit's: the director gets an empty list", async () => {
  const offer = await server.db.offer.findFirstOrThrow({ where: { status: 'ACTIVE' } });
  expect(await history(offer.id, director)).toEqual([]);
});
