// The offer catalogue's maintenance through GraphQL: create, edit, pause, end with history; validation
// in Danish with nothing saved; access per role; the public view.
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';
import { defined } from '../../../../../test/defined';

let server: TestServer;
let staff: string;
let front: string;
let director: string;
let unitId: string;

beforeAll(async () => {
  server = await startTestServer();
  [staff, front, director] = await Promise.all([
    server.signIn(demoEmail('sundhedsstab')),
    server.signIn(demoEmail('frontmedarbejder')),
    server.signIn(demoEmail('direktoer')),
  ]);
  unitId = (await server.db.orgUnit.findFirstOrThrow({ where: { name: 'Center for Ældre og Rehabilitering' } })).id;
});
afterAll(() => server.close());

const FIELDS = `id name status alert shortDescription minAge maxAge targetGroups accessRoutes professionalPhone intakeNotes tellCitizen
  assuredAt sendCount needCategories { code label } ownerUnit { name } locations { name postalCode } schedules { kind weekday opensAt locationName }`;
const create = `mutation($i: OfferInput!) { createOffer(input: $i) { ${FIELDS} } }`;
const update = `mutation($id: ID!, $v: Int!, $i: OfferInput!) { updateOffer(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const setStatus = `mutation($id: ID!, $v: Int!, $s: OfferStatus!, $a: String) { setOfferStatus(id: $id, version: $v, status: $s, alert: $a) { id status alert } }`;
/** The stored version: these tests edit from the current state (ADR 016; conflicts in concurrentEdits.test.ts). */
const version = async (id: string) => (await server.db.offer.findUniqueOrThrow({ where: { id } })).version;
const changes = `query($id: ID!) { offer(id: $id) { changes { action field oldValue newValue userName changedAt } } }`;

export const validOffer = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  shortDescription: 'Hold for borgere, der vil stoppe med at ryge.',
  description: 'Seks mødegange i en lille gruppe med en rygestoprådgiver.',
  ownerUnitId: unitId,
  contactName: 'Rygestoprådgiveren',
  contactPhone: '43 57 70 00',
  accessRoutes: ['SELF_REFERRAL'],
  needCategories: ['rygning', 'c203c6b5-3be0-40a8-8204-e93751deabf5'],
  targetGroups: ['voksne'],
  minAge: 18,
  languages: ['da'],
  professionalPhone: '43 57 70 01',
  intakeNotes: 'Spørg til nikotinafhængighed.',
  locations: [{ name: 'Sundhedshuset', address: 'Vejlebrovej 1', postalCode: '2635', city: 'Ishøj' }],
  schedules: [{ kind: 'RECURRING', weekday: 2, opensAt: '16:00', closesAt: '17:30', locationName: 'Sundhedshuset' }],
  ...over,
});

test('the staff unit creates, edits, pauses and ends an offer; each change is in the history', async () => {
  const created = await server.gql<{
    createOffer: {
      id: string;
      status: string;
      needCategories: { label: string }[];
      schedules: { locationName: string }[];
    };
  }>(create, { i: validOffer('Rygestop på tirsdage') }, staff);
  expect(created.errors).toBeUndefined();
  const offer = created.data!.createOffer;
  expect(offer.status).toBe('ACTIVE');
  expect(offer.needCategories.map((c) => c.label)).toEqual(['Rygning', 'Tobaksafvænning']);
  expect(offer.schedules[0]?.locationName).toBe('Sundhedshuset');

  const edited = await server.gql<{
    updateOffer: { minAge: number; shortDescription: string; assuredAt: string | null };
  }>(
    update,
    {
      id: offer.id,
      v: await version(offer.id),
      i: { minAge: 16, shortDescription: 'Hold for unge og voksne, der vil stoppe med at ryge.' },
    },
    staff,
  );
  expect(edited.errors).toBeUndefined();
  expect(edited.data!.updateOffer).toMatchObject({ minAge: 16, assuredAt: null });

  const paused = await server.gql(
    setStatus,
    { id: offer.id, v: await version(offer.id), s: 'TEMPORARILY_CLOSED', a: 'Holder sommerferie i juli.' },
    staff,
  );
  expect(paused.data).toEqual({
    setOfferStatus: { id: offer.id, status: 'TEMPORARILY_CLOSED', alert: 'Holder sommerferie i juli.' },
  });
  const ended = await server.gql(setStatus, { id: offer.id, v: await version(offer.id), s: 'ENDED' }, staff);
  expect(ended.data).toEqual({ setOfferStatus: { id: offer.id, status: 'ENDED', alert: null } });

  const history = await server.gql<{
    offer: {
      changes: { action: string; field: string; oldValue: string | null; newValue: string; userName: string }[];
    };
  }>(changes, { id: offer.id }, staff);
  const rows = history.data!.offer.changes;
  const row = (action: string, field: string) => rows.filter((r) => r.action === action && r.field === field);
  expect(row('CREATE', 'name')).toEqual([
    expect.objectContaining({ oldValue: null, newValue: '"Rygestop på tirsdage"', userName: 'Demo Sundhedskonsulent' }),
  ]);
  expect(row('CREATE', 'locations')).toHaveLength(1);
  expect(row('UPDATE', 'minAge')).toEqual([expect.objectContaining({ oldValue: '18', newValue: '16' })]);
  expect(row('UPDATE', 'shortDescription')).toHaveLength(1);
  expect(rows.filter((r) => r.action === 'UPDATE')).toHaveLength(2); // nothing else changed
  expect(row('STATUS', 'status').map((r) => [r.oldValue, r.newValue])).toEqual(
    expect.arrayContaining([
      ['"ACTIVE"', '"TEMPORARILY_CLOSED"'],
      ['"TEMPORARILY_CLOSED"', '"ENDED"'],
    ]),
  );
  expect(row('STATUS', 'alert').map((r) => r.newValue)).toEqual(
    expect.arrayContaining(['"Holder sommerferie i juli."', null]),
  );
});

test('languages: unknown codes are named in Danish, Danish names are stored as codes; a price names its ceiling', async () => {
  const bad = await server.gql(
    create,
    { i: validOffer('Sprog og pris', { languages: ['da', 'xx'], costKr: 1234567 }) },
    staff,
  );
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0]?.extensions?.fields).toEqual([
    {
      path: 'input.costKr',
      message: 'Pris må højst være 1.000.000 kr.',
    },
    {
      path: 'input.languages',
      message:
        'Sprog skal være kendte sprog: »xx« kendes ikke. Skriv sprogkoder som da, en, ar eller sprogets danske navn (fx dansk, engelsk)',
    },
  ]);
  const ok = await server.gql<{ createOffer: { languages: string[]; costKr: number } }>(
    `mutation($i: OfferInput!) { createOffer(input: $i) { languages costKr } }`,
    { i: validOffer('Sprog og pris', { languages: ['dansk', 'Engelsk', 'da'], costKr: 1_000_000 }) },
    staff,
  );
  expect(ok.errors).toBeUndefined();
  expect(ok.data?.createOffer).toEqual({ languages: ['da', 'en'], costKr: 1_000_000 });
});

test('an invalid offer is refused with a Danish message per field, and nothing is saved', async () => {
  const before = [await server.db.offer.count(), await server.db.offerChange.count()];
  const res = await server.gql(
    create,
    {
      i: {
        name: ' ',
        shortDescription: '',
        description: 'x',
        ownerUnitId: 'ukendt-enhed',
        accessRoutes: [],
        needCategories: [],
        targetGroups: [],
        minAge: 130,
        bookingUrl: 'www.ishoj.dk',
        contactEmail: 'ikke-en-adresse',
      },
    },
    staff,
  );
  const error = res.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error?.extensions?.fields).toEqual(
    expect.arrayContaining([
      { path: 'input.name', message: 'Navn skal udfyldes' },
      { path: 'input.shortDescription', message: 'Kort beskrivelse skal udfyldes' },
      { path: 'input.ownerUnitId', message: 'Ejer skal være en enhed i kommunen' },
      { path: 'input.accessRoutes', message: 'Adgang skal vælges (mindst én)' },
      { path: 'input.needCategories', message: 'Behovskategori skal vælges (mindst én)' },
      { path: 'input.minAge', message: 'Alder fra skal være en alder mellem 0 og 120 år' },
      {
        path: 'input.bookingUrl',
        message: 'Tilmeldingslink skal være et link, der begynder med http:// eller https://',
      },
      { path: 'input.contactEmail', message: 'Kontaktpersonens e-mail skal være en gyldig e-mailadresse' },
      { path: 'input.contactName', message: 'Kontaktperson skal udfyldes' },
    ]),
  );
  expect(error?.message).toMatch(/^Oplysningerne er ikke gyldige\./);
  expect([await server.db.offer.count(), await server.db.offerChange.count()]).toEqual(before);
});

test('target group or age, contact e-mail or phone, and min ≤ max are required together', async () => {
  const res = await server.gql(
    create,
    {
      i: validOffer('Uden målgruppe', {
        targetGroups: [],
        minAge: 40,
        maxAge: 30,
        contactPhone: null,
        needCategories: ['hygge'],
      }),
    },
    staff,
  );
  expect(res.errors?.[0]?.extensions?.fields).toEqual(
    expect.arrayContaining([
      { path: 'input.maxAge', message: 'Alder til må ikke være lavere end alder fra' },
      { path: 'input.contactEmail', message: 'Kontaktpersonens e-mail eller telefon skal udfyldes' },
      { path: 'input.needCategories', message: 'Behovskategori skal være en kendt behovskategori' },
    ]),
  );
  const noAge = await server.gql(
    create,
    { i: validOffer('Uden målgruppe', { targetGroups: [], minAge: null }) },
    staff,
  );
  expect(noAge.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'input.targetGroups', message: 'Målgruppe skal udfyldes, eller angiv en alder (fra og/eller til)' },
  ]);
  expect(await server.db.offer.count({ where: { name: 'Uden målgruppe' } })).toBe(0);
});

test('an edit that breaks a rule is refused and changes nothing', async () => {
  const { data } = await server.gql<{ createOffer: { id: string } }>(
    create,
    { i: validOffer('Kostvejledning i grupper') },
    staff,
  );
  const id = data!.createOffer.id;
  const res = await server.gql(update, { id, v: await version(id), i: { name: '', maxAge: 10 } }, staff);
  expect(res.errors?.[0]?.extensions?.fields).toEqual(
    expect.arrayContaining([
      { path: 'input.name', message: 'Navn skal udfyldes' },
      { path: 'input.maxAge', message: 'Alder til må ikke være lavere end alder fra' },
    ]),
  );
  const stored = await server.db.offer.findUniqueOrThrow({ where: { id } });
  expect(stored).toMatchObject({ name: 'Kostvejledning i grupper', maxAge: null });
  expect(await server.db.offerChange.count({ where: { offerId: id, action: 'UPDATE' } })).toBe(0);
  const dup = await server.gql(update, { id, v: await version(id), i: { name: 'Rygestop på tirsdage' } }, staff);
  expect(dup.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'input.name', message: 'Navn findes allerede på et andet tilbud' },
  ]);
});

test('an edit checks the references it changes (owner, themes, projects) and only those', async () => {
  const { data } = await server.gql<{ createOffer: { id: string } }>(
    create,
    { i: validOffer('Henvisning til kostvejleder') },
    staff,
  );
  const id = data!.createOffer.id;
  const other = await server.db.municipality.findFirstOrThrow({ where: { name: { not: 'Ishøj Kommune' } } });
  const elsewhere = await server.db.orgUnit.create({
    data: {
      municipalityId: other.id,
      name: 'Enhed i nabokommunen',
      kind: (await server.db.orgUnit.findFirstOrThrow()).kind,
    },
  });
  const bad = await server.gql(
    update,
    { id, v: await version(id), i: { ownerUnitId: elsewhere.id, themeIds: ['ukendt-tema'] } },
    staff,
  );
  expect(bad.errors?.[0]?.extensions?.fields).toEqual(
    expect.arrayContaining([
      { path: 'input.ownerUnitId', message: 'Ejer skal være en enhed i kommunen' },
      { path: 'input.themeIds', message: expect.any(String) },
    ]),
  );
  // A change of a field that is no reference reads none of them.
  const v = await version(id);
  const notes = await server.countQueries(() =>
    server.gql(
      'mutation($id: ID!, $v: Int!, $i: OfferInput!) { updateOffer(id: $id, version: $v, input: $i) { id version } }',
      { id, v, i: { intakeNotes: 'Ring først' } },
      staff,
    ),
  );
  expect(notes.result.errors).toBeUndefined();
  const tables = notes.statements.map((q) => /FROM\s+"public"\."(\w+)"/.exec(q)?.[1]);
  expect(tables).not.toContain('OrgUnit');
  expect(tables).not.toContain('Theme');
  expect(notes.statements.some((q) => /"Offer"\."name" = \$/.test(q))).toBe(false); // no namesake look-up
});

test('only assureOffers sets assuredAt, in bulk, with a history row each', async () => {
  const ids: string[] = [];
  for (const name of ['Bekræft A', 'Bekræft B']) {
    const { data } = await server.gql<{ createOffer: { id: string; assuredAt: string | null } }>(
      create,
      { i: validOffer(name) },
      staff,
    );
    expect(data!.createOffer.assuredAt).toBeNull();
    ids.push(data!.createOffer.id);
  }
  const first = defined(ids[0], 'a created offer');
  // An edit, even one that names assuredAt, does not confirm.
  const sneaky = await server.gql(
    update,
    { id: first, v: await version(first), i: { assuredAt: '2030-01-01T00:00:00Z' } },
    staff,
  );
  expect(sneaky.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  await server.gql(update, { id: first, v: await version(first), i: { alert: 'Nyt hold i marts' } }, staff);
  expect((await server.db.offer.findUniqueOrThrow({ where: { id: ids[0] } })).assuredAt).toBeNull();

  const res = await server.gql<{ assureOffers: { id: string; assuredAt: string; assuredByName: string }[] }>(
    'mutation($ids: [ID!]!, $vs: [Int!]!) { assureOffers(ids: $ids, versions: $vs) { id assuredAt assuredByName } }',
    { ids, vs: await Promise.all(ids.map(version)) },
    staff,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.assureOffers.map((o) => o.id)).toEqual(ids);
  for (const o of res.data!.assureOffers) {
    expect(Date.now() - Date.parse(o.assuredAt)).toBeLessThan(60_000);
    expect(o.assuredByName).toBe('Demo Sundhedskonsulent');
  }
  expect(
    await server.db.offerChange.count({ where: { offerId: { in: ids }, action: 'ASSURE', field: 'assuredAt' } }),
  ).toBe(2);

  const unknown = await server.gql(
    'mutation($ids: [ID!]!) { assureOffers(ids: $ids, versions: [2, 1]) { id } }',
    { ids: [ids[0], 'findes-ikke'] },
    staff,
  );
  expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const forbidden = await server.gql(
    'mutation($ids: [ID!]!) { assureOffers(ids: $ids, versions: [1, 1]) { id } }',
    { ids },
    front,
  );
  expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('a front-line worker reads, reports and sends, but may not edit', async () => {
  const { data } = await server.gql<{ createOffer: { id: string } }>(
    create,
    { i: validOffer('Motion for seniorer', { minAge: 65 }) },
    staff,
  );
  const id = data!.createOffer.id;
  const read = await server.gql<{ offer: { name: string; intakeNotes: string; changes: unknown[] } }>(
    'query($id: ID!) { offer(id: $id) { name intakeNotes changes { id } } }',
    { id },
    front,
  );
  expect(read.data!.offer).toEqual({
    name: 'Motion for seniorer',
    intakeNotes: 'Spørg til nikotinafhængighed.',
    changes: [],
  });
  for (const [query, vars] of [
    [update, { id, v: 1, i: { name: 'Ændret' } }],
    [create, { i: validOffer('Frontens tilbud') }],
    [setStatus, { id, v: 1, s: 'ENDED' }],
  ] as const) {
    const res = await server.gql(query, vars, front);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  const list = await server.gql('{ offers { id } }', undefined, front);
  expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const report = await server.gql<{ reportOfferError: { status: string } }>(
    'mutation($id: ID!) { reportOfferError(offerId: $id, message: "Holdet er flyttet til onsdag.") { status } }',
    { id },
    front,
  );
  expect(report.data?.reportOfferError.status).toBe('OPEN');
  const sent = await server.gql<{ sendOfferToCitizen: { sent: boolean; via: string; sendCount: number } }>(
    'mutation($id: ID!) { sendOfferToCitizen(offerId: $id, email: "borger@example.com") { sent via sendCount } }',
    { id },
    front,
  );
  expect(sent.data?.sendOfferToCitizen).toEqual({ sent: true, via: 'outbox', sendCount: 1 });
  expect((await server.db.offer.findUniqueOrThrow({ where: { id } })).name).toBe('Motion for seniorer');
});

test('the director reads offers and lists but gets no history and may not edit', async () => {
  const list = await server.gql<{ offers: { name: string; changes: unknown[] }[] }>(
    '{ offers(status: ACTIVE) { name changes { id } } }',
    undefined,
    director,
  );
  expect(list.errors).toBeUndefined();
  expect(list.data!.offers.length).toBeGreaterThan(0);
  expect(list.data!.offers.every((o) => o.changes.length === 0)).toBe(true);
  const res = await server.gql(create, { i: validOffer('Direktørens tilbud') }, director);
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('unknown offer ids give null, and offers are filtered by owner', async () => {
  const res = await server.gql('{ offer(id: "findes-ikke") { id } }', undefined, staff);
  expect(res.data).toEqual({ offer: null });
  const byOwner = await server.gql<{ offers: { ownerUnit: { name: string } }[] }>(
    'query($u: ID) { offers(ownerUnitId: $u) { ownerUnit { name } } }',
    { u: unitId },
    staff,
  );
  expect(byOwner.data!.offers.length).toBeGreaterThan(0);
  expect(new Set(byOwner.data!.offers.map((o) => o.ownerUnit.name))).toEqual(
    new Set(['Center for Ældre og Rehabilitering']),
  );
});

describe('the public page', () => {
  const publicQuery = `query($id: ID!) { publicOffer(id: $id) { id name contactPhone professionalPhone intakeNotes tellCitizen changes { id } themes { id } assuredByName } }`;

  test('shows an active offer without its professional-only fields, signed in or not', async () => {
    const { data } = await server.gql<{ createOffer: { id: string } }>(
      create,
      { i: validOffer('Offentligt tilbud', { tellCitizen: 'Sig, at der er kaffe.' }) },
      staff,
    );
    const id = data!.createOffer.id;
    for (const cookie of [undefined, staff]) {
      const res = await server.gql<{ publicOffer: Record<string, unknown> }>(publicQuery, { id }, cookie);
      expect(res.errors).toBeUndefined();
      expect(res.data!.publicOffer).toEqual({
        id,
        name: 'Offentligt tilbud',
        contactPhone: '43 57 70 00',
        professionalPhone: null,
        intakeNotes: null,
        tellCitizen: null,
        changes: [],
        themes: [],
        assuredByName: null,
      });
    }
  });

  test('hides offers that are not active and unknown ids', async () => {
    const { data } = await server.gql<{ createOffer: { id: string } }>(
      create,
      { i: validOffer('Snart lukket') },
      staff,
    );
    const id = data!.createOffer.id;
    await server.gql(setStatus, { id, v: await version(id), s: 'TEMPORARILY_CLOSED' }, staff);
    expect((await server.gql(publicQuery, { id })).data).toEqual({ publicOffer: null });
    expect((await server.gql(publicQuery, { id: 'findes-ikke' })).data).toEqual({ publicOffer: null });
  });

  test('anonymous callers cannot read staff queries', async () => {
    const res = await server.gql('{ offers { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('need categories are public: KRAMS and the 15 FSIII interventions', async () => {
    const res = await server.gql<{ needCategories: { code: string; label: string; system: string }[] }>(
      '{ needCategories { code label system } }',
    );
    const cats = res.data!.needCategories;
    expect(cats.filter((c) => c.system === 'FSIII')).toHaveLength(15);
    expect(cats.filter((c) => c.system === 'KRAMS').map((c) => c.code)).toEqual([
      'kost',
      'rygning',
      'alkohol',
      'motion',
      'søvn',
      'stress',
      'sociale-relationer',
    ]);
    expect(cats).toContainEqual({
      code: 'c203c6b5-3be0-40a8-8204-e93751deabf5',
      label: 'Tobaksafvænning',
      system: 'FSIII',
    });
  });
});
