// Sign-in through a real OpenID Connect provider (oidc-provider, in this process on loopback) against
// the real app and PostgreSQL (ADR 042): every role, refusals that create nothing and are counted,
// forged and replayed callbacks, silent renewal, and a user removed or demoted at the provider.
import { providerRefusalMessage, setClock } from '@sundhed/shared';
import { randomPKCECodeVerifier, calculatePKCECodeChallenge } from 'openid-client';
import { startTestServer, type TestServer } from '../../../test/testServer';
import { startOidcProvider, testGroups, testRoleMap, type TestProvider } from '../../../test/oidcProvider';
import type { ClientMetadata } from 'oidc-provider';
import { oidcConfigFromEnv } from '../../auth/oidcConfig';
import { sealPending, type Pending } from './oidcRoutes';

let idp: TestProvider;
let stranger: TestProvider;
let server: TestServer;
const CLIENT = { client_id: 'sundhedsoverblik', client_secret: 'test-secret-of-the-app' };

beforeAll(async () => {
  idp = await startOidcProvider();
  stranger = await startOidcProvider();
  server = await startTestServer({
    oidc: oidcConfigFromEnv({
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: CLIENT.client_id,
      OIDC_CLIENT_SECRET: CLIENT.client_secret,
      OIDC_ROLE_MAP: testRoleMap,
      OIDC_ALLOW_HTTP: '1',
    })!,
  });
  const client: ClientMetadata = {
    ...CLIENT,
    redirect_uris: [`${server.url}/api/auth/oidc/callback`],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  };
  idp.clients.push(client, { ...client, client_id: 'another-app', client_secret: 'another-secret-of-an-app' });
  stranger.clients.push(client);
});
afterEach(() => setClock(null));
afterAll(async () => {
  await server.close();
  await idp.close();
  await stranger.close();
});

const redirectUri = () => `${server.url}/api/auth/oidc/callback`;
const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

async function startLogin(query = ''): Promise<{ pending: string; authorizationUrl: string }> {
  const res = await fetch(`${server.url}/api/auth/oidc/login${query}`, { redirect: 'manual' });
  expect(res.status).toBe(303);
  return { pending: cookieOf(res, 'sundhed_oidc')!, authorizationUrl: res.headers.get('location')! };
}

async function callback(url: string, pending?: string): Promise<{ location: string; session?: string }> {
  const res = await fetch(url, { redirect: 'manual', headers: pending ? { cookie: pending } : {} });
  expect(res.status).toBe(303);
  return { location: res.headers.get('location')!, session: cookieOf(res, 'sundhed_session') };
}

async function signInThroughProvider(login: string, query = '') {
  const { pending, authorizationUrl } = await startLogin(query);
  return callback(await idp.signInAs(authorizationUrl, login), pending);
}

/** A sign-in the test controls: its own state, nonce and PKCE verifier, sealed as the app would. */
async function forgedLogin(provider: TestProvider, clientId: string, overrides: Partial<Pending> = {}) {
  const verifier = randomPKCECodeVerifier();
  const pending: Pending = {
    state: 's' + Math.random(),
    nonce: 'n' + Math.random(),
    verifier,
    redirectUri: redirectUri(),
    at: Date.now(),
  };
  const url = new URL(`${provider.issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid profile email',
    redirect_uri: redirectUri(),
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  return {
    authorizationUrl: url.href,
    pending: `sundhed_oidc=${await sealPending(server.db, { ...pending, ...overrides })}`,
  };
}

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

function addUser(login: string, groups: string[], municipality_code: string | null = '183') {
  const identity = {
    email: `${login}@ishoj.dk`,
    name: `Test ${login}`,
    groups,
    ...(municipality_code ? { municipality_code } : {}),
  };
  idp.users.set(login, identity);
  stranger.users.set(login, identity);
}

describe("sign-in through the municipality's provider", () => {
  test.each(Object.entries(testGroups))('a user in the %s group signs in with that role', async (role, group) => {
    const login = `oidc-${role}`;
    addUser(login, ['grp-unrelated', group]);
    const { location, session } = await signInThroughProvider(login);
    expect(location).toBe('/');
    expect(await me(session!)).toMatchObject({ email: `${login}@ishoj.dk`, role });
    const user = await account(`${login}@ishoj.dk`);
    expect(user).toMatchObject({ origin: 'oidc', externalId: `${idp.issuer}#${login}`, passwordHash: '' });
    if (role === 'projektleder') expect(user!.orgUnitId).not.toBeNull();
    if (role === 'klyngesekretariat') expect(user!.clusterId).not.toBeNull();
    const events = await server.db.authEvent.findMany({ where: { userId: user!.id }, orderBy: { at: 'asc' } });
    expect(events.map((e) => [e.kind, e.detail])).toEqual([
      ['account_created', `oidc: ${role}`],
      ['sign_in', 'oidc'],
    ]);
    // The second sign-in finds the same account.
    await signInThroughProvider(login);
    expect(await server.db.staffUser.count({ where: { externalId: `${idp.issuer}#${login}` } })).toBe(1);
  });

  test('the sign-in returns to the page of this site first asked for, never to another site', async () => {
    const login = 'oidc-return';
    addUser(login, [testGroups.frontmedarbejder]);
    const asked = '/tilbud/o-1?fra=q%3Drygestop';
    const back = await signInThroughProvider(login, `?til=${encodeURIComponent(asked)}`);
    expect(back.location).toBe(asked);
    expect(back.session).toBeDefined();
    for (const elsewhere of ['//evil.example/', 'https://evil.example/', '/\\evil.example', '/log-ind']) {
      const { location } = await signInThroughProvider(login, `?til=${encodeURIComponent(elsewhere)}`);
      expect(location).toBe('/');
    }
  });

  test('a role changed at the provider is the role at the next sign-in, and the change is audited', async () => {
    addUser('oidc-promoted', [testGroups.frontmedarbejder]);
    await signInThroughProvider('oidc-promoted');
    addUser('oidc-promoted', [testGroups.frontmedarbejder, testGroups.direktoer]); // the widest role wins
    const { session } = await signInThroughProvider('oidc-promoted');
    expect((await me(session!))?.role).toBe('direktoer');
    const user = await account('oidc-promoted@ishoj.dk');
    expect(await server.db.authEvent.findFirst({ where: { userId: user!.id, kind: 'role_change' } })).toMatchObject({
      detail: 'frontmedarbejder -> direktoer (oidc)',
    });
  });

  test('the sign-in page is told that the provider path is on', async () => {
    const res = await server.gql<{ authConfig: { providerSignIn: boolean } }>('{ authConfig { providerSignIn } }');
    expect(res.data?.authConfig.providerSignIn).toBe(true);
  });
});

