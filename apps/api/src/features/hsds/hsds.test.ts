// The HSDS 3.0 API: responses valid against the official JSON schemas, search through the app's engine,
// public offers only, never a professional-only field, Danish 400s for bad parameters.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taxonomyTermId } from './hsdsIds';
import { addEndedOffer } from '../../../test/searchFixtures';
import { startTestServer, type TestServer } from '../../../test/testServer';

const schemaDir = join(__dirname, '../../../test/fixtures/hsds-3.0');
const load = (name: string) => JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as Record<string, unknown>;
// The HSDS schemas carry Frictionless Data keywords (constraints, core, datapackage_*); strict off
// lets Ajv ignore them. "csv" is HSDS's own format name for tabular paths.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('csv', true);
// The per-entity schemas refer to each other by file name ("organization.json"); register them all
// under those names and let Ajv resolve the references (instead of vendoring the 2–3 MB compiled ones).
for (const file of readdirSync(join(schemaDir, 'entities'))) ajv.addSchema(load(`entities/${file}`), file);
const entity = (file: string) => {
  const validate = ajv.getSchema(file);
  if (!validate) throw new Error(`no HSDS schema ${file}`);
  return validate;
};
const extract = load('openapi-extract.json') as { Page: object; ApiInfo: object };
const validators = {
  service: entity('service.json'),
  serviceList: ajv.compile(load('service_list.json')),
  organization: entity('organization.json'),
  organizationList: ajv.compile(load('organization_list.json')),
  page: ajv.compile({
    ...extract.Page,
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
  }),
  apiInfo: ajv.compile({ ...extract.ApiInfo, required: ['version', 'profile', 'openapi_url'] }),
};

function valid(name: keyof typeof validators, data: unknown): void {
  const validate = validators[name];
  if (!validate(data))
    throw new Error(
      `${name} is not valid HSDS: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(data).slice(0, 500)}`,
    );
}

let server: TestServer;
const bodies: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  await addEndedOffer(server.db);
});
afterAll(() => server.close());

