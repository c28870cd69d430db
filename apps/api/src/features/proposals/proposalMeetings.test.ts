// Meetings of Sundhedsforum and "Sammen om sundhed" (issue 14, ADR 047) through the real API: the staff unit
// records them with the cluster's mutations (edit, items, publish, decisions), an item treats a proposal,
// a stage change points at the meeting and item, and nobody else writes them.
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let secretariat: string;
let forumId: string;
let proposalId: string;
let otherProposalId: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  secretariat = await server.signIn(demoEmail('klyngesekretariat'));
  forumId = (await server.db.body.findFirstOrThrow({ where: { name: 'Sundhedsforum' } })).id;
  const proposals = await server.db.proposal.findMany({ orderBy: { title: 'asc' } });
  proposalId = proposals[0]!.id;
  otherProposalId = proposals[1]!.id;
});
afterAll(async () => {
  await server.close();
});

const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
const fields = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.fields;
type Ok<T> = GraphQLResponse<T> & { data: T };
async function ok<T>(promise: Promise<GraphQLResponse<T>>): Promise<T> {
  const res = await promise;
  expect(res.errors).toBeUndefined();
  return (res as Ok<T>).data;
}

const CREATE_MEETING = `mutation($b: ID!, $i: MeetingInput!) { createBodyMeeting(bodyId: $b, input: $i) { id version } }`;
const UPDATE_MEETING = `mutation($id: ID!, $v: Int!, $i: MeetingInput!) { updateClusterMeeting(id: $id, version: $v, input: $i) { id version title } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishClusterMeeting(id: $id, version: $v, what: AGENDA) { id version agendaPublishedAt } }`;
const CREATE_ITEM = `mutation($m: ID!, $i: AgendaItemInput!) { createAgendaItem(meetingId: $m, input: $i) { id version proposalId proposalTitle } }`;
const DECIDE = `mutation($id: ID!, $v: Int!, $i: DecisionInput!) { recordDecision(id: $id, version: $v, input: $i) { id version outcomeLabel } }`;
const TREATMENTS = `query($id: ID!) { proposal(id: $id) { stage version treatments { agendaItemId meetingId bodyName meetingTitle number title outcomeLabel }
  stageChanges { bodyName meetingId agendaItemId treatment { agendaItemId title } } } }`;
const STAGE = `mutation($id: ID!, $v: Int!, $i: StageChangeInput!) { changeProposalStage(id: $id, version: $v, input: $i) { stage } }`;

type TreatmentsData = {
  proposal: {
    stage: string;
    version: number;
    treatments: { agendaItemId: string; bodyName: string; number: number; outcomeLabel: string | null }[];
    stageChanges: {
      bodyName: string | null;
      meetingId: string | null;
      agendaItemId: string | null;
      treatment: { agendaItemId: string; title: string } | null;
    }[];
  };
};

test('the staff unit records a Sundhedsforum meeting that treats a proposal, and the stage change points at it', async () => {
  const { createBodyMeeting: m } = await ok(
    server.gql<{ createBodyMeeting: { id: string; version: number } }>(
      CREATE_MEETING,
      { b: forumId, i: { title: 'Sundhedsforum, januar', date: '2027-01-12' } },
      staff,
    ),
  );
  const { updateClusterMeeting: edited } = await ok(
    server.gql<{ updateClusterMeeting: { version: number; title: string } }>(
      UPDATE_MEETING,
      { id: m.id, v: m.version, i: { title: 'Sundhedsforum, 12. januar', date: '2027-01-12', place: 'Teams' } },
      staff,
    ),
  );
  expect(edited).toMatchObject({ version: 2, title: 'Sundhedsforum, 12. januar' });
  const { createAgendaItem: item } = await ok(
    server.gql<{ createAgendaItem: { id: string; version: number; proposalId: string; proposalTitle: string } }>(
      CREATE_ITEM,
      { m: m.id, i: { number: 1, title: 'Kvalificering af forslaget', proposalId } },
      staff,
    ),
  );
  expect(item.proposalId).toBe(proposalId);
  expect(item.proposalTitle).toBeTruthy();

  // A draft is the staff unit's: the director does not see the treatment yet.
  const draft = await ok(server.gql<TreatmentsData>(TREATMENTS, { id: proposalId }, director));
  expect(draft.proposal.treatments).toEqual([]);
  expect(
    (await ok(server.gql<TreatmentsData>(TREATMENTS, { id: proposalId }, staff))).proposal.treatments,
  ).toHaveLength(1);

  await ok(server.gql(PUBLISH, { id: m.id, v: 2 }, staff));
  const { recordDecision } = await ok(
    server.gql<{ recordDecision: { outcomeLabel: string } }>(
      DECIDE,
      { id: item.id, v: item.version, i: { outcome: 'APPROVED', decision: 'Forslaget er kvalificeret.' } },
      staff,
    ),
  );
  expect(recordDecision.outcomeLabel).toBeTruthy();

  const seen = await ok(server.gql<TreatmentsData>(TREATMENTS, { id: proposalId }, director));
  expect(seen.proposal.treatments).toEqual([
    expect.objectContaining({
      agendaItemId: item.id,
      bodyName: 'Sundhedsforum',
      number: 1,
      outcomeLabel: recordDecision.outcomeLabel,
    }),
  ]);

  // The stage change names only the item: the meeting and the body follow from it.
  await ok(
    server.gql(
      STAGE,
      {
        id: proposalId,
        v: seen.proposal.version,
        i: {
          toStage: 'QUALIFIED',
          date: '2027-01-12',
          decisionText: 'Kvalificeret i Sundhedsforum.',
          agendaItemId: item.id,
        },
      },
      staff,
    ),
  );
  const after = await ok(server.gql<TreatmentsData>(TREATMENTS, { id: proposalId }, director));
  expect(after.proposal.stage).toBe('QUALIFIED');
  expect(after.proposal.stageChanges.at(-1)).toEqual({
    bodyName: 'Sundhedsforum',
    meetingId: m.id,
    agendaItemId: item.id,
    treatment: { agendaItemId: item.id, title: 'Kvalificering af forslaget' },
  });

  // The history is kept under the body.
  const history = await server.db.clusterChange.findMany({ where: { recordId: { in: [m.id, item.id] } } });
  expect(history.length).toBeGreaterThanOrEqual(4);
  expect(new Set(history.map((h) => `${h.clusterId}/${h.bodyId}`))).toEqual(new Set([`null/${forumId}`]));
});

