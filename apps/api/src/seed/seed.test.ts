// The demo seed on a real PostgreSQL: key facts of the municipality's documents, sources on every
// figure, idempotency. globalSetup has seeded the template; each run works on a fresh clone.
import { movedProjectNames } from '../../../../prisma/seed';
import { createPrisma, type Db } from '../db/prisma';
import { demoAccounts } from '../features/auth/demoAccounts';
import { seedDemo } from './seedDemo';
import { bulkInsertStatement } from './bulkInsert';
import { verifyPassword } from '../auth/password';
import { cloneTestDatabase, type TestDatabase } from '../../test/testDatabase';
import { defined } from '../../../../test/defined';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await cloneTestDatabase();
  db = createPrisma(database.url, { max: 2 });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const ishoj = () => db.municipality.findUniqueOrThrow({ where: { code: '183' } });

describe('kommunesocialgrupper (Strategi for sundhedsudvikling, tabel)', () => {
  it('has all 39 entries of the table: 29 municipalities and 10 Copenhagen districts', async () => {
    const entries = await db.municipality.findMany({ where: { socialGroup: { not: null } } });
    expect(entries).toHaveLength(39);
    expect(entries.filter((m) => m.kind === 'MUNICIPALITY')).toHaveLength(29);
    const districts = entries.filter((m) => m.kind === 'DISTRICT');
    expect(districts).toHaveLength(10);
    const kbh = await db.municipality.findUniqueOrThrow({ where: { code: '101' } });
    expect(districts.every((d) => d.parentId === kbh.id && d.code === null)).toBe(true);
  });

  it('puts Ishøj in group 4 with Albertslund, Brøndby, Høje-Taastrup, Bornholm and five districts', async () => {
    const group4 = await db.municipality.findMany({ where: { socialGroup: 4 } });
    expect(
      group4
        .filter((m) => m.kind === 'MUNICIPALITY')
        .map((m) => m.name)
        .sort(),
    ).toEqual(
      [
        'Albertslund Kommune',
        'Bornholms Regionskommune',
        'Brøndby Kommune',
        'Høje-Taastrup Kommune',
        'Ishøj Kommune',
      ].sort(),
    );
    expect(group4.filter((m) => m.kind === 'DISTRICT')).toHaveLength(5);
  });

  it('uses the official municipality codes', async () => {
    const byName = new Map((await db.municipality.findMany()).map((m) => [m.name, m.code]));
    const names = [
      'Ishøj Kommune',
      'Albertslund Kommune',
      'Brøndby Kommune',
      'Høje-Taastrup Kommune',
      'Københavns Kommune',
    ];
    expect(names.map((n) => byName.get(n))).toEqual(['183', '165', '153', '169', '101']);
  });
});

