// The cluster secretariat at work through the real API (issue 10, ADR 031): a meeting with participants,
// agenda, published decisions, grants that point at decisions (create, change, split with lineage),
// follow-up points; CONFLICT on stale saves; Danish field messages with nothing saved; bodies on a day
// before and after 1.1.2027; who reads what; the cluster page's SQL statements stay bounded.
import ExcelJS from 'exceljs';
import { setClock } from '@sundhed/shared';
import { hashPassword } from '../../auth/password';
import { buildStaffUser } from '../../seed/factories';
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let secretariat: string;
let director: string;
let staff: string;
let front: string;
let outsider: string;
let clusterId: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  secretariat = await server.signIn(demoEmail('klyngesekretariat'));
  director = await server.signIn(demoEmail('direktoer'));
  staff = await server.signIn(demoEmail('sundhedsstab'));
  front = await server.signIn(demoEmail('frontmedarbejder'));
  clusterId = (await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('klyngesekretariat') } }))
    .clusterId!;
  // A director of a municipality that is no member of the cluster.
  const members = await server.db.clusterMember.findMany({ where: { clusterId }, select: { municipalityId: true } });
  const other = await server.db.municipality.findFirstOrThrow({
    where: {
      id: { notIn: members.flatMap((m) => (m.municipalityId ? [m.municipalityId] : [])) },
      kind: 'MUNICIPALITY',
    },
  });
  await server.db.staffUser.create({
    data: buildStaffUser({
      email: 'direktoer@anden.example',
      name: 'Anden direktør',
      role: 'direktoer',
      passwordHash: await hashPassword('anden-1234'),
      municipalityId: other.id,
    }),
  });
  outsider = await server.signIn('direktoer@anden.example', 'anden-1234');
});
afterAll(async () => {
  setClock(null);
  await server.close();
});

