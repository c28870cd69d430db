import { nameHash, throttleKey } from './signIn';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const signIn = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { name role } }';
const me = '{ me { email role municipality { name } } }';

test('signing in sets an httpOnly SameSite session cookie; the session is stored, not the token', async () => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: signIn, variables: { e: demoEmail('direktoer'), p: 'demo1234' } }),
  });
  const cookie = res.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^sundhed_session=[\w-]{40,};/);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Lax/);
  const token = cookie.split(';')[0]?.split('=')[1];
  const sessions = await server.db.session.findMany();
  expect(sessions.length).toBeGreaterThan(0);
  expect(sessions.some((s) => s.id === token)).toBe(false);

  const who = await server.gql<{ me: { email: string; role: string; municipality: { name: string } } }>(
    me,
    undefined,
    cookie.split(';')[0],
  );
  expect(who.data?.me).toEqual({
    email: demoEmail('direktoer'),
    role: 'direktoer',
    municipality: { name: 'Ishøj Kommune' },
  });
});

test('wrong password and unknown account give the same generic Danish message', async () => {
  const wrong = await server.gql(signIn, { e: demoEmail('sundhedsstab'), p: 'forkert' });
  const unknown = await server.gql(signIn, { e: 'findes.ikke@ishoj.dk', p: 'forkert' });
  for (const res of [wrong, unknown]) {
    expect(res.errors?.[0]?.message).toBe('Forkert e-mail eller adgangskode.');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.cookie).toBeUndefined();
  }
});

test('repeated wrong passwords are slowed down, even the right one must wait', async () => {
  const email = demoEmail('klyngesekretariat');
  for (let i = 0; i < 5; i++) await server.gql(signIn, { e: email, p: `forkert${i}` });
  const blocked = await server.gql(signIn, { e: email, p: 'demo1234' });
  expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  expect(blocked.errors?.[0]?.message).toBe('For mange forkerte forsøg. Vent lidt, og prøv igen.');
  const throttle = await server.db.loginThrottle.findUnique({
    where: { nameHash: nameHash(await throttleKey(server.db), email) },
  });
  expect(throttle?.failures).toBe(5);
});

test('signing out ends the session on the server', async () => {
  const cookie = await server.signIn(demoEmail('sundhedsstab'));
  expect((await server.gql<{ me: object | null }>(me, undefined, cookie)).data?.me).not.toBeNull();
  const out = await server.gql<{ signOut: boolean }>('mutation { signOut }', undefined, cookie);
  expect(out.data?.signOut).toBe(true);
  expect((await server.gql<{ me: object | null }>(me, undefined, cookie)).data?.me).toBeNull();
});

test('demo sign-in works only in demo mode', async () => {
  const demo = await server.gql<{ signInDemo: { role: string } }>('mutation { signInDemo(role: direktoer) { role } }');
  expect(demo.data?.signInDemo.role).toBe('direktoer');
  const config = await server.gql<{ authConfig: { demoMode: boolean; demoAccounts: unknown[] } }>(
    '{ authConfig { demoMode demoAccounts { role email label } } }',
  );
  expect(config.data?.authConfig.demoAccounts).toHaveLength(5);

  const production = await startTestServer({ demoMode: false });
  try {
    const refused = await production.gql('mutation { signInDemo(role: direktoer) { role } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cfg = await production.gql<{ authConfig: { demoMode: boolean; demoAccounts: unknown[] } }>(
      '{ authConfig { demoMode demoAccounts { role } } }',
    );
    expect(cfg.data?.authConfig).toEqual({ demoMode: false, demoAccounts: [] });
  } finally {
    await production.close();
  }
});

test('anonymous requests are held to 1 MB; signed-in ones may carry an activity file', async () => {
  const big = JSON.stringify({ query: '{ health }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });
  const anonymous = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: big,
  });
  expect(anonymous.status).toBe(413);
  const cookie = await server.signIn(demoEmail('sundhedsstab'));
  const signedIn = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: big,
  });
  expect(signedIn.status).toBe(200);
});
