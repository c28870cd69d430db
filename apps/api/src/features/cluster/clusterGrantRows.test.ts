// The cluster's grants read in one statement (ADR 058) give the same answer as the loaders did: the rows
// equal Prisma's (columns, value types, order), a grant read through the cluster page answers exactly as
// the same grant read through the loaders (a follow-up's grant), the seeded 2023 grants keep their
// histories, and who may read the grants has not changed.
import { hashPassword } from '../../auth/password';
import { buildStaffUser } from '../../seed/factories';
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';
import { readClusterGrants } from './clusterGrantRows';

let server: TestServer;
let secretariat: string;
let director: string;
let front: string;
let outsider: string;
let clusterId: string;

const SOURCE = 'id documentKey title section date url note';
const GRANT = `id area title purpose targetGroup year amountKr posts yearTo advancedFromYear
  hostMunicipality { id name code }
  splitFrom { id title }
  source { ${SOURCE} }
  changes { id previousAmountKr newAmountKr effectiveDate note source { ${SOURCE} }
    agendaItem { id number title recommendation decision background outcome outcomeLabel attachments
      journalNumber expectedMinutes source { ${SOURCE} }
      meeting { id date title place kind kindLabel agendaPublishedAt minutesPublishedAt source { ${SOURCE} } } } }`;

type GrantAnswer = { id: string; title: string; amountKr: number | null; changes: ChangeAnswer[] };
type ChangeAnswer = {
  newAmountKr: number | null;
  effectiveDate: string;
  source: { documentKey: string } | null;
  agendaItem: { title: string; meeting: { date: string } } | null;
};
type Page = { clusters: { id: string; grants: GrantAnswer[]; followUps: { grant: GrantAnswer | null }[] }[] };

const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  secretariat = await server.signIn(demoEmail('klyngesekretariat'));
  director = await server.signIn(demoEmail('direktoer'));
  front = await server.signIn(demoEmail('frontmedarbejder'));
  clusterId = (await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('klyngesekretariat') } }))
    .clusterId!;
  const members = await server.db.clusterMember.findMany({ where: { clusterId }, select: { municipalityId: true } });
  const memberIds = members.flatMap((m) => (m.municipalityId ? [m.municipalityId] : []));
  const other = await server.db.municipality.findFirstOrThrow({
    where: { id: { notIn: memberIds }, kind: 'MUNICIPALITY' },
  });
  await server.db.staffUser.create({
    data: buildStaffUser({
      email: 'direktoer@udenfor.example',
      name: 'Direktør udenfor klyngen',
      role: 'direktoer',
      passwordHash: await hashPassword('udenfor-1234'),
      municipalityId: other.id,
    }),
  });
  outsider = await server.signIn('direktoer@udenfor.example', 'udenfor-1234');

  // Generated records beside the seeded ones: three meetings of four items, six grants with three
  // changes each (two on the same day: the order's tie-breaker), a host municipality, sources on some,
  // a split, and a follow-up on every grant so each can be read through the loaders too.
  const source = await server.db.source.findFirstOrThrow({ where: { date: { not: null } } });
  const items: { id: string }[] = [];
  for (let m = 0; m < 3; m++) {
    const meeting = await server.db.clusterMeeting.create({
      data: {
        clusterId,
        date: new Date(Date.UTC(2024, m * 3, 10)),
        title: `Prøvemøde ${m + 1}`,
        place: m === 0 ? 'Teams' : null,
        agendaPublishedAt: new Date(Date.UTC(2024, m * 3, 1, 9, 30, 15, 250)),
        minutesPublishedAt: m === 2 ? null : new Date(Date.UTC(2024, m * 3, 12, 14)),
        sourceId: m === 1 ? source.id : null,
        agendaItems: {
          create: [1, 2, 3, 4].map((n) => ({
            number: n,
            title: `Prøvepunkt ${m + 1}.${n}`,
            recommendation: 'Det indstilles, at indsatsen godkendes.',
            decision: n === 4 ? null : 'Godkendt som indstillet.',
            outcome: n === 4 ? null : ('APPROVED' as const),
            decidedOn: n === 4 ? null : new Date(Date.UTC(2024, m * 3, 10)),
            attachments: n === 1 ? ['https://example.org/bilag.pdf'] : [],
            sourceId: n === 2 ? source.id : null,
          })),
        },
      },
      include: { agendaItems: { orderBy: { number: 'asc' } } },
    });
    items.push(...meeting.agendaItems);
  }
  const host = memberIds[0]!;
  let previous: string | null = null;
  for (let g = 0; g < 6; g++) {
    const grant: { id: string } = await server.db.grant.create({
      data: {
        clusterId,
        area: (['PSYCHIATRY', 'SOMATIC', 'OTHER'] as const)[g % 3]!,
        title: `Prøvebevilling ${g % 2 === 0 ? 'A' : 'B'}`,
        year: 2024,
        amountKr: g === 5 ? null : 300_000,
        hostMunicipalityId: g % 2 === 0 ? host : null,
        sourceId: g % 3 === 0 ? source.id : null,
        splitFromId: g === 5 ? previous : null,
        purpose: g === 1 ? 'Formål' : null,
        posts: g === 2 ? '1 årsværk' : null,
        changes: {
          create: [0, 1, 2].map((c) => ({
            agendaItemId: c === 2 && g === 4 ? null : items[(g + c) % items.length]!.id,
            previousAmountKr: c === 0 ? null : 100_000 * c,
            newAmountKr: 100_000 * (c + 1),
            effectiveDate: new Date(Date.UTC(2024, 0, c === 2 ? 11 : 10 + c)),
            note: c === 1 ? 'Øget' : null,
            sourceId: c === 0 ? source.id : null,
          })),
        },
        followUps: {
          create: [
            {
              clusterId,
              text: `Status ${g + 1}`,
              responsible: 'Faglig klynge',
              dueDate: new Date(Date.UTC(2025, 0, g + 1)),
            },
          ],
        },
      },
    });
    previous = grant.id;
  }
});
afterAll(async () => {
  await server.close();
});