describe('refused: nothing is created, the attempt is counted, the reason is Danish', () => {
  async function expectRefused(
    run: () => Promise<{ location: string; session?: string }>,
    reasons: string[],
    email?: string,
  ) {
    const before = await refusals();
    const { location, session } = await run();
    const reason = new URL(location, server.url).searchParams.get('fejl');
    expect(new URL(location, server.url).pathname).toBe('/log-ind');
    expect(reasons).toContain(reason);
    expect(providerRefusalMessage(reason)).toEqual(expect.any(String));
    expect(session).toBeUndefined();
    expect(await refusals()).toBe(before + 1);
    if (email) expect(await account(email)).toBeNull();
  }

  test('a user in no mapped group', async () => {
    addUser('oidc-nobody', ['grp-unrelated', 'Domain Users']);
    await expectRefused(() => signInThroughProvider('oidc-nobody'), ['role'], 'oidc-nobody@ishoj.dk');
    expect(providerRefusalMessage('role')).toBe(
      'Din konto har ingen rolle i Sundhedsoverblik. Bed din leder om adgang via den rette gruppe.',
    );
  });

  test('a user with a role but no municipality, or one the app does not know', async () => {
    addUser('oidc-homeless', [testGroups.sundhedsstab], null);
    await expectRefused(() => signInThroughProvider('oidc-homeless'), ['municipality'], 'oidc-homeless@ishoj.dk');
    addUser('oidc-elsewhere', [testGroups.sundhedsstab], '9999');
    await expectRefused(() => signInThroughProvider('oidc-elsewhere'), ['municipality'], 'oidc-elsewhere@ishoj.dk');
  });

  test("a known account whose address changes at the provider to a colleague's is refused, not a 500", async () => {
    addUser('oidc-mover', [testGroups.sundhedsstab]);
    addUser('oidc-colleague', [testGroups.sundhedsstab]);
    await signInThroughProvider('oidc-mover');
    await signInThroughProvider('oidc-colleague');
    idp.users.set('oidc-mover', { ...idp.users.get('oidc-mover')!, email: 'oidc-colleague@ishoj.dk' });
    await expectRefused(() => signInThroughProvider('oidc-mover'), ['email-taken']);
    expect(await account('oidc-mover@ishoj.dk')).not.toBeNull();
  });

  test('a callback with the wrong state', async () => {
    addUser('oidc-state', [testGroups.sundhedsstab]);
    const { pending, authorizationUrl } = await startLogin();
    const url = new URL(await idp.signInAs(authorizationUrl, 'oidc-state'));
    url.searchParams.set('state', 'forged');
    await expectRefused(() => callback(url.href, pending), ['state'], 'oidc-state@ishoj.dk');
  });

  test("a callback without the browser's sign-in cookie (login CSRF) or with an altered one", async () => {
    addUser('oidc-csrf', [testGroups.sundhedsstab]);
    const { pending, authorizationUrl } = await startLogin();
    const url = await idp.signInAs(authorizationUrl, 'oidc-csrf');
    await expectRefused(() => callback(url), ['state'], 'oidc-csrf@ishoj.dk');
    await expectRefused(() => callback(url, pending.slice(0, -3) + 'AAA'), ['state'], 'oidc-csrf@ishoj.dk');
  });

  test('a replayed callback: the code is spent', async () => {
    addUser('oidc-replay', [testGroups.sundhedsstab]);
    const { pending, authorizationUrl } = await startLogin();
    const url = await idp.signInAs(authorizationUrl, 'oidc-replay');
    expect((await callback(url, pending)).session).toBeDefined();
    const before = await server.db.staffUser.count();
    await expectRefused(() => callback(url, pending), ['expired']);
    await expectRefused(() => callback(url), ['state']);
    expect(await server.db.staffUser.count()).toBe(before);
  });

  test('an expired or made-up code', async () => {
    const { pending, authorizationUrl } = await startLogin();
    const state = new URL(authorizationUrl).searchParams.get('state')!;
    const url = `${redirectUri()}?code=made-up-code&state=${state}&iss=${encodeURIComponent(idp.issuer)}`;
    await expectRefused(() => callback(url, pending), ['expired']);
  });

  test('an ID token with the wrong nonce', async () => {
    addUser('oidc-nonce', [testGroups.sundhedsstab]);
    const { authorizationUrl, pending } = await forgedLogin(idp, CLIENT.client_id, { nonce: 'not-the-one-sent' });
    const url = await idp.signInAs(authorizationUrl, 'oidc-nonce');
    await expectRefused(() => callback(url, pending), ['nonce'], 'oidc-nonce@ishoj.dk');
  });

  test("another client's code", async () => {
    addUser('oidc-other-client', [testGroups.sundhedsstab]);
    const { authorizationUrl, pending } = await forgedLogin(idp, 'another-app');
    const url = await idp.signInAs(authorizationUrl, 'oidc-other-client');
    await expectRefused(() => callback(url, pending), ['expired', 'client'], 'oidc-other-client@ishoj.dk');
  });

  test('an answer from an unknown issuer', async () => {
    addUser('oidc-stranger', [testGroups.sundhedsstab]);
    const { authorizationUrl, pending } = await forgedLogin(stranger, CLIENT.client_id);
    const url = await stranger.signInAs(authorizationUrl, 'oidc-stranger');
    await expectRefused(() => callback(url, pending), ['issuer'], 'oidc-stranger@ishoj.dk');
  });
});