const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
const fields = (res: GraphQLResponse<unknown>) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path}: ${f.message}`);

const CREATE_MEETING = `mutation($c: ID!, $i: MeetingInput!) { createClusterMeeting(clusterId: $c, input: $i) {
  id version kind kindLabel startTime place agendaPublishedAt participants { organisation function attendanceLabel } } }`;
const UPDATE_MEETING = `mutation($id: ID!, $v: Int!, $i: MeetingInput!) { updateClusterMeeting(id: $id, version: $v, input: $i) { id version title } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!, $w: MeetingPublication!) { publishClusterMeeting(id: $id, version: $v, what: $w) { id version agendaPublishedAt minutesPublishedAt } }`;
const ITEM = `mutation($m: ID!, $i: AgendaItemInput!) { createAgendaItem(meetingId: $m, input: $i) { id version number } }`;
const DECIDE = `mutation($id: ID!, $v: Int!, $i: DecisionInput!) { recordDecision(id: $id, version: $v, input: $i) { id version outcome outcomeLabel decision decidedOn } }`;
const GRANT = `mutation($i: GrantInput!) { createGrant(input: $i) { id version amountKr yearTo advancedFromYear
  changes { previousAmountKr newAmountKr agendaItem { id } } } }`;
const CHANGE = `mutation($id: ID!, $v: Int!, $i: GrantAmountInput!) { changeGrantAmount(id: $id, version: $v, input: $i) {
  id version amountKr changes { previousAmountKr newAmountKr effectiveDate agendaItem { title meeting { date } } } } }`;
const SPLIT = `mutation($id: ID!, $v: Int!, $i: GrantSplitInput!) { splitGrant(id: $id, version: $v, input: $i) {
  id title amountKr hostMunicipality { name } splitFrom { id amountKr } changes { newAmountKr agendaItem { id } } } }`;
const FOLLOW = `mutation($i: FollowUpInput!) { createFollowUp(input: $i) { id version status statusLabel overdue dueDate } }`;
const UPDATE_FOLLOW = `mutation($id: ID!, $v: Int!, $i: FollowUpInput!) { updateFollowUp(id: $id, version: $v, input: $i) { id version status doneOn overdue } }`;

type Id = { id: string; version: number };

async function ok<T>(query: string, variables: Record<string, unknown>, cookie = secretariat): Promise<T> {
  const res = await server.gql<T>(query, variables, cookie);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** A published meeting with one approved item: the decision grants can point at. */
async function publishedDecision(title: string, date = '2026-03-02') {
  const m = (await ok<{ createClusterMeeting: Id }>(CREATE_MEETING, { c: clusterId, i: { title, date } }))
    .createClusterMeeting;
  const item = (await ok<{ createAgendaItem: Id }>(ITEM, { m: m.id, i: { number: 1, title: `${title}: punkt` } }))
    .createAgendaItem;
  await ok(PUBLISH, { id: m.id, v: m.version, w: 'AGENDA' });
  const decided = (
    await ok<{ recordDecision: Id }>(DECIDE, { id: item.id, v: item.version, i: { outcome: 'APPROVED' } })
  ).recordDecision;
  return { meeting: m, item: decided };
}

describe('the secretariat records a meeting, its decisions, grants and follow-up', () => {
  test('meeting with participants, two items, published agenda, decisions, a grant raised by a decision', async () => {
    const meeting = (
      await ok<{ createClusterMeeting: Id & { agendaPublishedAt: string | null; kindLabel: string } }>(CREATE_MEETING, {
        c: clusterId,
        i: {
          title: 'Møde i Politisk Sundhedsklynge Syd',
          date: '9.3.2026',
          startTime: '14:00',
          endTime: '16:00',
          place: 'Teams',
          kind: 'ORDINARY',
          participants: [
            { organisation: 'Ishøj Kommune', function: 'borgmester', attendance: 'PRESENT' },
            { organisation: 'PLO-Hovedstaden', function: 'praktiserende læge', attendance: 'APOLOGY' },
          ],
        },
      })
    ).createClusterMeeting;
    expect(meeting).toMatchObject({ version: 1, agendaPublishedAt: null, kindLabel: 'Ordinært møde' });

    // A draft is the secretariat's only.
    const asDirector = await server.gql<{ clusterMeeting: unknown }>(
      'query($id: ID!) { clusterMeeting(id: $id) { id } }',
      { id: meeting.id },
      director,
    );
    expect(asDirector.data!.clusterMeeting).toBeNull();

    const one = (
      await ok<{ createAgendaItem: Id }>(ITEM, {
        m: meeting.id,
        i: {
          number: 1,
          title: 'Fælles indsats for KOL',
          background: 'Baggrund for punktet.',
          recommendation: 'Det indstilles: at klyngen tildeler 500.000 kr.',
          expectedMinutes: 20,
          journalNumber: '26-0042',
          attachments: ['https://example.org/bilag.pdf'],
        },
      })
    ).createAgendaItem;
    await ok(ITEM, { m: meeting.id, i: { number: 2, title: 'Eventuelt' } });

    // Decisions only once the agenda is published.
    const early = await server.gql(DECIDE, { id: one.id, v: one.version, i: { outcome: 'APPROVED' } }, secretariat);
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(fields(early)).toEqual([
      'input.outcome: Beslutning kan først registreres, når dagsordenen er offentliggjort',
    ]);

    const published = (await ok<{ publishClusterMeeting: Id }>(PUBLISH, { id: meeting.id, v: 1, w: 'AGENDA' }))
      .publishClusterMeeting;
    expect(published.version).toBe(2);
    const decided = (
      await ok<{ recordDecision: Id & { outcomeLabel: string; decidedOn: string } }>(DECIDE, {
        id: one.id,
        v: one.version,
        i: { outcome: 'APPROVED_WITH_CHANGES', decision: 'Godkendt med 600.000 kr.' },
      })
    ).recordDecision;
    expect(decided).toMatchObject({ outcomeLabel: 'Godkendt med ændringer', decidedOn: '2026-03-09', version: 2 });

    const hvidovre = await server.db.municipality.findFirstOrThrow({ where: { name: 'Hvidovre Kommune' } });
    const grant = (
      await ok<{ createGrant: Id & { changes: unknown[] } }>(GRANT, {
        i: {
          agendaItemId: one.id,
          area: 'SOMATIC',
          title: 'Fælles KOL-indsats',
          year: 2026,
          yearTo: 2027,
          advancedFromYear: 2027,
          amountKr: 600_000,
          hostMunicipalityId: hvidovre.id,
        },
      })
    ).createGrant;
    expect(grant).toMatchObject({
      version: 1,
      amountKr: 600_000,
      yearTo: 2027,
      advancedFromYear: 2027,
      changes: [{ previousAmountKr: null, newAmountKr: 600_000, agendaItem: { id: one.id } }],
    });

    const changed = (
      await ok<{ changeGrantAmount: Id & { amountKr: number; changes: { agendaItem: { title: string } }[] } }>(CHANGE, {
        id: grant.id,
        v: 1,
        i: { agendaItemId: one.id, amountKr: 700_000, note: 'Justeret' },
      })
    ).changeGrantAmount;
    expect(changed.amountKr).toBe(700_000);
    expect(changed.changes.map((c) => c.agendaItem.title)).toEqual([
      'Fælles indsats for KOL',
      'Fælles indsats for KOL',
    ]);

    const follow = (
      await ok<{ createFollowUp: Id & { overdue: boolean; statusLabel: string } }>(FOLLOW, {
        i: { grantId: grant.id, text: 'Status til klyngen', responsible: 'Faglig klynge', dueDate: '2027-01-31' },
      })
    ).createFollowUp;
    expect(follow).toMatchObject({ statusLabel: 'Åben', overdue: false });
    setClock('2027-02-15T10:00:00Z');
    await server.db.session.updateMany({
      data: { expiresAt: new Date('2027-02-16T10:00:00Z'), lastSeenAt: new Date('2027-02-15T10:00:00Z') },
    });
    try {
      const asOverdue = await ok<{ clusters: { followUps: { id: string; overdue: boolean }[] }[] }>(
        '{ clusters { followUps { id overdue } } }',
        {},
      );
      expect(asOverdue.clusters[0]!.followUps.find((f) => f.id === follow.id)!.overdue).toBe(true);
    } finally {
      setClock(null);
    }
    const done = (
      await ok<{ updateFollowUp: { status: string; doneOn: string; overdue: boolean } }>(UPDATE_FOLLOW, {
        id: follow.id,
        v: 1,
        i: {
          grantId: grant.id,
          text: 'Status til klyngen',
          responsible: 'Faglig klynge',
          dueDate: '2027-01-31',
          status: 'DONE',
          doneOn: '2027-01-20',
          reportedBy: 'Hvidovre Kommune',
        },
      })
    ).updateFollowUp;
    expect(done).toMatchObject({ status: 'DONE', doneOn: '2027-01-20', overdue: false });

    // Field-level history of every record, with who and the version.
    const history = await server.db.clusterChange.findMany({
      where: { recordId: grant.id },
      orderBy: { changedAt: 'asc' },
    });
    expect(history.map((h) => [h.action, h.field, h.oldValue, h.newValue, h.version])).toEqual([
      ['CREATE', null, null, expect.objectContaining({ amountKr: 600_000, agendaItemId: one.id }), 1],
      ['UPDATE', 'amountKr', 600_000, 700_000, 2],
    ]);
    expect(history.every((h) => h.userId)).toBe(true);

    // Published: the member municipality's director reads meeting, decision and the grant with its history.
    const seen = await server.gql<{
      clusterMeeting: { agendaItems: { outcomeLabel: string | null }[]; participants: { attendanceLabel: string }[] };
    }>(
      'query($id: ID!) { clusterMeeting(id: $id) { agendaItems { outcomeLabel } participants { attendanceLabel } } }',
      { id: meeting.id },
      director,
    );
    expect(seen.data!.clusterMeeting.agendaItems.map((a) => a.outcomeLabel)).toEqual(['Godkendt med ændringer', null]);
    expect(seen.data!.clusterMeeting.participants.map((p) => p.attendanceLabel).sort()).toEqual(['Afbud', 'Deltog']);

    // Public minutes: not before the minutes are published, then for anyone.
    const MINUTES =
      'query($id: ID!) { publicMinutes(meetingId: $id) { bodyName title items { number outcomeLabel decision } } }';
    expect((await server.gql<{ publicMinutes: unknown }>(MINUTES, { id: meeting.id })).data!.publicMinutes).toBeNull();
    await ok(PUBLISH, { id: meeting.id, v: 2, w: 'MINUTES' });
    const minutes = await server.gql<{ publicMinutes: { items: { outcomeLabel: string | null }[] } }>(MINUTES, {
      id: meeting.id,
    });
    expect(minutes.errors).toBeUndefined();
    expect(minutes.data!.publicMinutes.items[0]).toEqual({
      number: 1,
      outcomeLabel: 'Godkendt med ændringer',
      decision: 'Godkendt med 600.000 kr.',
    });
  });

  test('splitting a grant keeps the lineage: the original goes to 0 kr. by the decision, each part points back', async () => {
    const { item } = await publishedDecision('Overvægt');
    const grant = (
      await ok<{ createGrant: Id }>(GRANT, {
        i: {
          agendaItemId: item.id,
          area: 'SOMATIC',
          title: 'Tværsektoriel indsats om overvægt',
          year: 2026,
          amountKr: 2_000_000,
        },
      })
    ).createGrant;
    const [hvidovre, vallensbaek] = await Promise.all(
      ['Hvidovre Kommune', 'Vallensbæk Kommune'].map((name) =>
        server.db.municipality.findFirstOrThrow({ where: { name } }),
      ),
    );
    const bad = await server.gql(
      SPLIT,
      {
        id: grant.id,
        v: 1,
        i: {
          agendaItemId: item.id,
          parts: [
            { title: 'Overvægt, børn', hostMunicipalityId: hvidovre!.id, amountKr: 1_000_000 },
            { title: 'Overvægt, voksne', hostMunicipalityId: vallensbaek!.id, amountKr: 500_000 },
          ],
        },
      },
      secretariat,
    );
    expect(fields(bad)).toEqual(['input.parts: Dele skal tilsammen give bevillingens beløb (2.000.000 kr.)']);
    const parts = (
      await ok<{
        splitGrant: {
          title: string;
          amountKr: number;
          hostMunicipality: { name: string };
          splitFrom: { id: string; amountKr: number };
        }[];
      }>(SPLIT, {
        id: grant.id,
        v: 1,
        i: {
          agendaItemId: item.id,
          parts: [
            { title: 'Overvægt, børn', hostMunicipalityId: hvidovre!.id, amountKr: 1_000_000 },
            { title: 'Overvægt, voksne', hostMunicipalityId: vallensbaek!.id, amountKr: 1_000_000 },
          ],
        },
      })
    ).splitGrant;
    expect(parts.map((p) => [p.title, p.amountKr, p.hostMunicipality.name, p.splitFrom])).toEqual([
      ['Overvægt, børn', 1_000_000, 'Hvidovre Kommune', { id: grant.id, amountKr: 0 }],
      ['Overvægt, voksne', 1_000_000, 'Vallensbæk Kommune', { id: grant.id, amountKr: 0 }],
    ]);
    const changes = await server.db.grantAmountChange.findMany({
      where: { grantId: grant.id },
      orderBy: { newAmountKr: 'desc' },
    });
    expect(changes.map((c) => [c.previousAmountKr, c.newAmountKr, c.agendaItemId])).toEqual([
      [null, 2_000_000, item.id],
      [2_000_000, 0, item.id],
    ]);
  });
});

describe('a stale save gets CONFLICT and changes nothing', () => {
  test('two secretaries edit the same meeting', async () => {
    const m = (
      await ok<{ createClusterMeeting: Id }>(CREATE_MEETING, {
        c: clusterId,
        i: { title: 'Konfliktmøde', date: '2026-04-01' },
      })
    ).createClusterMeeting;
    await ok(UPDATE_MEETING, { id: m.id, v: 1, i: { title: 'Konfliktmøde (rettet)', date: '2026-04-01' } });
    const stale = await server.gql<unknown>(
      UPDATE_MEETING,
      { id: m.id, v: 1, i: { title: 'Konfliktmøde (anden)', date: '2026-04-01' } },
      secretariat,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.message).toBe(
      'Mødet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
    );
    expect(stale.errors![0]!.extensions).toMatchObject({
      currentVersion: 2,
      current: { title: 'Konfliktmøde (rettet)' },
    });
    expect((await server.db.clusterMeeting.findUniqueOrThrow({ where: { id: m.id } })).title).toBe(
      'Konfliktmøde (rettet)',
    );
  });

  test('a grant amount changed twice from the same version', async () => {
    const { item } = await publishedDecision('Konfliktbevilling');
    const g = (
      await ok<{ createGrant: Id }>(GRANT, {
        i: { agendaItemId: item.id, area: 'OTHER', title: 'Konfliktbevilling', year: 2026, amountKr: 100 },
      })
    ).createGrant;
    await ok(CHANGE, { id: g.id, v: 1, i: { agendaItemId: item.id, amountKr: 200 } });
    const stale = await server.gql(
      CHANGE,
      { id: g.id, v: 1, i: { agendaItemId: item.id, amountKr: 300 } },
      secretariat,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(await server.db.grantAmountChange.count({ where: { grantId: g.id } })).toBe(2);
  });
});

describe('bad input: a Danish message naming the field, nothing saved', () => {
  const counts = async () =>
    Promise.all([
      server.db.clusterMeeting.count(),
      server.db.agendaItem.count(),
      server.db.grant.count(),
      server.db.grantAmountChange.count(),
      server.db.followUp.count(),
      server.db.clusterChange.count(),
    ]);

  test('a meeting without title, with a bad date and time', async () => {
    const before = await counts();
    const res = await server.gql(
      CREATE_MEETING,
      { c: clusterId, i: { title: '  ', date: '30.2.2026', startTime: '25:00', kind: 'ORDINARY' } },
      secretariat,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fields(res)).toEqual([
      'input.title: Titel skal udfyldes',
      'input.date: Dato findes ikke i kalenderen',
      'input.startTime: Starttidspunkt skal være et klokkeslæt (tt:mm)',
    ]);
    expect(await counts()).toEqual(before);
  });

  test("a meeting day in the body's validity gap", async () => {
    await server.db.cluster.update({ where: { id: clusterId }, data: { validTo: new Date('2026-12-31') } });
    try {
      const before = await counts();
      const res = await server.gql(
        CREATE_MEETING,
        { c: clusterId, i: { title: 'For sent', date: '2027-02-01' } },
        secretariat,
      );
      expect(fields(res)).toEqual([
        expect.stringMatching(
          /^input\.date: Dato ligger uden for den periode, hvor Politisk Sundhedsklynge Syd findes \(.*31\.12\.2026\)$/,
        ),
      ]);
      expect(await counts()).toEqual(before);
    } finally {
      const seeded = await server.db.cluster.findUniqueOrThrow({ where: { id: clusterId } });
      if (!seeded.successorId) await server.db.cluster.update({ where: { id: clusterId }, data: { validTo: null } });
    }
  });

  test('a grant change without a decision, or below zero', async () => {
    const { item } = await publishedDecision('Uden beslutning');
    const g = (
      await ok<{ createGrant: Id }>(GRANT, {
        i: { agendaItemId: item.id, area: 'OTHER', title: 'Uden beslutning', year: 2026, amountKr: 1000 },
      })
    ).createGrant;
    const before = await counts();
    const none = await server.gql(CHANGE, { id: g.id, v: 1, i: { amountKr: 2000 } }, secretariat);
    expect(codes(none)).toEqual(['BAD_USER_INPUT']);
    expect(fields(none)).toEqual([
      'input.agendaItemId: Beslutning skal vælges: en bevilling ændres kun af en beslutning',
    ]);
    const negative = await server.gql(
      CHANGE,
      { id: g.id, v: 1, i: { agendaItemId: item.id, amountKr: -5 } },
      secretariat,
    );
    expect(fields(negative)).toEqual(['input.amountKr: Beløb skal være et helt antal kroner, 0 eller mere']);
    const noGrantDecision = await server.gql(
      GRANT,
      { i: { area: 'OTHER', title: 'Uden beslutning 2', year: 2026, amountKr: 1 } },
      secretariat,
    );
    expect(fields(noGrantDecision)).toEqual([
      'input.agendaItemId: Beslutning skal vælges: en bevilling ændres kun af en beslutning',
    ]);
    expect(await counts()).toEqual(before);
  });

  test("a decision on another body's meeting", async () => {
    const region = await server.db.region.findFirstOrThrow();
    const otherCluster = await server.db.cluster.create({
      data: { name: 'Anden klynge', kind: 'POLITICAL', regionId: region.id },
    });
    const otherMeeting = await server.db.clusterMeeting.create({
      data: {
        clusterId: otherCluster.id,
        date: new Date('2026-05-01'),
        title: 'Andet møde',
        agendaPublishedAt: new Date(),
        agendaItems: { create: { number: 1, title: 'Fremmed punkt', outcome: 'APPROVED', attachments: [] } },
      },
      include: { agendaItems: true },
    });
    const foreign = otherMeeting.agendaItems[0]!;
    const before = await counts();
    const decide = await server.gql(DECIDE, { id: foreign.id, v: 1, i: { outcome: 'REJECTED' } }, secretariat);
    expect(codes(decide)).toEqual(['NOT_FOUND']);
    const grant = await server.gql(
      GRANT,
      { i: { agendaItemId: foreign.id, area: 'OTHER', title: 'Fremmed', year: 2026, amountKr: 1 } },
      secretariat,
    );
    expect(fields(grant)).toEqual([
      'input.agendaItemId: Beslutning skal være en beslutning på et offentliggjort møde i samme klynge',
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('bodies on a day', () => {
  const BODIES = `query($d: Date) { bodiesOn(date: $d) { kind kindLabel name validFrom validTo successor { name } predecessors { name } } }`;
  type Org = { kind: string; name: string; successor: { name: string } | null; predecessors: { name: string }[] };

  beforeAll(async () => {
    // Make sure the reform's successors exist (the seed adds them where sources confirm them).
    const syd = await server.db.cluster.findUniqueOrThrow({ where: { id: clusterId } });
    // The seed leaves the cluster's last day open (no source read states it); the test gives it one.
    if (!syd.validTo)
      await server.db.cluster.update({ where: { id: clusterId }, data: { validTo: new Date('2026-12-31') } });
    if (!syd.successorId) {
      const raad = await server.db.cluster.create({
        data: {
          name: 'Sundhedsråd Amager og Vestegnen',
          kind: 'HEALTH_COUNCIL',
          regionId: syd.regionId,
          validFrom: new Date('2026-01-19'),
        },
      });
      await server.db.cluster.update({
        where: { id: clusterId },
        data: { validTo: new Date('2026-12-31'), successorId: raad.id },
      });
    }
    const hovedstaden = await server.db.region.findUniqueOrThrow({ where: { id: syd.regionId } });
    if (!hovedstaden.successorId) {
      const oest = await server.db.region.create({
        data: { code: 'ØST', name: 'Region Østdanmark', validFrom: new Date('2027-01-01') },
      });
      await server.db.region.update({
        where: { id: hovedstaden.id },
        data: { validTo: new Date('2026-12-31'), successorId: oest.id },
      });
    }
  });

  test('before 1.1.2027: the cluster and the sundhedsråd overlap; Region Hovedstaden names its successor', async () => {
    const res = await server.gql<{ bodiesOn: Org[] }>(BODIES, { d: '2026-06-01' }, secretariat);
    expect(res.errors).toBeUndefined();
    const names = res.data!.bodiesOn.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(['Politisk Sundhedsklynge Syd', 'Sundhedsråd Amager og Vestegnen', 'Region Hovedstaden']),
    );
    expect(names).not.toContain('Region Østdanmark');
    const syd = res.data!.bodiesOn.find((o) => o.name === 'Politisk Sundhedsklynge Syd')!;
    expect(syd.successor).toEqual({ name: 'Sundhedsråd Amager og Vestegnen' });
    expect(res.data!.bodiesOn.find((o) => o.name === 'Region Hovedstaden')!.successor).toEqual({
      name: 'Region Østdanmark',
    });
  });

  test('after 1.1.2027: Region Østdanmark and the sundhedsråd, with the earlier ones one step back', async () => {
    const res = await server.gql<{ bodiesOn: Org[] }>(BODIES, { d: '2.1.2027' }, director);
    expect(res.errors).toBeUndefined();
    const names = res.data!.bodiesOn.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Region Østdanmark', 'Sundhedsråd Amager og Vestegnen']));
    expect(names).not.toContain('Politisk Sundhedsklynge Syd');
    expect(names).not.toContain('Region Hovedstaden');
    expect(res.data!.bodiesOn.find((o) => o.name === 'Region Østdanmark')!.predecessors.map((p) => p.name)).toContain(
      'Region Hovedstaden',
    );
    expect(
      res.data!.bodiesOn.find((o) => o.name === 'Sundhedsråd Amager og Vestegnen')!.predecessors.map((p) => p.name),
    ).toEqual(['Politisk Sundhedsklynge Syd']);
  });
});

describe('access per role', () => {
  const MEETINGS = '{ clusters { name meetings { id agendaPublishedAt } } }';

  test('only the secretariat writes', async () => {
    for (const cookie of [director, staff, front, undefined]) {
      const res = await server.gql(
        CREATE_MEETING,
        { c: clusterId, i: { title: 'Forsøg', date: '2026-05-05' } },
        cookie,
      );
      expect(codes(res)).toEqual([cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
    }
  });

  test('members read published meetings, not drafts; other municipalities and the front line read none', async () => {
    await ok(CREATE_MEETING, { c: clusterId, i: { title: 'Kladde', date: '2026-06-06' } });
    const mine = await ok<{ clusters: { meetings: { agendaPublishedAt: string | null }[] }[] }>(MEETINGS, {});
    expect(mine.clusters[0]!.meetings.some((m) => m.agendaPublishedAt === null)).toBe(true);
    const member = await ok<{ clusters: { meetings: { agendaPublishedAt: string | null }[] }[] }>(
      MEETINGS,
      {},
      director,
    );
    expect(member.clusters[0]!.meetings.length).toBeGreaterThan(0);
    expect(member.clusters[0]!.meetings.every((m) => m.agendaPublishedAt !== null)).toBe(true);
    const other = await ok<{ clusters: unknown[] }>(MEETINGS, {}, outsider);
    expect(other.clusters).toEqual([]);
    const frontRes = await server.gql(MEETINGS, {}, front);
    expect(codes(frontRes)).toEqual(['FORBIDDEN']);
    const anon = await server.gql(MEETINGS, {});
    expect(codes(anon)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('Kræver opmærksomhed', () => {
  test('an overdue follow-up and a grant without follow-up, for the secretariat and the host municipality', async () => {
    const { item } = await publishedDecision('Opmærksomhed');
    const ishoej = await server.db.municipality.findFirstOrThrow({ where: { name: 'Ishøj Kommune' } });
    const GRANT_ID = `mutation($i: GrantInput!) { createGrant(input: $i) { id } }`;
    const quiet = (
      await ok<{ createGrant: { id: string } }>(GRANT_ID, {
        i: {
          agendaItemId: item.id,
          area: 'OTHER',
          title: 'Stille bevilling',
          year: 2026,
          amountKr: 5000,
          hostMunicipalityId: ishoej.id,
        },
      })
    ).createGrant;
    const followed = (
      await ok<{ createGrant: { id: string } }>(GRANT_ID, {
        i: {
          agendaItemId: item.id,
          area: 'OTHER',
          title: 'Fulgt bevilling',
          year: 2026,
          amountKr: 5000,
          hostMunicipalityId: ishoej.id,
        },
      })
    ).createGrant;
    await ok(FOLLOW, {
      i: { grantId: followed.id, text: 'Status i juni', responsible: 'Faglig klynge', dueDate: '2026-06-30' },
    });

    const ITEMS = '{ clusterAttentionItems { kind kindLabel title route } }';
    type Item = { kind: string; kindLabel: string; title: string; route: string };
    const mine = (await ok<{ clusterAttentionItems: Item[] }>(ITEMS, {})).clusterAttentionItems;
    expect(mine).toEqual(
      expect.arrayContaining([
        {
          kind: 'CLUSTER_FOLLOW_UP_OVERDUE',
          kindLabel: 'Opfølgning overskredet',
          title: 'Fulgt bevilling: Status i juni (frist 30.6.2026)',
          route: `/klynge#bevilling-${followed.id}`,
        },
        {
          kind: 'GRANT_WITHOUT_FOLLOW_UP',
          kindLabel: 'Bevilling uden opfølgning',
          title: 'Stille bevilling (2026): ingen opfølgningspunkter',
          route: `/klynge#bevilling-${quiet.id}`,
        },
      ]),
    );
    expect(
      mine.some((i) => i.route === `/klynge#bevilling-${followed.id}` && i.kind === 'GRANT_WITHOUT_FOLLOW_UP'),
    ).toBe(false);

    // The host municipality's director sees the same in its own list; the secretariat's list is its only.
    const hosted = await ok<{ attentionItems: Item[] }>('{ attentionItems { kind title route } }', {}, director);
    expect(hosted.attentionItems.map((i) => i.route)).toEqual(
      expect.arrayContaining([`/klynge#bevilling-${followed.id}`, `/klynge#bevilling-${quiet.id}`]),
    );
    expect(codes(await server.gql(ITEMS, {}, director))).toEqual(['FORBIDDEN']);

    // The host municipality sees the grants it hosts in its own overview, each amount with its decision.
    const HOSTED = '{ overview { hostedGrants { title amountKr changes { agendaItem { title } } } } }';
    type Hosted = { overview: { hostedGrants: { title: string; changes: { agendaItem: { title: string } }[] }[] } };
    const overview = (await ok<Hosted>(HOSTED, {}, director)).overview.hostedGrants;
    expect(overview.find((g) => g.title === 'Stille bevilling')!.changes).toEqual([
      { agendaItem: { title: 'Opmærksomhed: punkt' } },
    ]);
    const elsewhere = (await ok<Hosted>(HOSTED, {}, outsider)).overview.hostedGrants;
    expect(elsewhere.map((g) => g.title)).not.toContain('Stille bevilling');
  });
});

