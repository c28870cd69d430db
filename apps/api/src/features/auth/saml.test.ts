// Sign-in through SAML 2.0 as KOMBIT's Context Handler speaks it (OIOSAML 3, ADR 050), against the real
// app and PostgreSQL, with Responses signed in the test by a test IdP key made with openssl: every role
// from its job-function privilege in the municipality's CVR scope, and every refusal (unsigned or
// wrongly signed, wrong audience or recipient, expired, replayed, unknown request, no mapped privilege,
// no municipality scope) creating nothing, counted, with a Danish reason.
import { providerRefusalMessage } from '@sundhed/shared';
import { startTestServer, type TestServer } from '../../../test/testServer';
import {
  ACS_URL,
  cvrScope,
  IDP_ENTITY_ID,
  makeKeyPair,
  OTHER_CVR,
  requestOf,
  samlEnvFor,
  samlResponse,
  SP_ENTITY_ID,
  TEST_CVR,
  testPrivileges,
  type KeyPair,
  type ResponseOptions,
} from '../../../test/samlIdp';
import { samlConfigFromEnv } from '../../auth/samlConfig';
import { parsePrivilegeList } from './samlIdentity';

let idp: KeyPair;
let impostor: KeyPair;
let server: TestServer;

beforeAll(async () => {
  idp = makeKeyPair('Test Context Handler');
  impostor = makeKeyPair('Not the Context Handler');
  server = await startTestServer({ saml: samlConfigFromEnv(samlEnvFor(idp))! });
});
afterAll(async () => {
  await server.close();
});

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

/** The app's AuthnRequest: its redirect to the identity provider. */
/** The browser's cookie from its last sign-in start (the app binds the answer to it). */
let browserCookie: string | undefined;

async function startLogin(): Promise<{ id: string; xml: string; location: string; cookie: string }> {
  const res = await fetch(`${server.url}/api/auth/saml/login`, { redirect: 'manual' });
  expect(res.status).toBe(303);
  const location = res.headers.get('location')!;
  browserCookie = cookieOf(res, 'sundhed_saml');
  expect(browserCookie).toBeDefined();
  return { ...requestOf(location), location, cookie: browserCookie! };
}

/** The browser posting the identity provider's answer to the ACS. */
async function post(response: string, cookie = browserCookie): Promise<{ location: string; session?: string }> {
  const res = await fetch(`${server.url}/api/auth/saml/acs`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'https://n2adfs.kombit.test',
      ...(cookie ? { cookie } : {}),
    },
    body: new URLSearchParams({ SAMLResponse: response, RelayState: '' }).toString(),
  });
  expect(res.status).toBe(303);
  return { location: res.headers.get('location')!, session: cookieOf(res, 'sundhed_session') };
}

type Answer = Omit<ResponseOptions, 'inResponseTo'> & { inResponseTo?: string | null };
async function signInWith(answer: Answer) {
  const { id } = await startLogin();
  return post(samlResponse(idp, { inResponseTo: id, ...answer }));
}

const inMunicipality = (...privileges: string[]) => [{ scope: cvrScope(TEST_CVR), privileges }];

const me = async (session: string) =>
  (
    await server.gql<{ me: { email: string; role: string; municipality: { name: string } | null } | null }>(
      '{ me { email role municipality { name } } }',
      undefined,
      session,
    )
  ).data?.me ?? null;

const refusals = () => server.db.authEvent.count({ where: { kind: 'refused' } });
const account = (email: string) => server.db.staffUser.findUnique({ where: { email } });