describe('sessions that follow the provider', () => {
  const at = (iso: string) => setClock(iso);

  test('an idle session renews silently with the refresh token: a 45-minute meeting keeps the page', async () => {
    at('2026-12-04T09:00:00Z');
    addUser('oidc-meeting', [testGroups.frontmedarbejder]);
    const { session } = await signInThroughProvider('oidc-meeting');
    at('2026-12-04T09:45:00Z'); // past the 30-minute idle timeout
    expect((await me(session!))?.email).toBe('oidc-meeting@ishoj.dk');
    const row = await server.db.session.findFirst({ where: { user: { email: 'oidc-meeting@ishoj.dk' } } });
    expect(row!.lastSeenAt.toISOString()).toBe('2026-12-04T09:45:00.000Z');
    expect(row!.renewAt!.getTime()).toBeGreaterThan(Date.parse('2026-12-04T09:45:00Z'));
    expect(row!.refreshToken).not.toContain('.'); // sealed, not the provider's token as is
  });

  test('a user who loses the group at the provider loses access at the next renewal, within the idle timeout', async () => {
    at('2026-12-04T09:00:00Z');
    addUser('oidc-leaver', [testGroups.sundhedsstab]);
    const { session } = await signInThroughProvider('oidc-leaver');
    addUser('oidc-leaver', ['grp-unrelated']);
    const row = await server.db.session.findFirst({ where: { user: { email: 'oidc-leaver@ishoj.dk' } } });
    expect(row!.renewAt!.getTime()).toBeLessThanOrEqual(Date.parse('2026-12-04T09:30:00Z'));
    at(row!.renewAt!.toISOString());
    expect(await me(session!)).toBeNull();
    expect(await server.db.session.count({ where: { user: { email: 'oidc-leaver@ishoj.dk' } } })).toBe(0);
    const user = await account('oidc-leaver@ishoj.dk');
    expect(await server.db.authEvent.findFirst({ where: { userId: user!.id, kind: 'refused' } })).toMatchObject({
      detail: 'oidc renewal: role',
    });
  });

  test('a user removed at the provider loses access at the next renewal', async () => {
    at('2026-12-04T09:00:00Z');
    addUser('oidc-removed', [testGroups.direktoer]);
    const { session } = await signInThroughProvider('oidc-removed');
    at('2026-12-04T09:10:00Z');
    expect(await me(session!)).not.toBeNull();
    idp.users.delete('oidc-removed');
    at('2026-12-04T09:41:00Z');
    expect(await me(session!)).toBeNull();
    const user = await account('oidc-removed@ishoj.dk');
    expect(await server.db.authEvent.findFirst({ where: { userId: user!.id, kind: 'refused' } })).toMatchObject({
      detail: 'oidc renewal: expired',
    });
  });

  test('local passwords still work beside the provider (demo mode, the emergency administrator)', async () => {
    expect(await me(await server.signIn('sundhedsstab@demo.ishoj.dk'))).toMatchObject({ role: 'sundhedsstab' });
  });
});
