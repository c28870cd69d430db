// "Offers whose scheduled courses have all ended" (issue 9): Offer.coursesEnded and lastCourseDay by the
// catalogue's one rule (packages/shared/src/offerCourses.ts) at given clock dates, and the attention kind
// COURSES_ENDED for the staff unit and the director, linking to the offer's page; the export's read-only
// "Næste hold" column beside the status.
import { setClock } from '@sundhed/shared';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';
import { parseCsv } from './offerCsv';

let server: TestServer;
let director: string;
let staff: string;
let lead: string;
let offerId: string;
let runningId: string;

async function moveClock(time: string) {
  setClock(time);
  await server.db.session.updateMany({
    data: { expiresAt: new Date(Date.parse(time) + 24 * 3600_000), lastSeenAt: new Date(time) },
  });
}

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  director = await server.signIn(demoEmail('direktoer'));
  staff = await server.signIn(demoEmail('sundhedsstab'));
  lead = await server.signIn(demoEmail('projektleder'));
  const municipalityId = (await server.db.staffUser.findFirstOrThrow({ where: { role: 'direktoer' } })).municipalityId!;
  const unit = await server.db.orgUnit.findFirstOrThrow({ where: { municipalityId } });
  const course = (weekday: number, validFrom: string, validTo: string) => ({
    kind: 'COURSE',
    weekday,
    validFrom,
    validTo,
    opensAt: '17:00',
    closesAt: '19:00',
  });
  const created = await server.gql<{ createOffer: { id: string } }>(
    'mutation($i: OfferInput!) { createOffer(input: $i) { id } }',
    {
      i: {
        name: 'Holdtræning efter sygdom',
        shortDescription: 'Træning på hold.',
        description: 'Træning på hold i to forløb.',
        ownerUnitId: unit.id,
        accessRoutes: ['SELF_REFERRAL'],
        needCategories: ['rygning'],
        languages: ['da'],
        targetGroups: ['voksne'],
        contactName: 'Træneren',
        contactPhone: '43 57 70 00',
        schedules: [course(2, '2027-01-05', '2027-02-09'), course(4, '2027-02-18', '2027-03-12')],
      },
    },
    staff,
  );
  expect(created.errors).toBeUndefined();
  const running = await server.gql<{ createOffer: { id: string } }>(
    'mutation($i: OfferInput!) { createOffer(input: $i) { id } }',
    {
      i: {
        name: 'Holdtræning efter uheld',
        shortDescription: 'Træning på hold.',
        description: 'Træning på hold i to forløb.',
        ownerUnitId: unit.id,
        accessRoutes: ['SELF_REFERRAL'],
        needCategories: ['rygning'],
        languages: ['da'],
        targetGroups: ['voksne'],
        contactName: 'Træneren',
        contactPhone: '43 57 70 00',
        schedules: [{ kind: 'RECURRING', weekday: 1, opensAt: '10:00' }],
      },
    },
    staff,
  );
  expect(running.errors).toBeUndefined();
  runningId = running.data!.createOffer.id;
  const offer = created.data!.createOffer;
  offerId = offer.id;
});
afterAll(async () => {
  setClock(null);
  await server.close();
});

const OFFER = `query($id: ID!) { offer(id: $id) { coursesEnded lastCourseDay } }`;
type Item = { kind: string; kindLabel: string; title: string; route: string; date: string; offerId: string | null };
const items = async (cookie: string) =>
  (
    await server.gql<{ attentionItems: Item[] }>(
      '{ attentionItems { kind kindLabel title route date offerId } }',
      {},
      cookie,
    )
  ).data!.attentionItems;

test('running on the last course day, ended the day after', async () => {
  await moveClock('2027-03-12T20:00:00+01:00');
  let res = await server.gql<{ offer: { coursesEnded: boolean; lastCourseDay: string } }>(
    OFFER,
    { id: offerId },
    staff,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.offer).toEqual({ coursesEnded: false, lastCourseDay: '2027-03-12' });
  expect((await items(director)).some((i) => i.offerId === offerId)).toBe(false);

  await moveClock('2027-03-13T00:30:00+01:00'); // Copenhagen's 13.3 (still 12.3 in UTC)
  res = await server.gql(OFFER, { id: offerId }, staff);
  expect(res.data!.offer).toEqual({ coursesEnded: true, lastCourseDay: '2027-03-12' });
  for (const cookie of [director, staff]) {
    expect((await items(cookie)).find((i) => i.offerId === offerId)).toEqual({
      kind: 'COURSES_ENDED',
      kindLabel: 'Alle hold afsluttet',
      title: 'Holdtræning efter sygdom: alle hold er afsluttet (sidste 12.3.2027)',
      route: `/tilbud/${offerId}`,
      date: '2027-03-12',
      offerId,
    });
  }
  // A project lead's queue holds its unit's projects, not the offer catalogue.
  expect((await items(lead)).some((i) => i.kind === 'COURSES_ENDED')).toBe(false);
});

