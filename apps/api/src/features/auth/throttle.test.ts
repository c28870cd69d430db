import { setClock } from '@sundhed/shared';
import { hashPassword, legacyScryptHash, passwordChecks, verifyPassword } from '../../auth/password';
import { nameHash, throttleKey } from './signIn';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
// The wait after the 5th check is 1 s by the shared clock: fixed, so a slow machine cannot let a 6th through.
beforeEach(() => setClock('2026-12-04T10:00:00Z'));
afterEach(() => setClock(null));

const signIn = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';

test('40 parallel wrong guesses get at most 5 password checks; the rest are refused unchecked', async () => {
  const email = demoEmail('direktoer');
  const before = passwordChecks();
  const answers = await Promise.all(
    Array.from({ length: 40 }, (_, i) => server.gql(signIn, { e: email, p: `gæt-${i}` })),
  );
  const codes = answers.map((a) => a.errors?.[0]?.extensions?.code);
  expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
  expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(35);
  expect(passwordChecks() - before).toBe(5);
  const row = await server.db.loginThrottle.findUnique({
    where: { nameHash: nameHash(await throttleKey(server.db), email) },
  });
  expect(row?.failures).toBe(5);
});

test('the same for 40 parallel guesses at an unknown account: no more checks, and the same answers', async () => {
  const before = passwordChecks();
  const answers = await Promise.all(
    Array.from({ length: 40 }, (_, i) => server.gql(signIn, { e: 'ingen.her@ishoj.dk', p: `gæt-${i}` })),
  );
  expect(passwordChecks() - before).toBe(5);
  expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED')).toHaveLength(5);
});

test('the throttle table holds only keyed hashes and a count, never a name or password typed', async () => {
  const rows = await server.db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "LoginThrottle"`;
  expect(rows.length).toBeGreaterThan(0);
  const text = JSON.stringify(rows);
  expect(text).not.toMatch(/ishoj|gæt|demo/);
  for (const row of rows) expect(row.nameHash).toMatch(/^[0-9a-f]{64}$/);
});

test('per client address: a limit of its own, and right passwords give their check back', async () => {
  const limited = await startTestServer();
  const previous = process.env.SIGNIN_ADDRESS_LIMIT;
  process.env.SIGNIN_ADDRESS_LIMIT = '6';
  try {
    // Right passwords from one address (a town hall) never use up its limit.
    for (let i = 0; i < 10; i++) await limited.signIn(demoEmail('sundhedsstab'));
    // Six wrong guesses at six different names from the same address use it up.
    for (let i = 0; i < 6; i++) {
      const res = await limited.gql(signIn, { e: `navn${i}@ishoj.dk`, p: 'forkert' });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const before = passwordChecks();
    const refused = await limited.gql(signIn, { e: demoEmail('direktoer'), p: 'demo1234' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0]?.message).toBe(
      'For mange forkerte forsøg fra denne adresse. Vent et par minutter, og prøv igen.',
    );
    expect(passwordChecks()).toBe(before);
  } finally {
    if (previous === undefined) delete process.env.SIGNIN_ADDRESS_LIMIT;
    else process.env.SIGNIN_ADDRESS_LIMIT = previous;
    await limited.close();
  }
});

test('passwords are argon2id at OWASP parameters; an old scrypt hash is replaced at the next sign-in', async () => {
  const fresh = await hashPassword('en adgangskode med æøå og 🙂'.repeat(50));
  expect(fresh).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(await verifyPassword('en adgangskode med æøå og 🙂'.repeat(50), fresh)).toBe(true);
  expect(await verifyPassword('', '')).toBe(false);

  const email = demoEmail('frontmedarbejder');
  await server.db.staffUser.update({ where: { email }, data: { passwordHash: await legacyScryptHash('demo1234') } });
  await server.signIn(email);
  const after = await server.db.staffUser.findUniqueOrThrow({ where: { email } });
  expect(after.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  await server.signIn(email);
});

test('a password of any length or character is hashed or refused, and never logged, stored or answered', async () => {
  const marker = 'HEMMELIG-ADGANGSKODE-7Q';
  const passwords = [
    `${marker}`,
    `${marker}${'x'.repeat(100_000)}`,
    `${marker} æøå 🙂 ' OR 1=1; -- "}`,
    `${marker}\u0000nul`,
    `${marker}\u202Ehøjre-til-venstre`,
  ];
  // Everything the process writes while signing in, in production mode (where errors.ts logs to the console).
  const written: string[] = [];
  const capture = (...args: unknown[]) => {
    written.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
    return true;
  };
  const spies = [
    jest.spyOn(console, 'log').mockImplementation(capture),
    jest.spyOn(console, 'info').mockImplementation(capture),
    jest.spyOn(console, 'warn').mockImplementation(capture),
    jest.spyOn(console, 'error').mockImplementation(capture),
    jest.spyOn(process.stdout, 'write').mockImplementation(capture),
    jest.spyOn(process.stderr, 'write').mockImplementation(capture),
  ];
  setClock('2026-12-04T12:00:00Z'); // past the earlier tests' throttle windows; fixed before production mode
  const environment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const answers: string[] = [];
  try {
    for (const password of passwords) {
      // A known account (five guesses: its limit) and the password typed into the e-mail field.
      answers.push(JSON.stringify(await server.gql(signIn, { e: demoEmail('projektleder'), p: password })));
      answers.push(JSON.stringify(await server.gql(signIn, { e: password, p: password })));
    }
  } finally {
    process.env.NODE_ENV = environment;
    for (const spy of spies) spy.mockRestore();
  }
  expect(answers.join('\n')).not.toContain(marker);
  expect(written.join('\n')).not.toContain(marker);
  const stored = JSON.stringify([
    await server.db.authEvent.findMany(),
    await server.db.loginThrottle.findMany(),
    await server.db.staffUser.findMany({ select: { email: true, name: true, passwordHash: true } }),
  ]);
  expect(stored).not.toContain(marker);
  // Every one was answered as a refused sign-in or refused input, never as an internal error.
  for (const answer of answers) expect(answer).not.toContain('INTERNAL_SERVER_ERROR');
});
