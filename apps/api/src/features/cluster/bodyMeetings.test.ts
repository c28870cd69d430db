// One meeting model for every body (ADR 031 amendment) through the real API: the staff unit records a
// meeting of its own municipality's Sundhedsforum (a Body), the draft is the staff unit's only, a body of
// another municipality is refused in Danish, other roles may not create one, and the database holds a
// meeting to exactly one owner (CHECK ClusterMeeting_one_owner).
import { buildBody } from '../../seed/factories';
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let secretariat: string;
let ownBodyId: string;
let otherBodyId: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  secretariat = await server.signIn(demoEmail('klyngesekretariat'));
  const user = await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('sundhedsstab') } });
  const own = await server.db.body.findFirstOrThrow({ where: { municipalityId: user.municipalityId } });
  ownBodyId = own.id;
  const other = await server.db.municipality.findFirstOrThrow({
    where: { id: { not: user.municipalityId! }, kind: 'MUNICIPALITY' },
  });
  otherBodyId = (
    await server.db.body.create({ data: buildBody({ name: 'Andet sundhedsforum', municipalityId: other.id }) })
  ).id;
});
afterAll(async () => {
  await server.close();
});

const CREATE = `mutation($b: ID!, $i: MeetingInput!) { createBodyMeeting(bodyId: $b, input: $i) {
  id version agendaPublishedAt cluster { id } body { id name } participants { organisation attendanceLabel } } }`;
const BODY_MEETINGS = `{ bodies { id meetings { id title } } }`;
const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);

type Created = {
  createBodyMeeting: { id: string; cluster: null; body: { id: string; name: string }; participants: unknown[] };
};
type Bodies = { bodies: { id: string; meetings: { id: string; title: string }[] }[] };

test('the staff unit records a meeting of its own Sundhedsforum; the draft is not the director’s', async () => {
  const input = {
    title: 'Møde i Sundhedsforum',
    date: '2027-01-12',
    place: 'Teams',
    participants: [{ organisation: 'Ishøj Kommune', function: 'sundhedschef', attendance: 'PRESENT' }],
  };
  const res = await server.gql<Created>(CREATE, { b: ownBodyId, i: input }, staff);
  expect(res.errors).toBeUndefined();
  const meeting = res.data!.createBodyMeeting;
  expect(meeting.cluster).toBeNull();
  expect(meeting.body.id).toBe(ownBodyId);
  expect(meeting.participants).toEqual([{ organisation: 'Ishøj Kommune', attendanceLabel: 'Deltog' }]);
  const stored = await server.db.clusterMeeting.findUniqueOrThrow({ where: { id: meeting.id } });
  expect([stored.clusterId, stored.bodyId]).toEqual([null, ownBodyId]);

  const forStaff = await server.gql<Bodies>(BODY_MEETINGS, {}, staff);
  expect(forStaff.data!.bodies.find((b) => b.id === ownBodyId)!.meetings.map((m) => m.id)).toContain(meeting.id);
  const forDirector = await server.gql<Bodies>(BODY_MEETINGS, {}, director);
  expect(forDirector.data!.bodies.find((b) => b.id === ownBodyId)!.meetings).toEqual([]);
  // A body's meeting is not a cluster meeting: the cluster queries do not return it.
  const asCluster = await server.gql<{ clusterMeeting: null }>(
    `query($id: ID!) { clusterMeeting(id: $id) { id } }`,
    {
      id: meeting.id,
    },
    secretariat,
  );
  expect(asCluster.data!.clusterMeeting).toBeNull();
});

test("another municipality's body is refused in Danish and nothing is saved; other roles may not create", async () => {
  const before = await server.db.clusterMeeting.count();
  const res = await server.gql(CREATE, { b: otherBodyId, i: { title: 'Møde', date: '2027-01-12' } }, staff);
  expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors![0]!.extensions!.fields).toEqual([
    { path: 'bodyId', message: 'Forum eller udvalg er ikke et forum eller udvalg i din kommune' },
  ]);
  const missing = await server.gql(CREATE, { b: ownBodyId, i: { title: '', date: '31.2.2027' } }, staff);
  expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
  expect(missing.errors![0]!.extensions!.fields!.map((f) => f.path)).toEqual(['input.title', 'input.date']);
  for (const cookie of [director, secretariat]) {
    expect(codes(await server.gql(CREATE, { b: ownBodyId, i: { title: 'Møde', date: '2027-01-12' } }, cookie))).toEqual(
      ['FORBIDDEN'],
    );
  }
  expect(await server.db.clusterMeeting.count()).toBe(before);
});

test('the database holds a meeting to exactly one owner', async () => {
  const clusterId = (await server.db.cluster.findFirstOrThrow()).id;
  const date = new Date('2027-01-12');
  await expect(server.db.clusterMeeting.create({ data: { title: 'Ingen ejer', date } })).rejects.toThrow(
    /ClusterMeeting_one_owner/,
  );
  await expect(
    server.db.clusterMeeting.create({ data: { title: 'To ejere', date, clusterId, bodyId: ownBodyId } }),
  ).rejects.toThrow(/ClusterMeeting_one_owner/);
});