const SEARCH = `query($input: OfferSearchInput!) { searchOffers(input: $input) { hits { score offer { id } } } }`;
const ranking = async () => {
  const res = await server.gql<{ searchOffers: { hits: { score: number; offer: { id: string } }[] } }>(
    SEARCH,
    { input: { text: 'holdtræning' } },
    staff,
  );
  expect(res.errors).toBeUndefined();
  const hits = res.data!.searchOffers.hits.filter((h) => h.offer.id === offerId || h.offer.id === runningId);
  expect(new Set(hits.map((h) => h.score)).size).toBe(1); // equal scores: the rule decides
  return hits.map((h) => h.offer.id);
};
const queued = async () => {
  const res = await server.gql<{ reviewQueue: { offers: { id: string }[] }[] }>(
    '{ reviewQueue(months: 12) { offers { id } } }',
    {},
    staff,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.reviewQueue.flatMap((g) => g.offers.map((o) => o.id));
};

test('courses in time everywhere: next course, ranking below running offers, review queue, e-mail (issue 12)', async () => {
  await moveClock('2026-12-20T10:00:00+01:00');
  const NEXT = 'query($id: ID!) { offer(id: $id) { nextCourseDay version } }';
  const before = await server.gql<{ offer: { nextCourseDay: string | null; version: number } }>(
    NEXT,
    { id: offerId },
    staff,
  );
  expect(before.data!.offer.nextCourseDay).toBe('2027-01-05');
  const runningVersion = (await server.db.offer.findUniqueOrThrow({ where: { id: runningId } })).version;
  const assured = await server.gql(
    'mutation($ids: [ID!]!, $v: [Int!]!) { assureOffers(ids: $ids, versions: $v) { id } }',
    { ids: [offerId, runningId], v: [before.data!.offer.version, runningVersion] },
    staff,
  );
  expect(assured.errors).toBeUndefined();

  await moveClock('2027-03-12T12:00:00+01:00'); // the last course day: still running
  expect(await ranking()).toEqual([offerId, runningId]); // by name at equal standing
  expect(await queued()).not.toContain(offerId);

  await moveClock('2027-03-13T12:00:00+01:00');
  expect(await ranking()).toEqual([runningId, offerId]);
  expect(
    (await server.gql<{ offer: { nextCourseDay: string | null } }>(NEXT, { id: offerId }, staff)).data!.offer,
  ).toMatchObject({ nextCourseDay: null });
  const queue = await queued();
  expect(queue).toContain(offerId); // confirmed three months ago, queued for its ended courses
  expect(queue).not.toContain(runningId);

  const sent = await server.gql(
    'mutation($id: ID!) { sendOfferToCitizen(offerId: $id, email: "borger@example.com") { sent } }',
    { id: offerId },
    staff,
  );
  expect(sent.errors).toBeUndefined();
  const outbox = await server.gql<{ outbox: { offerId: string; body: string }[] }>(
    '{ outbox { offerId body } }',
    {},
    staff,
  );
  const body = outbox.data!.outbox.find((m) => m.offerId === offerId)!.body;
  expect(body).toContain('Næste hold ikke fastlagt (sidste hold sluttede 12.3.2027)');
  expect(body).toContain('Tid: Hver tirsdag kl. 17.00–19.00, fra 5.1.2027 til 9.2.2027');
  expect(body).not.toContain('Aktiv');
});

test('the export says "Næste hold ikke fastlagt" beside the status, and the file imports back unchanged', async () => {
  const exported = async () => {
    const res = await fetch(`${server.url}/api/offers/export.csv`, { headers: { cookie: staff } });
    expect(res.status).toBe(200);
    const text = await res.text();
    const [header, ...rows] = parseCsv(text).records.map((r) => r.cells);
    const row = (id: string) => {
      const cells = rows.find((r) => r[header!.indexOf('ID')] === id)!;
      return { status: cells[header!.indexOf('Status')], next: cells[header!.indexOf('Næste hold')] };
    };
    return { text, rows: rows.length, offer: row(offerId), running: row(runningId) };
  };
  await moveClock('2026-12-20T10:00:00+01:00');
  let file = await exported();
  expect(file.offer).toEqual({ status: 'Aktiv', next: '5.1.2027' });
  expect(file.running).toEqual({ status: 'Aktiv', next: '' });

  await moveClock('2027-03-13T12:00:00+01:00'); // every course has ended
  file = await exported();
  // The status the import reads back stays as stored; the read-only column says what every screen says.
  expect(file.offer).toEqual({ status: 'Aktiv', next: 'Næste hold ikke fastlagt (sidste hold sluttede 12.3.2027)' });
  expect(file.running).toEqual({ status: 'Aktiv', next: '' });

  const report = await server.gql<{ importOffersCsv: { imported: number; created: number; errors: unknown[] } }>(
    'mutation($csv: String!) { importOffersCsv(csv: $csv) { imported created errors { line column message } } }',
    { csv: file.text },
    staff,
  );
  expect(report.errors).toBeUndefined();
  expect(report.data!.importOffersCsv.errors).toEqual([]);
  expect(report.data!.importOffersCsv).toMatchObject({ imported: file.rows, created: 0 });
  expect((await server.db.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe('ACTIVE');
});

test('a new undated course or a weekly session that runs on means it has not ended; an ended offer is not listed', async () => {
  await moveClock('2027-04-01T10:00:00+02:00');
  const weekly = await server.db.offerSchedule.create({ data: { offerId, kind: 'RECURRING', weekday: 1 } });
  let res = await server.gql<{ offer: { coursesEnded: boolean } }>(OFFER, { id: offerId }, staff);
  expect(res.data!.offer.coursesEnded).toBe(false);
  expect((await items(director)).some((i) => i.offerId === offerId)).toBe(false);
  await server.db.offerSchedule.delete({ where: { id: weekly.id } });

  res = await server.gql(OFFER, { id: offerId }, staff);
  expect(res.data!.offer.coursesEnded).toBe(true);
  await server.db.offer.update({ where: { id: offerId }, data: { status: 'ENDED' } });
  expect((await items(director)).some((i) => i.offerId === offerId)).toBe(false);
  // The field stays a fact of the schedule, whatever the status.
  res = await server.gql(OFFER, { id: offerId }, staff);
  expect(res.data!.offer.coursesEnded).toBe(true);
});
