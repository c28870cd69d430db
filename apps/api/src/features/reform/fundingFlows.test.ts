// The money flows after co-financing (issue 13 item 5, ADR 069) through the real API on real PostgreSQL:
// the seeded flows with their sources, who reads and who edits, Danish field messages, versions and
// history, and no amount or rule without a source.
import { demoEmail, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let front: string;
let secretariat: string;

interface Flow {
  id: string;
  name: string;
  status: string;
  statusLabel: string;
  partiesLabel: string;
  validFrom: string | null;
  validTo: string | null;
  amountOrRule: string | null;
  replacesCofinancing: boolean;
  version: number;
  source: { title: string; url: string | null } | null;
}

const LIST = `{ fundingFlows { id name status statusLabel partiesLabel validFrom validTo amountOrRule
  replacesCofinancing version source { title url } } }`;
const SAVE = `mutation($id: ID, $i: FundingFlowInput!, $v: Int) { saveFundingFlow(id: $id, input: $i, version: $v) {
  id name status statusLabel validFrom validTo amountOrRule version source { title url } } }`;

const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
const fields = (res: GraphQLResponse<unknown>) =>
  (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.path}: ${f.message}`);

const input = () => ({
  name: 'Testpengestrøm',
  payerKind: 'REGION',
  recipientKind: 'MUNICIPALITY',
  validFrom: '1.1.2029',
  status: 'NOT_KNOWN',
  known: 'Nævnt i en testkilde; mekanikken er ikke kendt.',
  source: { title: 'Testkilde', url: 'https://example.org/kilde' },
});

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  front = await server.signIn(demoEmail('frontmedarbejder'));
  secretariat = await server.signIn(demoEmail('klyngesekretariat'));
});
afterAll(() => server.close());

test('the seeded flows carry their sources and no amount or rule (none was found)', async () => {
  const res = await server.gql<{ fundingFlows: Flow[] }>(LIST, {}, staff);
  expect(res.errors).toBeUndefined();
  const flows = res.data!.fundingFlows;
  expect(flows.length).toBeGreaterThan(0);
  for (const f of flows) {
    expect(f.source?.url).toMatch(/^https:\/\//);
    expect(f.amountOrRule).toBeNull();
  }
  expect(flows.find((f) => f.replacesCofinancing)).toMatchObject({
    validFrom: '2027-01-01',
    validTo: '2028-12-31',
    statusLabel: 'Aftalt; lovgrundlag ikke bekræftet',
    partiesLabel: 'Kommune → Region',
  });
  expect(flows.find((f) => f.name === 'Sundhedsrådets økonomiske ramme')).toMatchObject({ statusLabel: 'Ikke kendt' });
});

test('the staff unit and the director read the flows; front-line workers and others none; only the staff unit saves', async () => {
  expect((await server.gql<{ fundingFlows: Flow[] }>(LIST, {}, director)).errors).toBeUndefined();
  for (const cookie of [front, secretariat, undefined])
    expect(codes(await server.gql(LIST, {}, cookie))).toEqual([cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
  for (const cookie of [director, front, undefined])
    expect(codes(await server.gql(SAVE, { i: input() }, cookie))).toEqual([cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
  expect(await server.db.fundingFlow.count({ where: { name: 'Testpengestrøm' } })).toBe(0);
});

test('bad input is refused with a Danish message naming the field, nothing saved', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ ...input(), name: ' ' }, 'input.name: Navn skal udfyldes'],
    [{ ...input(), validTo: '31.12.2028' }, 'input.validTo: Slutdato skal være samme dag som eller efter startdatoen'],
    [{ ...input(), source: undefined }, 'input.source: Kilde skal udfyldes'],
    [{ ...input(), source: null }, 'input.source: Kilde skal udfyldes'],
    [{ ...input(), validFrom: '30.2.2029' }, 'input.validFrom'],
    [{ ...input(), known: 'x'.repeat(1001) }, 'input.known: Hvad vides må højst være 1000 tegn'],
  ];
  for (const [i, expected] of cases) {
    const res = await server.gql(SAVE, { i }, staff);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fields(res)[0]).toContain(expected);
  }
  const status = await server.gql(SAVE, { i: { ...input(), status: 'MAYBE' } }, staff);
  expect(codes(status)).toEqual(['BAD_USER_INPUT']);
  expect(await server.db.fundingFlow.count({ where: { name: 'Testpengestrøm' } })).toBe(0);
});

test('add, edit and end a flow: versioned, with history; a stale save is a CONFLICT', async () => {
  const created = await server.gql<{ saveFundingFlow: Flow }>(SAVE, { i: input() }, staff);
  expect(created.errors).toBeUndefined();
  const flow = created.data!.saveFundingFlow;
  expect(flow).toMatchObject({ version: 1, validFrom: '2029-01-01', source: { title: 'Testkilde' } });

  // Ending it is setting its last day; the stored source is kept when none is sent.
  const ended = await server.gql<{ saveFundingFlow: Flow }>(
    SAVE,
    {
      id: flow.id,
      i: { ...input(), source: undefined, validTo: '31.12.2030', amountOrRule: '1 kr. pr. indbygger' },
      v: 1,
    },
    staff,
  );
  expect(ended.errors).toBeUndefined();
  expect(ended.data!.saveFundingFlow).toMatchObject({
    version: 2,
    validTo: '2030-12-31',
    amountOrRule: '1 kr. pr. indbygger',
    source: { title: 'Testkilde' },
  });

  // The form sends the stored source back: no new source row, no history row for it.
  const sourcesBefore = await server.db.source.count();
  const same = await server.gql<{ saveFundingFlow: Flow }>(
    SAVE,
    {
      id: flow.id,
      i: { ...input(), validTo: '31.12.2030', amountOrRule: '1 kr. pr. indbygger', known: 'Rettet.' },
      v: 2,
    },
    staff,
  );
  expect(same.errors).toBeUndefined();
  expect(same.data!.saveFundingFlow.version).toBe(3);
  expect(await server.db.source.count()).toBe(sourcesBefore);

  const stale = await server.gql(SAVE, { id: flow.id, i: input(), v: 1 }, staff);
  expect(codes(stale)).toEqual(['CONFLICT']);
  const noVersion = await server.gql(SAVE, { id: flow.id, i: input() }, staff);
  expect(fields(noVersion)[0]).toMatch(/^version: Version skal angives/);

  const history = await server.db.changeLog.findMany({ where: { recordType: 'FUNDING_FLOW', recordId: flow.id } });
  expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE']));
  expect(history.filter((h) => h.action === 'UPDATE').map((h) => h.field)).toEqual(
    expect.arrayContaining(['validTo', 'amountOrRule']),
  );
  expect(history.filter((h) => h.field === 'sourceId')).toEqual([]);
  await server.db.fundingFlow.delete({ where: { id: flow.id } });
  await server.db.changeLog.deleteMany({ where: { recordId: flow.id } });
});

test('an amount or rule is refused when the flow has no source', async () => {
  const seeded = await server.db.fundingFlow.create({
    data: {
      municipalityId: (await server.db.municipality.findFirstOrThrow({ where: { name: 'Ishøj Kommune' } })).id,
      name: 'Uden kilde',
      payerKind: 'NOT_KNOWN',
      recipientKind: 'NOT_KNOWN',
      status: 'NOT_KNOWN',
      known: 'Intet kendt.',
    },
  });
  const res = await server.gql(
    SAVE,
    { id: seeded.id, i: { ...input(), source: undefined, amountOrRule: '5 mio. kr.' }, v: 1 },
    staff,
  );
  expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  expect(fields(res)[0]).toBe(
    'input.amountOrRule: Beløb eller regel kan kun udfyldes med en kilde, der giver beløbet eller reglen',
  );
  expect((await server.db.fundingFlow.findUniqueOrThrow({ where: { id: seeded.id } })).version).toBe(1);
  await server.db.fundingFlow.delete({ where: { id: seeded.id } });
});