describe('themes A–G (Strategi for sundhedsudvikling 2016-2017)', () => {
  it('has themes A to G for Ishøj', async () => {
    const themes = await db.theme.findMany({ where: { municipalityId: (await ishoj()).id }, orderBy: { code: 'asc' } });
    expect(themes.map((t) => t.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  it('gives theme C 150.000 + 50.000 = 200.000 kr. for its year', async () => {
    const lines = await db.budgetLine.findMany({ where: { theme: { code: 'C' } } });
    const years = new Set(lines.map((l) => l.year));
    expect(years.size).toBe(1);
    expect(lines.map((l) => l.amountKr).sort()).toEqual([150_000, 50_000].sort());
    expect(lines.reduce((sum, l) => sum + (l.amountKr ?? 0), 0)).toBe(200_000);
    const coordinator = lines.find((l) => l.amountKr === 150_000);
    expect(coordinator?.staffHours?.toNumber()).toBe(15);
    expect(coordinator?.hoursUnit).toBe('PER_WEEK');
  });

  it("gives theme B Sund By Netværket's 30.000 kr. a year from the staff unit's budget", async () => {
    const line = await db.budgetLine.findFirstOrThrow({ where: { theme: { code: 'B' }, amountKr: { not: null } } });
    expect(line.amountKr).toBe(30_000);
    expect(line.fundingSource).toMatch(/driftsbudget/);
  });

  it('gives every theme, milestone and budget line a source', async () => {
    expect(await db.theme.count({ where: { sourceId: null } })).toBe(0);
    expect(await db.milestone.count({ where: { sourceId: null } })).toBe(0);
    expect(await db.budgetLine.count({ where: { sourceId: null } })).toBe(0);
    expect(await db.budgetLine.count()).toBeGreaterThan(0);
  });
});

describe('organisation', () => {
  it('places the staff unit under the directorate and chairs the health forum with its head', async () => {
    const staff = await db.orgUnit.findFirstOrThrow({ where: { name: 'Sundhedsstaben' }, include: { parent: true } });
    expect(staff.parent?.name).toBe('Direktøren for Velfærd og Undervisning');
    expect(staff.description).toMatch(/Stabsenhed for Sundhedsudvikling/);
    const forum = await db.body.findFirstOrThrow({ where: { name: 'Sundhedsforum' }, include: { members: true } });
    expect(forum.members.find((m) => m.role === 'CHAIR')?.orgUnitId).toBe(staff.id);
    expect(forum.members.filter((m) => m.role === 'MEMBER')).toHaveLength(6);
  });

  it("holds Region Syddanmark's structure as bodies owned by the region", async () => {
    const bodies = await db.body.findMany({ where: { region: { name: 'Region Syddanmark' } } });
    expect(bodies.map((b) => b.name)).toEqual(
      expect.arrayContaining([
        'KKR Syddanmark',
        'Sundhedsdirektørforum',
        'Forretningsudvalget for Sundhedsdirektørforum',
        'Sundhedssamarbejdsudvalget',
      ]),
    );
    expect(bodies.every((b) => b.municipalityId === null && b.clusterId === null)).toBe(true);
  });
});

describe('the seven projects moved to the centres in 2017', () => {
  it('each has two ownership rows: the staff unit until 1.1.2017, then a centre', async () => {
    expect(movedProjectNames).toHaveLength(7);
    const moved = await db.project.findMany({
      where: { name: { in: movedProjectNames } },
      include: { ownership: { include: { orgUnit: true }, orderBy: { toDate: { sort: 'asc', nulls: 'last' } } } },
    });
    expect(moved).toHaveLength(7);
    for (const p of moved) {
      expect(p.ownership).toHaveLength(2);
      const [before, after] = p.ownership;
      if (!before || !after) throw new Error(`${p.name} has ${p.ownership.length} ownership periods`);
      expect(before.orgUnit.name).toBe('Sundhedsstaben');
      expect(before.toDate?.toISOString().slice(0, 10)).toBe('2017-01-01');
      expect(after.fromDate?.toISOString().slice(0, 10)).toBe('2017-01-01');
      expect(after.orgUnit.kind).toBe('CENTRE');
      expect(p.ownerUnitId).toBe(after.orgUnitId);
      expect(after.sourceId).not.toBeNull();
    }
  });
});

describe('Politisk Sundhedsklynge Syd', () => {
  it('has the member organisations, with the region and Ishøj as co-chairs', async () => {
    const members = await db.clusterMember.findMany({ where: { cluster: { name: 'Politisk Sundhedsklynge Syd' } } });
    expect(members.filter((m) => m.kind === 'MUNICIPALITY')).toHaveLength(11);
    expect(members.map((m) => m.kind)).toEqual(expect.arrayContaining(['REGION', 'GENERAL_PRACTICE', 'HOSPITAL']));
    const coChairs = members.filter((m) => m.role === 'CO_CHAIR');
    expect(coChairs.map((m) => m.representedBy?.split(' ')[0]).sort()).toEqual(['borgmester', 'regionsrådsformand']);
  });

  it('raised the breastfeeding grant from 500.000 to 1.000.000 kr. by item 3 of 26.4.2023', async () => {
    const grant = await db.grant.findFirstOrThrow({
      where: { title: { startsWith: 'Den gode start på livet' } },
      include: {
        changes: { orderBy: { effectiveDate: 'asc' }, include: { agendaItem: { include: { meeting: true } } } },
      },
    });
    expect(grant.amountKr).toBe(1_000_000);
    expect(grant.changes.map((c) => [c.previousAmountKr, c.newAmountKr])).toEqual([
      [null, 500_000],
      [500_000, 1_000_000],
    ]);
    const raise = defined(grant.changes[1], 'the second grant change');
    expect(raise.agendaItem?.number).toBe(3);
    expect(raise.agendaItem?.meeting.date.toISOString().slice(0, 10)).toBe('2023-04-26');
    expect(raise.agendaItem?.decision).toMatch(/500\.000 kr\. til 1 mio\. kr\./);
  });

  it('funds psychiatry with 1 mio. kr. each for children/youth and adults, and leaves an unknown amount null', async () => {
    const grants = await db.grant.findMany({ where: { year: 2023 } });
    const psychiatry = grants.filter((g) => g.area === 'PSYCHIATRY');
    expect(psychiatry.map((g) => g.amountKr)).toEqual([1_000_000, 1_000_000]);
    expect(grants.find((g) => g.title.startsWith('Tværsektoriel indsats om overvægt'))?.amountKr).toBe(2_000_000);
    expect(grants.find((g) => g.title.startsWith('Den gode overgang'))?.amountKr).toBeNull();
  });

  it('gives every grant and grant change a source', async () => {
    expect(await db.grant.count()).toBe(5);
    expect(await db.grant.count({ where: { sourceId: null } })).toBe(0);
    expect(await db.grantAmountChange.count({ where: { sourceId: null } })).toBe(0);
  });

  it('holds 18.1.2023 as a meeting whose one known decision every January amount points at', async () => {
    const january = await db.clusterMeeting.findFirstOrThrow({
      where: { date: new Date('2023-01-18') },
      include: { agendaItems: { include: { grantChanges: true } } },
    });
    expect(january.minutesPublishedAt).toBeNull();
    expect(january.agendaItems).toHaveLength(1);
    expect(january.agendaItems[0]!.grantChanges.map((c) => c.newAmountKr)).toEqual(
      expect.arrayContaining([500_000, 1_000_000, null]),
    );
    expect(january.agendaItems[0]!.grantChanges).toHaveLength(3);
    expect(await db.grantAmountChange.count({ where: { agendaItemId: null } })).toBe(0);
    const obesity = await db.grant.findFirstOrThrow({ where: { title: 'Tværsektoriel indsats om overvægt' } });
    expect(obesity.advancedFromYear).toBe(2024);
  });

  it('has the November 2023 status as a follow-up point of each 26.4.2023 decision, open as the documents leave it', async () => {
    const status = await db.followUp.findMany({
      where: { dueDate: new Date('2023-11-30') },
      include: { agendaItem: { include: { meeting: true } } },
    });
    expect(status.map((f) => f.agendaItem?.number).sort()).toEqual([2, 3]);
    expect(status.every((f) => f.status === 'OPEN' && f.sourceId && f.note?.includes('kun måneden'))).toBe(true);
    expect(await db.followUp.count()).toBe(6);
  });

  it('seeds the reform only as far as sources confirm it: Region Østdanmark from 1.1.2027, the sundhedsråd with its own members', async () => {
    const hovedstaden = await db.region.findUniqueOrThrow({ where: { code: '1084' }, include: { successor: true } });
    expect(hovedstaden.validTo?.toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(hovedstaden.successor?.name).toBe('Region Østdanmark');
    expect(hovedstaden.successor?.validFrom?.toISOString().slice(0, 10)).toBe('2027-01-01');
    const raad = await db.cluster.findUniqueOrThrow({
      where: { name: 'Sundhedsråd Amager og Vestegnen' },
      include: { members: true, predecessors: true, source: true },
    });
    expect(raad.kind).toBe('HEALTH_COUNCIL');
    expect(raad.validFrom?.toISOString().slice(0, 10)).toBe('2026-01-19');
    expect(raad.predecessors.map((p) => p.name)).toEqual(['Politisk Sundhedsklynge Syd']);
    expect(raad.members.filter((m) => m.kind === 'MUNICIPALITY')).toHaveLength(9);
    expect(raad.members.map((m) => m.name)).not.toContain('Rødovre Kommune');
    expect(raad.source?.url).toMatch(/^https:\/\/via\.ritzau\.dk\//);
    // The cluster's last day is not confirmed by a source: left open.
    expect((await db.cluster.findUniqueOrThrow({ where: { name: 'Politisk Sundhedsklynge Syd' } })).validTo).toBeNull();
  });

  it('stores no personal names from the agenda', async () => {
    const texts = [
      ...(await db.bodyMember.findMany()).map((m) => `${m.function} ${m.organisationName}`),
      ...(await db.clusterMember.findMany()).map((m) => `${m.representedBy}`),
    ].join('\n');
    for (const name of ['Gaardhøj', 'Amdisen', 'Wohlenberg', 'Hjortskov']) expect(texts).not.toContain(name);
  });
});

describe('bulk insert', () => {
  it('chains tables as CTEs, parents first, one JSON parameter per non-empty table', () => {
    const { sql, params } = bulkInsertStatement([
      { table: 'Region', rows: [{ id: 'r', code: 'X', name: 'Testregion' }] },
      { table: 'Cluster', rows: [] },
      { table: 'Municipality', rows: [{ id: 'm', name: 'Testkommune', regionId: 'r' }] },
    ]);
    expect(sql).toMatch(/^WITH i0 AS \(INSERT INTO "Region" \("id", "code", "name"\)/);
    expect(sql).toMatch(/\nINSERT INTO "Municipality" \("id", "name", "regionId"\) SELECT .* \$2::json\)$/);
    expect(params).toHaveLength(2);
    expect(bulkInsertStatement([{ table: 'Cluster', rows: [] }]).sql).toBe('');
  });

  it('leaves database defaults to columns the rows do not carry', async () => {
    const users = await db.staffUser.findMany();
    expect(users.every((u) => u.createdAt instanceof Date)).toBe(true);
  });
});

describe('demo accounts and idempotency', () => {
  it('has one account per role with the demo password', async () => {
    const users = await db.staffUser.findMany({ orderBy: { email: 'asc' } });
    expect(users.map((u) => u.role).sort()).toEqual(demoAccounts.map((a) => a.role).sort());
    expect(users.find((u) => u.role === 'klyngesekretariat')?.clusterId).not.toBeNull();
    const home = (await ishoj()).id;
    expect(users.filter((u) => u.role !== 'klyngesekretariat').every((u) => u.municipalityId === home)).toBe(true);
    expect(await verifyPassword('demo1234', defined(users[0], 'a staff user').passwordHash)).toBe(true);
  });

  it('changes nothing when run again', async () => {
    const tables = [
      () => db.source.count(),
      () => db.municipality.count(),
      () => db.orgUnit.count(),
      () => db.body.count(),
      () => db.bodyMember.count(),
      () => db.theme.count(),
      () => db.budgetLine.count(),
      () => db.projectOwnership.count(),
      () => db.grantAmountChange.count(),
      () => db.staffUser.count(),
    ];
    const before = await Promise.all(tables.map((count) => count()));
    const users = await db.staffUser.findMany({ select: { id: true, passwordHash: true }, orderBy: { id: 'asc' } });
    await seedDemo(db, { demoUsers: true });
    expect(await Promise.all(tables.map((count) => count()))).toEqual(before);
    expect(await db.staffUser.findMany({ select: { id: true, passwordHash: true }, orderBy: { id: 'asc' } })).toEqual(
      users,
    );
  });
});