test('a stage change pointing at an item of another proposal is refused in Danish, nothing saved', async () => {
  const { createBodyMeeting: m } = await ok(
    server.gql<{ createBodyMeeting: { id: string } }>(
      CREATE_MEETING,
      { b: forumId, i: { title: 'Sundhedsforum, februar', date: '2027-02-09' } },
      staff,
    ),
  );
  const { createAgendaItem: item } = await ok(
    server.gql<{ createAgendaItem: { id: string } }>(
      CREATE_ITEM,
      { m: m.id, i: { number: 1, title: 'Et andet forslag', proposalId: otherProposalId } },
      staff,
    ),
  );
  const p = await ok(server.gql<TreatmentsData>(TREATMENTS, { id: proposalId }, staff));
  const before = p.proposal.stageChanges.length;
  const res = await server.gql(
    STAGE,
    {
      id: proposalId,
      v: p.proposal.version,
      i: { toStage: 'DISCUSSED', date: '2027-02-09', decisionText: 'Drøftet.', agendaItemId: item.id },
    },
    staff,
  );
  expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  expect(fields(res)).toEqual([
    { path: 'input.agendaItemId', message: 'Beslutning skal være et punkt på mødet, der behandler forslaget' },
  ]);
  const unknownMeeting = await server.gql(
    STAGE,
    {
      id: proposalId,
      v: p.proposal.version,
      i: { toStage: 'DISCUSSED', date: '2027-02-09', decisionText: 'Drøftet.', meetingId: 'no-such-meeting' },
    },
    staff,
  );
  expect(fields(unknownMeeting)).toEqual([
    { path: 'input.meetingId', message: 'Møde skal være et møde i det forum, der behandlede forslaget' },
  ]);
  const stored = await ok(server.gql<TreatmentsData>(TREATMENTS, { id: proposalId }, staff));
  expect(stored.proposal.stageChanges).toHaveLength(before);
});

test('only the staff unit of the municipality writes its bodies’ meetings; proposals only on own bodies', async () => {
  const { createBodyMeeting: m } = await ok(
    server.gql<{ createBodyMeeting: { id: string; version: number } }>(
      CREATE_MEETING,
      { b: forumId, i: { title: 'Sundhedsforum, marts', date: '2027-03-09' } },
      staff,
    ),
  );
  const edit = { id: m.id, v: m.version, i: { title: 'Overtaget', date: '2027-03-09' } };
  expect(codes(await server.gql(UPDATE_MEETING, edit, director))).toEqual(['FORBIDDEN']);
  expect(codes(await server.gql(UPDATE_MEETING, edit, secretariat))).toEqual(['NOT_FOUND']);
  expect(codes(await server.gql(CREATE_ITEM, { m: m.id, i: { number: 1, title: 'Punkt' } }, secretariat))).toEqual([
    'NOT_FOUND',
  ]);

  // The secretariat's own cluster meeting cannot name a municipality's proposal.
  const clusterId = (await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('klyngesekretariat') } }))
    .clusterId!;
  const cm = await ok(
    server.gql<{ createClusterMeeting: { id: string } }>(
      `mutation($c: ID!, $i: MeetingInput!) { createClusterMeeting(clusterId: $c, input: $i) { id } }`,
      { c: clusterId, i: { title: 'Klyngemøde', date: '2026-06-10' } },
      secretariat,
    ),
  );
  const refused = await server.gql(
    CREATE_ITEM,
    { m: cm.createClusterMeeting.id, i: { number: 1, title: 'Punkt', proposalId } },
    secretariat,
  );
  expect(fields(refused)).toEqual([
    { path: 'input.proposalId', message: 'Forslag kan kun angives på møder i kommunens egne fora' },
  ]);
  expect(await server.db.agendaItem.count({ where: { meetingId: cm.createClusterMeeting.id } })).toBe(0);
});
