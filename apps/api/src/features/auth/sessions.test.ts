import { setClock } from '@sundhed/shared';
import { setEmergencyAdmin } from '../../auth/emergencyAdmin';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => setClock(null));
afterAll(() => server.close());

const me = '{ me { email } }';
const signedIn = async (cookie: string) =>
  (await server.gql<{ me: { email: string } | null }>(me, undefined, cookie)).data?.me ?? null;
// The session memory lasts 0.5 s of real time; wait it out so the next request asks the database.
const pastMemory = () => new Promise((r) => setTimeout(r, 600));

test('a session ends after 30 idle minutes by the shared clock, and activity keeps it alive', async () => {
  setClock('2026-12-04T09:00:00Z');
  const cookie = await server.signIn(demoEmail('sundhedsstab'));
  setClock('2026-12-04T09:25:00Z');
  await pastMemory();
  expect(await signedIn(cookie)).not.toBeNull(); // 25 idle minutes: still signed in, and seen now
  setClock('2026-12-04T09:50:00Z');
  await pastMemory();
  expect(await signedIn(cookie)).not.toBeNull(); // 25 minutes after the last request
  setClock('2026-12-04T10:20:30Z');
  await pastMemory();
  expect(await signedIn(cookie)).toBeNull(); // 30½ idle minutes
});

test('the idle timeout is configurable (SESSION_IDLE_MINUTES)', async () => {
  process.env.SESSION_IDLE_MINUTES = '5';
  try {
    setClock('2026-12-04T09:00:00Z');
    const cookie = await server.signIn(demoEmail('direktoer'));
    setClock('2026-12-04T09:06:00Z');
    await pastMemory();
    expect(await signedIn(cookie)).toBeNull();
  } finally {
    delete process.env.SESSION_IDLE_MINUTES;
  }
});

test('a session ends 12 hours after sign-in however active it is (absolute timeout)', async () => {
  setClock('2026-12-04T07:00:00Z');
  const cookie = await server.signIn(demoEmail('frontmedarbejder'));
  // A request every 20 minutes, the last at 18:40: never idle for long.
  for (let step = 1; step <= 35; step++) {
    setClock(new Date(Date.parse('2026-12-04T07:00:00Z') + step * 20 * 60_000));
    await pastMemory();
    expect(await signedIn(cookie)).not.toBeNull();
  }
  setClock('2026-12-04T19:00:01Z');
  await pastMemory();
  expect(await signedIn(cookie)).toBeNull();
});

test('"Log ud alle steder" ends every session of the account, and no one else\'s', async () => {
  const email = demoEmail('klyngesekretariat');
  const devices = [await server.signIn(email), await server.signIn(email), await server.signIn(email)];
  const colleague = await server.signIn(demoEmail('projektleder'));
  for (const cookie of devices) expect(await signedIn(cookie)).not.toBeNull();
  const out = await server.gql<{ signOutEverywhere: number }>('mutation { signOutEverywhere }', undefined, devices[0]);
  expect(out.data?.signOutEverywhere).toBeGreaterThanOrEqual(3);
  for (const cookie of devices) expect(await signedIn(cookie)).toBeNull();
  expect(await signedIn(colleague)).not.toBeNull();
  const user = await server.db.staffUser.findUniqueOrThrow({ where: { email } });
  expect(await server.db.authEvent.count({ where: { userId: user.id, kind: 'sign_out_everywhere' } })).toBe(1);
  expect(await server.db.authEvent.count({ where: { userId: user.id, kind: 'sign_in' } })).toBeGreaterThanOrEqual(3);
  const anonymous = await server.gql('mutation { signOutEverywhere }');
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('the emergency administrator (password set by command) disables a local account; it is audited', async () => {
  expect(await setEmergencyAdmin(server.db, { email: 'nod@ishoj.dk', password: 'kort' })).toBe('too-short');
  expect(await setEmergencyAdmin(server.db, { email: 'nod@ishoj.dk', password: 'en lang nød-adgangskode' })).toBe(
    'created',
  );
  const admin = await server.signIn('nod@ishoj.dk', 'en lang nød-adgangskode');
  const target = demoEmail('direktoer');
  const victim = await server.signIn(target);
  const disable = 'mutation($e: String!, $d: Boolean!) { setAccountDisabled(email: $e, disabled: $d) }';

  const notAdmin = await server.gql(disable, { e: demoEmail('sundhedsstab'), d: true }, victim);
  expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(notAdmin.errors?.[0]?.message).toBe('Kun en administrator kan spærre og åbne konti.');
  const self = await server.gql(disable, { e: 'nod@ishoj.dk', d: true }, admin);
  expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

  // The administrator's page (/konti): who is an administrator, and the local accounts with their state.
  const isAdmin = '{ me { isAdministrator } }';
  expect((await server.gql(isAdmin, undefined, admin)).data).toEqual({ me: { isAdministrator: true } });
  expect((await server.gql(isAdmin, undefined, victim)).data).toEqual({ me: { isAdministrator: false } });
  const list = '{ localAccounts { email role disabledAt isAdministrator } }';
  const refused = await server.gql(list, undefined, victim);
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(refused.errors?.[0]?.message).toBe('Kun en administrator kan spærre og åbne konti.');
  type Listed = { localAccounts: { email: string; disabledAt: string | null; isAdministrator: boolean }[] };
  const before = (await server.gql<Listed>(list, undefined, admin)).data!.localAccounts;
  expect(before[0]).toMatchObject({ email: 'nod@ishoj.dk', isAdministrator: true });
  expect(before.find((a) => a.email === target)).toMatchObject({ disabledAt: null, isAdministrator: false });

  // Another municipality's administrator is neither listed nor disabled (as if it did not exist).
  expect(
    await setEmergencyAdmin(server.db, {
      email: 'nod@albertslund.dk',
      password: 'en anden lang nød-adgangskode',
      municipalityCode: '165',
    }),
  ).toBe('created');
  const listed = (await server.gql<Listed>(list, undefined, admin)).data!.localAccounts.map((a) => a.email);
  expect(listed).toContain(target);
  expect(listed).not.toContain('nod@albertslund.dk');
  const elsewhere = await server.gql(disable, { e: 'nod@albertslund.dk', d: true }, admin);
  expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(
    (await server.db.staffUser.findUniqueOrThrow({ where: { email: 'nod@albertslund.dk' } })).disabledAt,
  ).toBeNull();

  expect((await server.gql(disable, { e: target, d: true }, admin)).data).toEqual({ setAccountDisabled: true });
  const after = (await server.gql<Listed>(list, undefined, admin)).data!.localAccounts;
  expect(after.find((a) => a.email === target)?.disabledAt).toEqual(expect.any(String));
  expect(await signedIn(victim)).toBeNull();
  const again = await server.gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: target,
    p: 'demo1234',
  });
  expect(again.errors?.[0]?.message).toBe('Kontoen er spærret. Kontakt en administrator.');
  const demo = await server.gql('mutation { signInDemo(role: direktoer) { id } }');
  expect(demo.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  expect((await server.gql(disable, { e: target, d: false }, admin)).data).toEqual({ setAccountDisabled: true });
  await server.signIn(target);
  const kinds = (await server.db.authEvent.findMany({ orderBy: { at: 'asc' } })).map((e) => e.kind);
  expect(kinds).toEqual(expect.arrayContaining(['account_created', 'disabled', 'enabled', 'sign_in']));
  expect(JSON.stringify(await server.db.authEvent.findMany())).not.toMatch(/adgangskode|demo1234/);
});
