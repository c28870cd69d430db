// Bodies through the reform (issue 10, ADR 038) through the real API on real PostgreSQL: the secretariat's
// hand-over to the successor body, and who reads what: the secretariat, a member municipality (staff unit
// and director of Ishøj), the host municipality, a municipality that is no member, and anonymous callers.
import { hashPassword } from '../../auth/password';
import { buildStaffUser } from '../../seed/factories';
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let secretariat: string;
let director: string;
let staff: string;
let outsider: string;
let raadSecretariat: string;
let sydId: string;
let raadId: string;
let ishoejId: string;
let draftId: string;
let publishedId: string;
let minutesId: string;
let hostedGrantId: string;

const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
const fields = (res: GraphQLResponse<unknown>) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path}: ${f.message}`);

async function account(email: string, role: 'direktoer' | 'klyngesekretariat', link: Record<string, string>) {
  await server.db.staffUser.create({
    data: buildStaffUser({ email, name: email, role, passwordHash: await hashPassword('konto-1234'), ...link }),
  });
  return server.signIn(email, 'konto-1234');
}

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  secretariat = await server.signIn(demoEmail('klyngesekretariat'));
  director = await server.signIn(demoEmail('direktoer'));
  staff = await server.signIn(demoEmail('sundhedsstab'));
  const sec = await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('klyngesekretariat') } });
  sydId = sec.clusterId!;
  const syd = await server.db.cluster.findUniqueOrThrow({ where: { id: sydId } });
  raadId = syd.successorId!;
  expect(raadId).toBeTruthy();
  ishoejId = (await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('direktoer') } }))
    .municipalityId!;
  const members = await server.db.clusterMember.findMany({ select: { municipalityId: true } });
  const other = await server.db.municipality.findFirstOrThrow({
    where: {
      id: { notIn: members.flatMap((m) => (m.municipalityId ? [m.municipalityId] : [])) },
      kind: 'MUNICIPALITY',
    },
  });
  outsider = await account('direktoer@ikke-medlem.example', 'direktoer', { municipalityId: other.id });
  raadSecretariat = await account('sekretariat@sundhedsraad.example', 'klyngesekretariat', { clusterId: raadId });

  // Three meetings of the cluster: a draft, a published agenda, and published minutes with a decision.
  const meeting = (title: string, date: string, agenda: boolean, minutes: boolean) =>
    server.db.clusterMeeting.create({
      data: {
        clusterId: sydId,
        title,
        date: new Date(date),
        agendaPublishedAt: agenda ? new Date(date) : null,
        minutesPublishedAt: minutes ? new Date(date) : null,
        agendaItems: {
          create: [{ number: 1, title: `${title}: punkt 1`, decision: agenda ? 'Godkendt.' : null, attachments: [] }],
        },
      },
    });
  draftId = (await meeting('Kladde til møde', '2026-11-02', false, false)).id;
  publishedId = (await meeting('Offentliggjort dagsorden', '2026-10-05', true, false)).id;
  minutesId = (await meeting('Møde med referat', '2026-09-07', true, true)).id;
  hostedGrantId = (
    await server.db.grant.create({
      data: {
        clusterId: sydId,
        area: 'SOMATIC',
        title: 'Værtsbevilling i Ishøj',
        year: 2026,
        amountKr: 750000,
        hostMunicipalityId: ishoejId,
      },
    })
  ).id;
});
afterAll(() => server.close());

const MEETINGS = '{ clusters { id name meetings { id title agendaItems { decision } } grants { id title } } }';
type Clusters = { clusters: { id: string; name: string; meetings: { id: string }[]; grants: { id: string }[] }[] };
const meetingIds = (d: Clusters | null | undefined, clusterId: string) =>
  (d?.clusters.find((c) => c.id === clusterId)?.meetings ?? []).map((m) => m.id);

describe('who reads the cluster records', () => {
  test('the secretariat reads its own drafts, published meetings and grants', async () => {
    const res = await server.gql<Clusters>(MEETINGS, {}, secretariat);
    expect(res.errors).toBeUndefined();
    expect(meetingIds(res.data, sydId)).toEqual(expect.arrayContaining([draftId, publishedId, minutesId]));
    expect(res.data!.clusters.find((c) => c.id === sydId)!.grants.map((g) => g.id)).toContain(hostedGrantId);
  });

  test.each([
    ['the director', () => director],
    ['the staff unit', () => staff],
  ])(
    "a member municipality (%s of Ishøj) reads its body's published meetings, decisions and grants, no drafts",
    async (_, cookie) => {
      const res = await server.gql<Clusters>(MEETINGS, {}, cookie());
      expect(res.errors).toBeUndefined();
      const ids = meetingIds(res.data, sydId);
      expect(ids).toEqual(expect.arrayContaining([publishedId, minutesId]));
      expect(ids).not.toContain(draftId);
      expect(res.data!.clusters.find((c) => c.id === sydId)!.grants.map((g) => g.id)).toContain(hostedGrantId);
      const one = await server.gql<{ clusterMeeting: { agendaItems: { decision: string }[] } | null }>(
        'query($id: ID!) { clusterMeeting(id: $id) { agendaItems { decision } } }',
        { id: publishedId },
        cookie(),
      );
      expect(one.data!.clusterMeeting!.agendaItems[0]!.decision).toBe('Godkendt.');
      const draft = await server.gql<{ clusterMeeting: unknown }>(
        'query($id: ID!) { clusterMeeting(id: $id) { id } }',
        { id: draftId },
        cookie(),
      );
      expect(draft.data!.clusterMeeting).toBeNull();
    },
  );

  test('the host municipality sees the grants it hosts in its own overview', async () => {
    const res = await server.gql<{ overview: { hostedGrants: { id: string; amountKr: number }[] } }>(
      '{ overview { hostedGrants { id amountKr } } }',
      {},
      director,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.overview.hostedGrants).toContainEqual({ id: hostedGrantId, amountKr: 750000 });
  });

  test('a municipality that is no member sees no meetings, grants or hosted grants of the cluster', async () => {
    const res = await server.gql<Clusters>(MEETINGS, {}, outsider);
    expect(res.errors).toBeUndefined();
    expect(res.data!.clusters.map((c) => c.id)).not.toContain(sydId);
    for (const id of [draftId, publishedId, minutesId]) {
      const one = await server.gql<{ clusterMeeting: unknown }>(
        'query($id: ID!) { clusterMeeting(id: $id) { id } }',
        { id },
        outsider,
      );
      expect(one.data!.clusterMeeting).toBeNull();
    }
    const overview = await server.gql<{ overview: { hostedGrants: { id: string }[] } }>(
      '{ overview { hostedGrants { id } } }',
      {},
      outsider,
    );
    expect(overview.data!.overview.hostedGrants.map((g) => g.id)).not.toContain(hostedGrantId);
  });

  test('anonymous callers read only public minutes of a political body', async () => {
    const PUBLIC = 'query($id: ID!) { publicMinutes(meetingId: $id) { title items { decision } } }';
    const minutes = await server.gql<{ publicMinutes: { title: string } | null }>(PUBLIC, { id: minutesId });
    expect(minutes.data!.publicMinutes!.title).toBe('Møde med referat');
    for (const id of [publishedId, draftId]) {
      const res = await server.gql<{ publicMinutes: unknown }>(PUBLIC, { id });
      expect(res.data!.publicMinutes).toBeNull();
    }
    for (const query of [
      '{ clusters { id } }',
      'query($id: ID!) { clusterMeeting(id: $id) { id } }',
      '{ overview { hostedGrants { id } } }',
    ]) {
      const res = await server.gql(query, { id: minutesId });
      expect(codes(res)).toContain('UNAUTHENTICATED');
    }
  });

  test.each([
    ['projects', '{ projects { id } }'],
    ['themes and their budgets', '{ themes { id budgetLines { id } } }'],
    ['offers maintenance', '{ reviewQueue(months: 12) { offers { id } } }'],
    ['the overview', '{ overview { hostedGrants { id } } }'],
  ])('the secretariat sees no municipal records: %s', async (_, query) => {
    const res = await server.gql(query, {}, secretariat);
    expect(codes(res)).toContain('FORBIDDEN');
    expect(res.data ?? null).toBeNull();
  });
});

describe('the secretariat passes to the successor body', () => {
  const HAND_OVER = `mutation($c: ID!, $i: SecretariatHandOverInput!) { handOverSecretariat(clusterId: $c, input: $i) {
    cluster { name secretariatHandedOverAt } successor { name } includeDrafts accountsMoved summary } }`;

  test('before the hand-over the successor secretariat reads only its own body', async () => {
    const res = await server.gql<Clusters>(MEETINGS, {}, raadSecretariat);
    expect(res.errors).toBeUndefined();
    expect(res.data!.clusters.map((c) => c.id)).toEqual([raadId]);
  });

  test('only the secretariat of the body hands it over, and bad input is refused in Danish with nothing saved', async () => {
    for (const cookie of [director, staff, undefined]) {
      const res = await server.gql(HAND_OVER, { c: sydId, i: { includeDrafts: false, moveAccounts: false } }, cookie);
      expect(codes(res)).toEqual([cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
    }
    // The sundhedsråd's secretariat may not hand over the cluster, and the sundhedsråd has no successor.
    const notOwn = await server.gql(
      HAND_OVER,
      { c: sydId, i: { includeDrafts: false, moveAccounts: false } },
      raadSecretariat,
    );
    expect(fields(notOwn)).toEqual(['clusterId: Klynge er ikke en klynge eller et sundhedsråd, du er sekretariat for']);
    const noSuccessor = await server.gql(
      HAND_OVER,
      { c: raadId, i: { includeDrafts: false, moveAccounts: false } },
      raadSecretariat,
    );
    expect(codes(noSuccessor)).toEqual(['BAD_USER_INPUT']);
    expect(fields(noSuccessor)[0]).toMatch(/ingen efterfølger/);
    const missing = await server.gql(HAND_OVER, { c: sydId, i: { moveAccounts: false } }, secretariat);
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    const stored = await server.db.cluster.findUniqueOrThrow({ where: { id: sydId } });
    expect(stored.secretariatHandedOverAt).toBeNull();
    expect(await server.db.clusterChange.count({ where: { recordType: 'SECRETARIAT' } })).toBe(0);
  });

  test('a hand-over without drafts: the successor reads the old body published records, not its drafts, and writes none', async () => {
    const res = await server.gql<{ handOverSecretariat: { summary: string; accountsMoved: number } }>(
      HAND_OVER,
      { c: sydId, i: { includeDrafts: false, moveAccounts: false } },
      secretariat,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.handOverSecretariat).toMatchObject({
      summary: 'Sekretariatet overdraget til Sundhedsråd Amager og Vestegnen uden kladder',
      accountsMoved: 0,
    });
    const read = await server.gql<Clusters>(MEETINGS, {}, raadSecretariat);
    expect(read.errors).toBeUndefined();
    const ids = meetingIds(read.data, sydId);
    expect(ids).toEqual(expect.arrayContaining([publishedId, minutesId]));
    expect(ids).not.toContain(draftId);
    // Writing the old body's records stays refused.
    const write = await server.gql(
      'mutation($c: ID!, $i: MeetingInput!) { createClusterMeeting(clusterId: $c, input: $i) { id } }',
      { c: sydId, i: { title: 'Forsøg', date: '2026-12-01' } },
      raadSecretariat,
    );
    expect(codes(write)).toEqual(['BAD_USER_INPUT']);
    // Audited in both bodies' history.
    const history = await server.db.clusterChange.findMany({ where: { recordType: 'SECRETARIAT' } });
    expect(new Set(history.map((h) => h.clusterId))).toEqual(new Set([sydId, raadId]));
    const changes = await server.gql<{
      clusters: { id: string; changes: { recordLabel: string; label: string; newValue: string }[] }[];
    }>('{ clusters { id changes(last: 10) { recordLabel label newValue } } }', {}, raadSecretariat);
    expect(changes.data!.clusters.find((c) => c.id === raadId)!.changes).toContainEqual({
      recordLabel: 'Sekretariat',
      label: 'Sekretariat overdraget til',
      newValue: 'Sundhedsråd Amager og Vestegnen',
    });
    // A second hand-over is refused.
    const again = await server.gql(
      HAND_OVER,
      { c: sydId, i: { includeDrafts: true, moveAccounts: true } },
      secretariat,
    );
    expect(fields(again)[0]).toMatch(/er allerede overdraget til Sundhedsråd Amager og Vestegnen/);
  });

  test('a hand-over with drafts and accounts: the old account now belongs to the successor and reads the drafts', async () => {
    await server.db.cluster.update({ where: { id: sydId }, data: { secretariatHandedOverAt: null } });
    const res = await server.gql<{ handOverSecretariat: { summary: string; accountsMoved: number } }>(
      HAND_OVER,
      { c: sydId, i: { includeDrafts: true, moveAccounts: true } },
      secretariat,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.handOverSecretariat.accountsMoved).toBe(1);
    const moved = await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('klyngesekretariat') } });
    expect(moved.clusterId).toBe(raadId);
    for (const cookie of [secretariat, raadSecretariat]) {
      const read = await server.gql<Clusters>(MEETINGS, {}, cookie);
      expect(meetingIds(read.data, sydId)).toContain(draftId);
    }
    // Members of the old body still see no drafts.
    expect(meetingIds((await server.gql<Clusters>(MEETINGS, {}, director)).data, sydId)).not.toContain(draftId);
  });
});