describe('the cluster page query', () => {
  const PAGE = `query { clusters { id name validFrom validTo successor { name } predecessors { name }
    members { name role }
    meetings { id date title place kindLabel participants { organisation attendanceLabel }
      agendaItems { number title recommendation decision outcomeLabel followUps { text dueDate overdue } } }
    grants { id title amountKr yearTo splitFrom { title } hostMunicipality { name } followUps { text overdue }
      changes { previousAmountKr newAmountKr effectiveDate agendaItem { number title meeting { date title } } } }
    followUps { text dueDate overdue grant { title } agendaItem { title } } } }`;

  test('runs a bounded number of SQL statements, whatever the number of meetings and grants', async () => {
    const first = await server.countQueries(() => server.gql(PAGE, {}, director));
    expect(first.result.errors).toBeUndefined();
    // Ten more published meetings with items, grants with changes and follow-ups.
    for (let i = 0; i < 10; i++) {
      const m = await server.db.clusterMeeting.create({
        data: {
          clusterId,
          date: new Date(`2025-0${(i % 9) + 1}-10`),
          title: `Genereret møde ${i}`,
          agendaPublishedAt: new Date(),
          participants: { create: [{ organisation: 'Ishøj Kommune', attendance: 'PRESENT' }] },
          agendaItems: {
            create: [1, 2, 3].map((n) => ({
              number: n,
              title: `Punkt ${n}`,
              outcome: 'APPROVED' as const,
              attachments: [],
            })),
          },
        },
        include: { agendaItems: true },
      });
      await server.db.grant.create({
        data: {
          clusterId,
          area: 'OTHER',
          title: `Genereret bevilling ${i}`,
          year: 2025,
          amountKr: 1000,
          changes: { create: [{ agendaItemId: m.agendaItems[0]!.id, newAmountKr: 1000, effectiveDate: m.date }] },
          followUps: {
            create: [{ clusterId, text: 'Status', responsible: 'Faglig klynge', dueDate: new Date('2025-12-01') }],
          },
        },
      });
    }
    const more = await server.countQueries(() => server.gql(PAGE, {}, director));
    expect(more.result.errors).toBeUndefined();
    const data = (statements: string[]) => statements.filter((sql) => !sql.includes('"Session"'));
    // One statement per list the query's shape names, however many rows: ten more meetings (30 items,
    // participants) and ten more grants (changes, follow-ups) would add dozens under N+1. A loader's keys
    // may arrive in two event-loop ticks, so the count may move by a statement or two, never with the rows.
    expect(data(more.statements).length).toBeLessThanOrEqual(data(first.statements).length + 2);
    expect(more.queries).toBeLessThanOrEqual(24);
  });

  test('the newest n meetings, and a Danish message for an n out of range', async () => {
    const res = await ok<{ clusters: { meetings: { date: string }[] }[] }>(
      '{ clusters { meetings(last: 3) { date } } }',
      {},
      director,
    );
    const dates = res.clusters[0]!.meetings.map((m) => m.date);
    expect(dates).toHaveLength(3);
    expect([...dates].sort().reverse()).toEqual(dates);
    const bad = await server.gql('{ clusters { meetings(last: -1) { date } } }', {}, director);
    expect(fields(bad)).toEqual(['last: Antal møder skal være et helt tal fra 0 til 500']);
  });
});

