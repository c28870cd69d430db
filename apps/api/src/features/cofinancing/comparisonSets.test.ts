// The named comparison sets (issue 13, ADR 046): seeded "Vestegnen" (the Vestegnssamarbejde's municipalities
// without Ishøj) and the sundhedsråd's nine; the staff unit changes them against the version read (a stale
// save is CONFLICT with the stored values), input is checked with Danish messages naming the field, the
// director reads only, front-line workers see nothing.
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
});
afterAll(async () => {
  await server.close();
});

type SetRow = {
  id: string;
  name: string;
  note: string | null;
  members: string[];
  memberCodes: string[];
  version: number;
};
const LIST = '{ cofinancingComparisonSets { id name note members memberCodes version } }';
const SAVE = `mutation ($input: CofinancingComparisonSetInput!) {
  saveCofinancingComparisonSet(input: $input) { id name note members memberCodes version } }`;

async function sets(cookie = staff) {
  const { data, errors } = await server.gql<{ cofinancingComparisonSets: SetRow[] }>(LIST, {}, cookie);
  expect(errors).toBeUndefined();
  return data!.cofinancingComparisonSets;
}

test('the seeded sets: Vestegnen as the Vestegnssamarbejde without Ishøj, and the sundhedsråd', async () => {
  const [raad, vest] = await sets(director);
  expect(vest!.name).toBe('Vestegnen');
  expect(vest!.memberCodes.sort()).toEqual(['153', '161', '165', '167', '169', '175', '187']);
  expect(vest!.note).toContain('Vestegnssamarbejdets kommuner');
  expect(raad!.name).toBe('Sundhedsråd Amager og Vestegnen');
  expect(raad!.members).toHaveLength(9);
});

test('a change is saved with a new version; a stale one is CONFLICT carrying the stored values', async () => {
  const vest = (await sets()).find((s) => s.name === 'Vestegnen')!;
  const input = {
    id: vest.id,
    version: vest.version,
    name: 'Vestegnen',
    note: 'Uden Rødovre',
    memberCodes: ['165', '153'],
  };
  const saved = await server.gql<{ saveCofinancingComparisonSet: SetRow }>(SAVE, { input }, staff);
  expect(saved.errors).toBeUndefined();
  expect(saved.data!.saveCofinancingComparisonSet).toMatchObject({
    version: vest.version + 1,
    members: ['Albertslund Kommune', 'Brøndby Kommune'],
    note: 'Uden Rødovre',
  });
  const stale = await server.gql(SAVE, { input: { ...input, note: 'Min ændring' } }, staff);
  expect(stale.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    currentVersion: vest.version + 1,
    current: { name: 'Vestegnen', note: 'Uden Rødovre', memberCodes: ['165', '153'] },
  });
  expect(stale.errors?.[0]?.message).toBe(
    'Sammenligningsgruppen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
  );
  expect((await sets()).find((s) => s.id === vest.id)!.note).toBe('Uden Rødovre');
});

test('bad input is refused in Danish naming the field, and nothing is stored', async () => {
  const before = await sets();
  const bad = async (input: Record<string, unknown>) => {
    const { errors } = await server.gql(SAVE, { input }, staff);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return JSON.stringify(errors);
  };
  expect(await bad({ name: ' ', memberCodes: ['165'] })).toContain('Navn skal udfyldes');
  expect(await bad({ name: 'Ny', memberCodes: [] })).toContain('Kommuner: vælg mindst én kommune');
  expect(await bad({ name: 'Ny', memberCodes: ['999'] })).toContain('Kommuner:');
  expect(await bad({ name: 'vestegnen', memberCodes: ['165'] })).toContain(
    'Navn: der er allerede en sammenligningsgruppe med navnet',
  );
  expect(await sets()).toEqual(before);
});

test('the staff unit adds a set; the director may not change sets; front-line workers see none', async () => {
  const added = await server.gql<{ saveCofinancingComparisonSet: SetRow }>(
    SAVE,
    { input: { name: 'Kommunesocialgruppe 4 uden Bornholm', memberCodes: ['165', '153', '169'] } },
    staff,
  );
  expect(added.data!.saveCofinancingComparisonSet).toMatchObject({ version: 1, memberCodes: ['165', '153', '169'] });
  const denied = await server.gql(SAVE, { input: { name: 'X', memberCodes: ['165'] } }, director);
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const front = await server.signIn(demoEmail('frontmedarbejder'));
  const hidden = await server.gql(LIST, {}, front);
  expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