async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}/api/hsds${path}`); // no cookie: the API is public
  const text = await res.text();
  bodies.push(text);
  return { status: res.status, body: JSON.parse(text) };
}

test('GET / gives the HSDS version information', async () => {
  const { status, body } = await get('/');
  expect(status).toBe(200);
  valid('apiInfo', body);
  expect(body.version).toBe('3.0');
});

test('GET /services pages through public services, each valid against service_list.json', async () => {
  const first = await get('/services?per_page=5');
  expect(first.status).toBe(200);
  valid('page', first.body);
  expect(first.body).toMatchObject({ page_number: 1, size: 5, first_page: true, empty: false });
  for (const s of first.body.contents) valid('serviceList', s);
  const last = await get(`/services?per_page=5&page=${first.body.total_pages}`);
  expect(last.body.last_page).toBe(true);
  const all = await get('/services?per_page=100');
  expect(all.body.contents.every((s: { status: string }) => ['active', 'temporarily closed'].includes(s.status))).toBe(
    true,
  );
  expect(all.body.contents.some((s: { name: string }) => /nedlagt/.test(s.name))).toBe(false);
});

test('full=true and /services/{id} give fully nested services valid against service.json', async () => {
  const full = await get('/services?full=true&per_page=100');
  expect(full.body.contents.length).toBeGreaterThan(0);
  for (const s of full.body.contents) valid('service', s);
  const addresses = full.body.contents.flatMap(
    (s: { service_at_locations: { location: { addresses: unknown[] } }[] }) =>
      s.service_at_locations.flatMap((l) => l.location.addresses),
  );
  expect(addresses.length).toBeGreaterThan(0);
  expect(addresses.every((a: { country: string }) => a.country === 'DK')).toBe(true);
  const one = await get(`/services/${full.body.contents[0].id}`);
  expect(one.status).toBe(200);
  valid('service', one.body);
  expect(one.body.attributes.length).toBeGreaterThan(0);
});

test("search uses the app engine: typos, synonyms and the citizen's words work here too", async () => {
  for (const q of ['rygestob', 'smøger', 'stop med at ryge']) {
    const { body } = await get(`/services?search=${encodeURIComponent(q)}`);
    expect(body.contents[0]?.name).toMatch(/rygestop/i);
  }
  const hostile = await get(`/services?search=${encodeURIComponent('\'; DROP TABLE "Offer"; -- <script>')}`);
  expect(hostile.status).toBe(200);
  valid('page', hostile.body);
});

test('taxonomy_term_id filters by need category (KRAMS word, its term id, or an FSIII code)', async () => {
  const byWord = await get('/services?taxonomy_term_id=rygning&per_page=100');
  const byId = await get(`/services?taxonomy_term_id=${taxonomyTermId('rygning')}&per_page=100`);
  expect(byWord.body.total_items).toBeGreaterThan(0);
  expect(byId.body.total_items).toBe(byWord.body.total_items);
  const fsiii = await get('/services?taxonomy_term_id=c203c6b5-3be0-40a8-8204-e93751deabf5&full=true');
  for (const s of fsiii.body.contents)
    expect(s.attributes.map((a: { taxonomy_term_id?: string }) => a.taxonomy_term_id)).toContain(
      'c203c6b5-3be0-40a8-8204-e93751deabf5',
    );
  const unknown = await get('/services?taxonomy_term_id=findes-ikke');
  expect(unknown.body).toMatchObject({ total_items: 0, empty: true });
});

test('modified_after keeps services changed on or after the moment', async () => {
  const future = await get('/services?modified_after=2999-01-01');
  expect(future.body.total_items).toBe(0);
  const past = await get('/services?modified_after=2000-01-01T00:00:00Z');
  expect(past.body.total_items).toBeGreaterThan(0);
});

test('GET /organizations lists the owning units, valid against organization_list.json', async () => {
  const { status, body } = await get('/organizations');
  expect(status).toBe(200);
  valid('page', body);
  expect(body.total_items).toBeGreaterThan(0);
  for (const o of body.contents) valid('organizationList', o);
  const one = await get(`/organizations/${body.contents[0].id}`);
  valid('organization', one.body);
});

test('bad parameters give 400 with a Danish message; unknown ids give 404', async () => {
  for (const q of [
    'per_page=101',
    'per_page=0',
    'page=0',
    'page=abc',
    'modified_after=i%20går',
    'full=måske',
    'search=a&search=b',
  ]) {
    const { status, body } = await get(`/services?${q}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(/^Parameteren "/);
  }
  const ended = await server.db.offer.findFirst({ where: { status: 'ENDED' } });
  for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000', ended?.id ?? 'x']) {
    const res = await get(`/services/${id}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/findes ikke/);
  }
});

test('no response ever carries a professional-only field or its value', async () => {
  await get('/services?full=true&per_page=100&search=rygestop');
  const secret = await server.db.offer.findMany({
    where: {
      OR: [{ professionalPhone: { not: null } }, { intakeNotes: { not: null } }, { tellCitizen: { not: null } }],
    },
  });
  expect(secret.length).toBeGreaterThan(0);
  const values = secret
    .flatMap((o) => [o.professionalPhone, o.intakeNotes, o.tellCitizen])
    .filter((v): v is string => Boolean(v));
  for (const body of bodies) {
    expect(body).not.toMatch(/professional|intake|tell_?citizen/i);
    for (const v of values) expect(body).not.toContain(v);
  }
});

test('the schemas really check: a service without id and status is refused', () => {
  expect(validators.service({ name: 'Uden id' })).toBe(false);
  expect(
    validators.service({
      id: '6a0f1c0e-0000-4000-8000-000000000001',
      name: 'Med id',
      status: 'active',
      organization: { id: 'x' },
    }),
  ).toBe(false);
});