describe('a meeting as a calendar file', () => {
  const ics = (id: string, cookie?: string) =>
    fetch(`${server.url}/api/cluster/meetings/${id}.ics`, { headers: cookie ? { cookie } : {} });

  test('the secretariat gets its draft with time, place and agenda; members only once published', async () => {
    const m = (
      await ok<{ createClusterMeeting: Id }>(CREATE_MEETING, {
        c: clusterId,
        i: {
          title: 'Kalendermøde; med komma, og semikolon',
          date: '2026-09-14',
          startTime: '09:30',
          endTime: '11:00',
          place: 'Hvidovre Hospital',
        },
      })
    ).createClusterMeeting;
    await ok(ITEM, { m: m.id, i: { number: 1, title: 'Velkomst og godkendelse af dagsorden' } });
    const res = await ics(m.id, secretariat);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await res.text();
    expect(body.split('\r\n')).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'DTSTART;TZID=Europe/Copenhagen:20260914T093000',
        'DTEND;TZID=Europe/Copenhagen:20260914T110000',
        'LOCATION:Hvidovre Hospital',
        `UID:${m.id}@sundhedsoverblik`,
        'END:VCALENDAR',
      ]),
    );
    expect(body.replace(/\r\n /g, '')).toContain('Kalendermøde\\; med komma\\, og semikolon');
    expect(body.replace(/\r\n /g, '')).toContain('1. Velkomst og godkendelse af dagsorden');
    expect(body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    expect((await ics(m.id, director)).status).toBe(404);
    await ok(PUBLISH, { id: m.id, v: m.version, w: 'AGENDA' });
    expect((await ics(m.id, director)).status).toBe(200);
    expect((await ics(m.id, outsider)).status).toBe(404);
    expect((await ics(m.id, front)).status).toBe(403);
    expect((await ics(m.id)).status).toBe(401);
  });
});