describe("the cluster's grants in one statement", () => {
  test("the rows are Prisma's rows: every column, value type and order", async () => {
    const [rows] = await readClusterGrants(server.db, [clusterId]);
    const prisma = await server.db.grant.findMany({
      where: { clusterId },
      orderBy: [{ year: 'asc' }, { area: 'asc' }, { title: 'asc' }, { id: 'asc' }],
      include: {
        source: true,
        hostMunicipality: true,
        changes: {
          orderBy: [{ effectiveDate: 'asc' }, { id: 'asc' }],
          include: {
            source: true,
            // The statement leaves the items' long texts out; they are read when asked (next test).
            agendaItem: {
              omit: { background: true, recommendation: true, decision: true, attachments: true },
              include: { meeting: true },
            },
          },
        },
      },
    });
    expect(prisma.length).toBeGreaterThanOrEqual(10);
    expect(prisma.flatMap((g) => g.changes).length).toBeGreaterThanOrEqual(20);
    expect(rows).toEqual(prisma);
    // The dates are Dates, as Prisma's (toEqual would not tell a Date from an equal string in every case).
    const change = rows!.flatMap((g) => g.changes ?? []).find((c) => c.agendaItem)!;
    expect(change.effectiveDate).toBeInstanceOf(Date);
    expect(change.agendaItem!.meeting!.date).toBeInstanceOf(Date);
  });

  test('a grant answers the same on the cluster page as through the loaders (a follow-up points at it)', async () => {
    // Two requests: each has its own loaders, so the follow-ups' grants cannot come from the page's statement.
    const page = await server.gql<Page>(`{ clusters { id grants { ${GRANT} } } }`, {}, secretariat);
    const follow = await server.gql<Page>(`{ clusters { id followUps { grant { ${GRANT} } } } }`, {}, secretariat);
    expect(page.errors).toBeUndefined();
    expect(follow.errors).toBeUndefined();
    const cluster = page.data!.clusters.find((c) => c.id === clusterId)!;
    const followUps = follow.data!.clusters.find((c) => c.id === clusterId)!.followUps;
    const viaLoaders = new Map(followUps.flatMap((f) => (f.grant ? [[f.grant.id, f.grant] as const] : [])));
    const compared = cluster.grants.filter((g) => viaLoaders.has(g.id));
    expect(compared.length).toBeGreaterThanOrEqual(6);
    for (const grant of compared) expect(grant).toEqual(viaLoaders.get(grant.id));
    // Same-day changes in a stable order: the tie-breaker is the same on both paths.
    expect(compared.some((g) => g.changes.filter((c) => c.effectiveDate === '2024-01-11').length === 2)).toBe(true);
  });

  test('the seeded 2023 grants keep their histories, each change with its decision and meeting', async () => {
    const res = await server.gql<Page>(`{ clusters { id grants { ${GRANT} } } }`, {}, director);
    expect(res.errors).toBeUndefined();
    const grants = res.data!.clusters.flatMap((c) => c.grants);
    const breastfeeding = grants.find((g) => g.title === 'Den gode start på livet – fælles ammeindsats')!;
    expect(breastfeeding.amountKr).toBe(1_000_000);
    expect(breastfeeding.changes.map((c) => [c.effectiveDate, c.newAmountKr, c.agendaItem?.meeting.date])).toEqual([
      ['2023-01-18', 500_000, '2023-01-18'],
      ['2023-04-26', 1_000_000, '2023-04-26'],
    ]);
    expect(breastfeeding.changes.every((c) => c.source?.documentKey)).toBe(true);
  });

  test('the page query runs a fixed number of statements: the grants, changes and decisions in one', async () => {
    // What the web's cluster page asks of a grant (GrantFields): the decisions' number, title and meeting.
    const pageGrant = `id title amountKr hostMunicipality { id name } changes { id newAmountKr effectiveDate
      source { ${SOURCE} } agendaItem { id number title meeting { id date } } } source { ${SOURCE} }`;
    const { result, statements } = await server.countQueries(() =>
      server.gql(`{ clusters { grants { ${pageGrant} } } }`, {}, secretariat),
    );
    expect(result.errors).toBeUndefined();
    const data = statements.filter((sql) => !sql.includes('"Session"'));
    expect(data.filter((sql) => sql.includes('"GrantAmountChange"'))).toHaveLength(1);
    expect(data.some((sql) => sql.includes('"public"."AgendaItem"'))).toBe(false);
  });
});

describe('who reads the grants has not changed', () => {
  const GRANTS = `{ clusters { id grants { id changes { newAmountKr agendaItem { title } } } } }`;

  test('a member municipality reads them; another municipality reads no cluster; front line and anonymous are refused', async () => {
    const member = await server.gql<Page>(GRANTS, {}, director);
    expect(member.errors).toBeUndefined();
    expect(member.data!.clusters.find((c) => c.id === clusterId)!.grants.length).toBeGreaterThanOrEqual(10);
    const other = await server.gql<Page>(GRANTS, {}, outsider);
    expect(other.errors).toBeUndefined();
    expect(other.data!.clusters).toEqual([]);
    expect(codes(await server.gql(GRANTS, {}, front))).toEqual(['FORBIDDEN']);
    // An anonymous caller's cost limit is lower: the smallest question about grants.
    expect(codes(await server.gql('{ clusters { grants { id } } }', {}))).toEqual(['UNAUTHENTICATED']);
  });
});