describe("sign-in through KOMBIT's Context Handler", () => {
  test('the login sends an AuthnRequest for this app by the redirect binding and keeps its id', async () => {
    const { id, xml, location } = await startLogin();
    expect(location.startsWith('https://n2adfs.kombit.test/adfs/ls/?SAMLRequest=')).toBe(true);
    expect(xml).toContain(`AssertionConsumerServiceURL="${ACS_URL}"`);
    expect(xml).toContain(`>${SP_ENTITY_ID}</saml:Issuer>`);
    expect(await server.db.samlRequest.findUnique({ where: { id } })).toMatchObject({ usedAt: null });
  });

  test.each(Object.entries(testPrivileges))(
    'a user with the %s job-function privilege in the municipality signs in with that role',
    async (role, privilege) => {
      const nameId = `saml-${role}`;
      const { location, session } = await signInWith({
        nameId,
        privileges: [
          { scope: cvrScope(OTHER_CVR), privileges: [testPrivileges.direktoer] }, // another organisation: ignored
          { scope: cvrScope(TEST_CVR), privileges: ['http://kombit.test/roles/jobrole/unrelated/1', privilege] },
        ],
      });
      expect(location).toBe('/');
      expect(await me(session!)).toMatchObject({ email: `${nameId}@ishoj.dk`, role });
      const user = await account(`${nameId}@ishoj.dk`);
      expect(user).toMatchObject({ origin: 'saml', externalId: `${IDP_ENTITY_ID}#${nameId}`, passwordHash: '' });
      if (role === 'projektleder') expect(user!.orgUnitId).not.toBeNull();
      if (role === 'klyngesekretariat') expect(user!.clusterId).not.toBeNull();
      else expect((await me(session!))?.municipality).not.toBeNull();
      const events = await server.db.authEvent.findMany({ where: { userId: user!.id }, orderBy: { at: 'asc' } });
      expect(events.map((e) => [e.kind, e.detail])).toEqual([
        ['account_created', `saml: ${role}`],
        ['sign_in', 'saml'],
      ]);
      expect(await server.db.session.findFirst({ where: { userId: user!.id } })).toMatchObject({ origin: 'saml' });
      // The second sign-in finds the same account.
      await signInWith({ nameId, privileges: inMunicipality(privilege) });
      expect(await server.db.staffUser.count({ where: { externalId: `${IDP_ENTITY_ID}#${nameId}` } })).toBe(1);
    },
  );

  test('several privileges: the widest role wins; a lost privilege ends the account at the next sign-in', async () => {
    const { session } = await signInWith({
      nameId: 'saml-several',
      privileges: inMunicipality(testPrivileges.frontmedarbejder, testPrivileges.direktoer),
    });
    expect((await me(session!))?.role).toBe('direktoer');
    const refused = await signInWith({ nameId: 'saml-several', privileges: inMunicipality('urn:other:privilege') });
    expect(refused.location).toBe('/log-ind?fejl=role');
    expect(await me(session!)).toBeNull(); // losing the privilege ended the earlier session
  });

  test('the sign-in returns to the page of this site first asked for, never to another site', async () => {
    const nameId = 'saml-return';
    const privileges = inMunicipality(testPrivileges.frontmedarbejder);
    const signInAsking = async (til: string) => {
      const res = await fetch(`${server.url}/api/auth/saml/login?til=${encodeURIComponent(til)}`, {
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
      const { id } = requestOf(res.headers.get('location')!);
      const cookies = ['sundhed_saml', 'sundhed_saml_til'].map((name) => cookieOf(res, name)).filter(Boolean);
      return post(samlResponse(idp, { inResponseTo: id, nameId, privileges }), cookies.join('; '));
    };
    const asked = '/tilbud/o-1?fra=q%3Drygestop';
    const back = await signInAsking(asked);
    expect(back.location).toBe(asked);
    expect(back.session).toBeDefined();
    for (const elsewhere of ['//evil.example/', 'https://evil.example/', '/\\evil.example', '/log-ind'])
      expect((await signInAsking(elsewhere)).location).toBe('/');
    // Without a page asked for, the start page as before.
    expect((await signInWith({ nameId, privileges })).location).toBe('/');
  });

  test('a refused sign-in clears the page asked for, so it is not returned to after a later sign-in', async () => {
    const start = await fetch(`${server.url}/api/auth/saml/login?til=${encodeURIComponent('/tilbud/o-1')}`, {
      redirect: 'manual',
    });
    const { id } = requestOf(start.headers.get('location')!);
    const cookies = ['sundhed_saml', 'sundhed_saml_til'].map((name) => cookieOf(start, name));
    expect(cookies.every(Boolean)).toBe(true);
    const res = await fetch(`${server.url}/api/auth/saml/acs`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
      body: new URLSearchParams({
        SAMLResponse: samlResponse(idp, { inResponseTo: id, nameId: 'saml-refused-return', privileges: [] }),
      }).toString(),
    });
    expect(res.headers.get('location')).toBe('/log-ind?fejl=role');
    const cleared = res.headers.getSetCookie().find((c) => c.startsWith('sundhed_saml_til='));
    expect(cleared).toMatch(/^sundhed_saml_til=;/);
    expect(cleared).toMatch(/Path=\/api\/auth\/saml/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  test('a sign-in that fails with a server error clears the page asked for as well', async () => {
    const start = await fetch(`${server.url}/api/auth/saml/login?til=${encodeURIComponent('/tilbud/o-1')}`, {
      redirect: 'manual',
    });
    const { id } = requestOf(start.headers.get('location')!);
    const cookies = ['sundhed_saml', 'sundhed_saml_til'].map((name) => cookieOf(start, name));
    expect(cookies.every(Boolean)).toBe(true);
    // The answer is valid; the database then fails as the session is written (a server error, not a refusal).
    await server.db.$executeRawUnsafe(
      `CREATE FUNCTION "test_fail_saml_session"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: session store down'; END $$`,
    );
    await server.db.$executeRawUnsafe(
      `CREATE TRIGGER "test_fail_saml_session" BEFORE INSERT ON "Session" FOR EACH ROW WHEN (NEW."origin" = 'saml') EXECUTE FUNCTION "test_fail_saml_session"()`,
    );
    try {
      const res = await fetch(`${server.url}/api/auth/saml/acs`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
        body: new URLSearchParams({
          SAMLResponse: samlResponse(idp, {
            inResponseTo: id,
            nameId: 'saml-server-error',
            privileges: inMunicipality(testPrivileges.frontmedarbejder),
          }),
        }).toString(),
      });
      expect(res.status).toBe(500);
      expect(cookieOf(res, 'sundhed_session')).toBeUndefined();
      const cleared = res.headers.getSetCookie().find((c) => c.startsWith('sundhed_saml_til='));
      expect(cleared).toMatch(/^sundhed_saml_til=;/);
      expect(cleared).toMatch(/Path=\/api\/auth\/saml/);
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    } finally {
      await server.db.$executeRawUnsafe(`DROP TRIGGER "test_fail_saml_session" ON "Session"`);
      await server.db.$executeRawUnsafe(`DROP FUNCTION "test_fail_saml_session"()`);
    }
  });

  test('a Response signed as a whole as well is accepted', async () => {
    const { id } = await startLogin();
    const res = await post(
      samlResponse(idp, {
        inResponseTo: id,
        nameId: 'saml-both-signed',
        privileges: inMunicipality(testPrivileges.sundhedsstab),
        responseKey: idp,
      }),
    );
    expect(res.location).toBe('/');
  });

  test("the app's service provider metadata names its entity id and ACS for registration", async () => {
    const res = await fetch(`${server.url}/api/auth/saml/metadata`);
    expect(res.headers.get('content-type')).toContain('application/samlmetadata+xml');
    const xml = await res.text();
    expect(xml).toContain(`entityID="${SP_ENTITY_ID}"`);
    expect(xml).toContain(`Location="${ACS_URL}"`);
  });

  test('the sign-in page is told that the SAML path is on', async () => {
    const res = await server.gql<{ authConfig: { samlSignIn: boolean; providerSignIn: boolean } }>(
      '{ authConfig { samlSignIn providerSignIn } }',
    );
    expect(res.data?.authConfig).toEqual({ samlSignIn: true, providerSignIn: false });
  });
});

describe('refused: nothing is created, the attempt is counted, the reason is Danish', () => {
  async function expectRefused(
    run: () => Promise<{ location: string; session?: string }>,
    reason: string,
    email?: string,
  ) {
    const before = await refusals();
    const users = await server.db.staffUser.count();
    const { location, session } = await run();
    expect(location).toBe(`/log-ind?fejl=${reason}`);
    expect(providerRefusalMessage(reason)).toEqual(expect.any(String));
    expect(session).toBeUndefined();
    expect(await refusals()).toBe(before + 1);
    expect(await server.db.staffUser.count()).toBe(users);
    if (email) expect(await account(email)).toBeNull();
    const event = await server.db.authEvent.findFirst({ where: { kind: 'refused' }, orderBy: { at: 'desc' } });
    expect(event?.detail).toBe(`saml: ${reason}`);
  }
  const staff = (nameId: string): Answer => ({ nameId, privileges: inMunicipality(testPrivileges.sundhedsstab) });

  test('an unsigned assertion', async () => {
    await expectRefused(
      () => signInWith({ ...staff('saml-unsigned'), assertionKey: null }),
      'signature',
      'saml-unsigned@ishoj.dk',
    );
    expect(providerRefusalMessage('signature')).toBe(
      'Svaret fra identitetsudbyderen var ikke korrekt underskrevet. Login blev afvist.',
    );
  });

  test('an assertion signed with another key, also when the Response is signed with it', async () => {
    await expectRefused(() => signInWith({ ...staff('saml-impostor'), assertionKey: impostor }), 'signature');
    await expectRefused(
      () => signInWith({ ...staff('saml-impostor'), assertionKey: impostor, responseKey: impostor }),
      'signature',
      'saml-impostor@ishoj.dk',
    );
  });

  test('an assertion altered after signing (the NameID of another user)', async () => {
    const { id } = await startLogin();
    const signed = Buffer.from(samlResponse(idp, { inResponseTo: id, ...staff('saml-altered') }), 'base64').toString();
    const altered = signed.replace('saml-altered</saml:NameID>', 'saml-direktoer</saml:NameID>');
    expect(altered).not.toBe(signed);
    await expectRefused(() => post(Buffer.from(altered).toString('base64')), 'signature');
  });

  test('an assertion for another service provider (audience) or posted to another address (recipient)', async () => {
    await expectRefused(
      () => signInWith({ ...staff('saml-audience'), audience: 'https://another-app.test/saml' }),
      'audience',
      'saml-audience@ishoj.dk',
    );
    await expectRefused(
      () => signInWith({ ...staff('saml-recipient'), recipient: 'https://another-app.test/acs' }),
      'audience',
      'saml-recipient@ishoj.dk',
    );
    expect(providerRefusalMessage('audience')).toBe(
      'Svaret fra identitetsudbyderen var ikke stilet til Sundhedsoverblik. Login blev afvist.',
    );
  });

  test('an expired assertion', async () => {
    await expectRefused(
      () => signInWith({ ...staff('saml-expired'), validMinutes: -10 }),
      'expired',
      'saml-expired@ishoj.dk',
    );
  });

  test('an assertion from another issuer', async () => {
    await expectRefused(
      () => signInWith({ ...staff('saml-issuer'), issuer: 'https://idp.elsewhere.test' }),
      'issuer',
      'saml-issuer@ishoj.dk',
    );
  });

  test('a replayed response: the same answer posted twice, and twice at once', async () => {
    const { id } = await startLogin();
    const response = samlResponse(idp, { inResponseTo: id, ...staff('saml-replay') });
    expect((await post(response)).location).toBe('/');
    await expectRefused(() => post(response), 'replayed');
    expect(providerRefusalMessage('replayed')).toBe(
      'Svaret fra identitetsudbyderen er allerede brugt. Prøv at logge ind igen.',
    );

    const second = await startLogin();
    const twin = samlResponse(idp, { inResponseTo: second.id, ...staff('saml-replay') });
    const both = await Promise.all([post(twin), post(twin)]);
    expect(both.filter((r) => r.session).length).toBe(1);
    expect(both.map((r) => r.location).sort()).toEqual(['/', '/log-ind?fejl=replayed']);
  });

  test('an answer to a request the app never made, or to none (IdP-initiated)', async () => {
    await expectRefused(
      () => post(samlResponse(idp, { inResponseTo: '_made-up-request-id', ...staff('saml-unknown') })),
      'request',
      'saml-unknown@ishoj.dk',
    );
    await expectRefused(
      () => post(samlResponse(idp, { inResponseTo: null, ...staff('saml-unsolicited') })),
      'request',
      'saml-unsolicited@ishoj.dk',
    );
  });

  test("login CSRF: an answer to someone else's sign-in, posted from this browser, is refused", async () => {
    const attacker = await startLogin(); // the attacker starts a sign-in and signs in at the provider as themself
    const answer = samlResponse(idp, { inResponseTo: attacker.id, ...staff('saml-attacker') });
    const victim = await startLogin(); // the victim's browser has its own sign-in cookie, or none
    await expectRefused(() => post(answer, victim.cookie), 'request', 'saml-attacker@ishoj.dk');
    await expectRefused(() => post(answer, ''), 'request', 'saml-attacker@ishoj.dk');
    expect((await post(answer, attacker.cookie)).location).toBe('/'); // in the browser that started it: fine
  });

  test('no mapped privilege', async () => {
    await expectRefused(
      () =>
        signInWith({
          nameId: 'saml-nobody',
          privileges: inMunicipality('http://kombit.test/roles/jobrole/unrelated/1'),
        }),
      'role',
      'saml-nobody@ishoj.dk',
    );
    await expectRefused(() => signInWith({ nameId: 'saml-none', privileges: [] }), 'role', 'saml-none@ishoj.dk');
  });

  test('a mapped privilege without the scope of a known municipality', async () => {
    await expectRefused(
      () =>
        signInWith({
          nameId: 'saml-elsewhere',
          privileges: [{ scope: cvrScope(OTHER_CVR), privileges: [testPrivileges.sundhedsstab] }],
        }),
      'municipality',
      'saml-elsewhere@ishoj.dk',
    );
    await expectRefused(
      () =>
        signInWith({
          nameId: 'saml-unscoped',
          privileges: [
            { scope: 'urn:dk:gov:saml:seNumberIdentifier:12345678', privileges: [testPrivileges.sundhedsstab] },
          ],
        }),
      'municipality',
      'saml-unscoped@ishoj.dk',
    );
  });

  test('a post without a SAMLResponse', async () => {
    await expectRefused(() => post(''), 'refused');
  });
});

describe('configuration and the privilege list', () => {
  test('SAML is off unless entry point, certificate, entity id and ACS are all set; bad maps are refused', () => {
    expect(samlConfigFromEnv({})).toBeNull();
    expect(samlConfigFromEnv({ ...samlEnvFor(idp), SAML_ACS_URL: '' })).toBeNull();
    // Set up, the issuer is required: without it an assertion from any issuer the certificate signs for passes.
    expect(() => samlConfigFromEnv({ ...samlEnvFor(idp), SAML_IDP_ISSUER: ' ' })).toThrow(/^SAML_IDP_ISSUER mangler/);
    expect(() => samlConfigFromEnv(samlEnvFor(idp, { SAML_CVR_MAP: '{"123":"183"}' }))).toThrow(/8-digit CVR/);
    expect(() => samlConfigFromEnv(samlEnvFor(idp, { SAML_ROLE_MAP: '{"x":"admin"}' }))).toThrow(
      /SAML_ROLE_MAP: unknown role/,
    );
  });

  test('reads an OIO Basic Privilege Profile list; an unreadable one has no groups', () => {
    const xml =
      '<bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile">' +
      `<PrivilegeGroup Scope="${cvrScope(TEST_CVR)}"><Constraint Name="urn:dk:kombit:KLE">25.*</Constraint>` +
      '<Privilege> urn:a </Privilege><Privilege>urn:b</Privilege></PrivilegeGroup></bpp:PrivilegeList>';
    expect(parsePrivilegeList(Buffer.from(xml).toString('base64'))).toEqual([
      { scope: cvrScope(TEST_CVR), privileges: ['urn:a', 'urn:b'] },
    ]);
    expect(parsePrivilegeList(Buffer.from('<not xml').toString('base64'))).toEqual([]);
    expect(parsePrivilegeList('!!!')).toEqual([]);
  });
});

describe('where the Response must be signed as a whole (SAML_WANT_RESPONSE_SIGNED=1)', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startTestServer({ saml: samlConfigFromEnv(samlEnvFor(idp, { SAML_WANT_RESPONSE_SIGNED: '1' }))! });
  });
  afterAll(() => strict.close());

  async function answer(options: Partial<ResponseOptions>) {
    const login = await fetch(`${strict.url}/api/auth/saml/login`, { redirect: 'manual' });
    const { id } = requestOf(login.headers.get('location')!);
    const res = await fetch(`${strict.url}/api/auth/saml/acs`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieOf(login, 'sundhed_saml')! },
      body: new URLSearchParams({
        SAMLResponse: samlResponse(idp, {
          inResponseTo: id,
          nameId: 'saml-strict',
          privileges: inMunicipality(testPrivileges.sundhedsstab),
          ...options,
        }),
      }).toString(),
    });
    return res.headers.get('location');
  }

  test('only the assertion signed: refused; both signed: signed in', async () => {
    expect(await answer({})).toBe('/log-ind?fejl=signature');
    expect(await strict.db.staffUser.count({ where: { externalId: `${IDP_ENTITY_ID}#saml-strict` } })).toBe(0);
    expect(await answer({ responseKey: idp })).toBe('/');
  });
});