describe('when a body ends', () => {
  const HAND_OVER = `mutation($ids: [ID!]!, $vs: [Int!]!, $i: HandOverInput!) { handOverFollowUps(ids: $ids, versions: $vs, input: $i) {
    id version responsible note grant { id } } }`;

  test('open follow-up points pass to the successor and say so; they stay on the grant that made them', async () => {
    const { item } = await publishedDecision('Overdragelse');
    const g = (
      await ok<{ createGrant: Id }>(GRANT, {
        i: { agendaItemId: item.id, area: 'OTHER', title: 'Overdraget bevilling', year: 2026, amountKr: 10 },
      })
    ).createGrant;
    const f = (
      await ok<{ createFollowUp: Id }>(FOLLOW, {
        i: { grantId: g.id, text: 'Slutstatus', responsible: 'Faglig klynge', dueDate: '2027-03-01' },
      })
    ).createFollowUp;
    const stale = await server.gql(HAND_OVER, { ids: [f.id], vs: [f.version + 1], i: {} }, secretariat);
    expect(codes(stale)).toEqual(['CONFLICT']);
    const done = (
      await ok<{ handOverFollowUps: { responsible: string; note: string; grant: { id: string }; version: number }[] }>(
        HAND_OVER,
        { ids: [f.id], vs: [f.version], i: { date: '2026-12-31' } },
      )
    ).handOverFollowUps;
    const successor = await server.db.cluster.findUniqueOrThrow({
      where: { id: clusterId },
      include: { successor: true },
    });
    expect(done).toEqual([
      {
        id: f.id,
        version: 2,
        responsible: successor.successor!.name,
        note: `Overdraget til ${successor.successor!.name} fra Politisk Sundhedsklynge Syd den 31.12.2026.`,
        grant: { id: g.id },
      },
    ]);
    expect(codes(await server.gql(HAND_OVER, { ids: [f.id], vs: [2], i: {} }, director))).toEqual(['FORBIDDEN']);
  });
});

describe('grants to Excel', () => {
  test('grants with their amount history, each change with its meeting and decision, and follow-ups', async () => {
    const res = await fetch(`${server.url}/api/cluster/grants.xlsx`, { headers: { cookie: director } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['Bevillinger', 'Beløbshistorik', 'Opfølgning']);
    const changes = book.getWorksheet('Beløbshistorik')!;
    const header = (changes.getRow(1).values as unknown[]).slice(1);
    const raise = changes
      .getRows(2, changes.rowCount - 1)!
      .find(
        (r) => r.getCell(1).value === 'Den gode start på livet – fælles ammeindsats' && r.getCell(2).value === 500_000,
      )!;
    expect(raise.getCell(3).value).toBe(1_000_000);
    expect(raise.getCell(header.indexOf('Punkt') + 1).text).toBe(
      '3. Beslutning om midler til indsatser på det somatiske område for 2023',
    );
    expect(raise.getCell(header.indexOf('Beslutning') + 1).text).toMatch(/^Godkendt som indstillet/);
    expect(changes.getColumn(2).numFmt).toBe('#,##0" kr."');
    expect(book.getWorksheet('Opfølgning')!.rowCount).toBeGreaterThan(6);
    expect((await fetch(`${server.url}/api/cluster/grants.xlsx`, { headers: { cookie: front } })).status).toBe(403);
    expect((await fetch(`${server.url}/api/cluster/grants.xlsx`)).status).toBe(401);
    const outside = await fetch(`${server.url}/api/cluster/grants.xlsx`, { headers: { cookie: outsider } });
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(await outside.arrayBuffer());
    expect(empty.getWorksheet('Bevillinger')!.rowCount).toBe(1);
  });
});

describe('history of cluster records', () => {
  test('the secretariat reads who changed which field, in Danish; others read none', async () => {
    const { item } = await publishedDecision('Historik');
    const g = (
      await ok<{ createGrant: Id }>(GRANT, {
        i: { agendaItemId: item.id, area: 'OTHER', title: 'Historikbevilling', year: 2026, amountKr: 1000 },
      })
    ).createGrant;
    await ok(CHANGE, { id: g.id, v: 1, i: { agendaItemId: item.id, amountKr: 2500 } });
    const HISTORY =
      '{ clusters { changes(last: 5) { actionLabel recordLabel label oldValue newValue userName version recordId } } }';
    type Entry = {
      actionLabel: string;
      recordLabel: string;
      label: string;
      oldValue: string;
      newValue: string;
      recordId: string;
      userName: string | null;
    };
    const mine = (await ok<{ clusters: { changes: Entry[] }[] }>(HISTORY, {})).clusters[0]!.changes;
    expect(mine[0]).toMatchObject({
      recordLabel: 'Bevilling',
      label: 'Beløb',
      oldValue: '1.000 kr.',
      newValue: '2.500 kr.',
      recordId: g.id,
      version: 2,
    });
    expect(mine[0]!.userName).toBeTruthy();
    const theirs = await ok<{ clusters: { changes: Entry[] }[] }>(HISTORY, {}, director);
    expect(theirs.clusters[0]!.changes).toEqual([]);
  });
});

describe('publishing reads the shared clock', () => {
  test('the minutes of a meeting are not published before the meeting day; the agenda is', async () => {
    const m = (
      await ok<{ createClusterMeeting: Id }>(CREATE_MEETING, {
        c: clusterId,
        i: { title: 'Kommende', date: '2026-12-14' },
      })
    ).createClusterMeeting;
    type Published = { publishClusterMeeting: Id };
    setClock('2026-12-04T09:00:00Z');
    try {
      const agenda = (await ok<Published>(PUBLISH, { id: m.id, v: m.version, w: 'AGENDA' })).publishClusterMeeting;
      const early = await server.gql(PUBLISH, { id: m.id, v: agenda.version, w: 'MINUTES' }, secretariat);
      expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(early.errors)).toContain('Referatet kan først offentliggøres fra mødedagen 14.12.2026.');
      setClock('2026-12-14T15:00:00Z');
      await ok(PUBLISH, { id: m.id, v: agenda.version, w: 'MINUTES' });
    } finally {
      setClock(null);
    }
  });

  test('agenda and minutes carry the instant the clock shows, in the row and in its history', async () => {
    const m = (
      await ok<{ createClusterMeeting: Id }>(CREATE_MEETING, { c: clusterId, i: { title: 'Uret', date: '2026-11-30' } })
    ).createClusterMeeting;
    type Published = { publishClusterMeeting: Id & { agendaPublishedAt: string; minutesPublishedAt: string | null } };
    setClock('2026-11-30T08:15:00Z');
    try {
      const agenda = (await ok<Published>(PUBLISH, { id: m.id, v: m.version, w: 'AGENDA' })).publishClusterMeeting;
      expect(new Date(agenda.agendaPublishedAt).toISOString()).toBe('2026-11-30T08:15:00.000Z');
      setClock('2026-11-30T15:45:00Z');
      const minutes = (await ok<Published>(PUBLISH, { id: m.id, v: agenda.version, w: 'MINUTES' }))
        .publishClusterMeeting;
      expect(new Date(minutes.minutesPublishedAt!).toISOString()).toBe('2026-11-30T15:45:00.000Z');
    } finally {
      setClock(null);
    }
    const history = await server.db.clusterChange.findMany({
      where: { recordId: m.id, field: { in: ['agendaPublishedAt', 'minutesPublishedAt'] } },
      orderBy: { changedAt: 'asc' },
    });
    expect(history.map((h) => [h.field, h.newValue, h.changedAt.toISOString()])).toEqual([
      ['agendaPublishedAt', '2026-11-30T08:15:00.000Z', '2026-11-30T08:15:00.000Z'],
      ['minutesPublishedAt', '2026-11-30T15:45:00.000Z', '2026-11-30T15:45:00.000Z'],
    ]);
  });
});
