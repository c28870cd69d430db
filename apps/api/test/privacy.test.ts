// Citizens' and staff's typed text stays out of places it does not belong (issue 7, deliverable 8):
// the outbox shows each worker only their own sends and forgets them after OUTBOX_TTL_MS; no citizen
// address reaches a log when the mail relay refuses it (a real SMTP server on loopback, smtp-server); the sign-in
// throttle stores a keyed hash of the name, never the text typed, and its rows expire.
import pg from 'pg';
import { hashPassword } from '../src/auth/password';
import { nameHash, throttleKey, THROTTLE_WINDOW_MS } from '../src/features/auth/signIn';
import { OUTBOX_TTL_MS, pruneOutbox } from '../src/features/offers/sendService';
import { buildStaffUser } from '../src/seed/factories';
import { startSmtpSink } from './smtpSink';
import { demoEmail, startTestServer, type TestServer } from './testServer';

let server: TestServer;
let front: string;
let colleague: string;
let staff: string;

beforeAll(async () => {
  server = await startTestServer();
  const own = await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('frontmedarbejder') } });
  await server.db.staffUser.create({
    data: buildStaffUser({
      email: 'kollega@demo.ishoj.dk',
      name: 'Kollega',
      role: 'frontmedarbejder',
      passwordHash: await hashPassword('kollega-1234'),
      municipalityId: own.municipalityId,
    }),
  });
  front = await server.signIn(demoEmail('frontmedarbejder'));
  colleague = await server.signIn('kollega@demo.ishoj.dk', 'kollega-1234');
  staff = await server.signIn(demoEmail('sundhedsstab'));
});
afterAll(() => server.close());

const send = (offerId: string, email: string, cookie: string) =>
  server.gql<{ sendOfferToCitizen: { sent: boolean; via: string } }>(
    'mutation($id: ID!, $e: String!) { sendOfferToCitizen(offerId: $id, email: $e) { sent via } }',
    { id: offerId, e: email },
    cookie,
  );
const outboxOf = async (cookie: string) =>
  (await server.gql<{ outbox: { to: string }[] }>('{ outbox { to subject } }', undefined, cookie)).data!.outbox.map(
    (m) => m.to,
  );

/** Every row of every table as text: an address or typed secret must not be anywhere in it. */
async function wholeDatabaseText(): Promise<string> {
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`)
    ).rows.map((r) => r.t);
    const parts: string[] = [];
    for (const t of tables)
      parts.push(...(await client.query(`SELECT x::text AS row FROM "${t}" x`)).rows.map((r) => r.row as string));
    return parts.join('\n');
  } finally {
    await client.end();
  }
}

describe('the outbox', () => {
  test("shows a worker only their own sends, never a colleague's, and keeps no address in the database", async () => {
    const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Rygestopkursus' } });
    expect((await send(offer.id, 'mine-1@example.com', front)).data?.sendOfferToCitizen.via).toBe('outbox');
    expect((await send(offer.id, 'theirs-1@example.com', colleague)).data?.sendOfferToCitizen.via).toBe('outbox');

    expect(await outboxOf(front)).toEqual(['mine-1@example.com']);
    expect(await outboxOf(colleague)).toEqual(['theirs-1@example.com']);
    expect(await outboxOf(staff)).toEqual([]); // the staff unit does not read the front line's sends either

    const everything = await wholeDatabaseText();
    expect(everything).not.toContain('mine-1@example.com');
    expect(everything).not.toContain('theirs-1@example.com');
  });

  test('forgets every message, address included, once its time is up (and no cached answer brings it back)', async () => {
    const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Træn dig glad' } });
    await send(offer.id, 'expiring@example.com', front);
    expect(await outboxOf(front)).toContain('expiring@example.com');
    expect(OUTBOX_TTL_MS).toBe(10 * 60_000);
    pruneOutbox(Date.now() + OUTBOX_TTL_MS + 1); // as the timer set at the send does, ten minutes on
    expect(await outboxOf(front)).toEqual([]);
  });
});

/** Everything written to console and to stdout/stderr while work runs, with production logging on. */
async function captureLog<T>(work: () => Promise<T>): Promise<{ result: T; log: string }> {
  const saved = {
    error: console.error,
    warn: console.warn,
    log: console.log,
    info: console.info,
    // Kept unbound on purpose: they are put back on the same streams afterwards.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    out: process.stdout.write,
    // eslint-disable-next-line @typescript-eslint/unbound-method
    err: process.stderr.write,
    env: process.env.NODE_ENV,
  };
  let log = '';
  const keep = (...args: unknown[]) => {
    log += `${args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`;
  };
  console.error = console.warn = console.log = console.info = keep;
  process.stdout.write = process.stderr.write = ((chunk: string | Uint8Array) => (
    keep(String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.env.NODE_ENV = 'production'; // the error mapper logs unexpected errors outside tests
  try {
    return { result: await work(), log };
  } finally {
    Object.assign(console, { error: saved.error, warn: saved.warn, log: saved.log, info: saved.info });
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.env.NODE_ENV = saved.env;
  }
}

describe('no citizen address reaches a log', () => {
  test.each([
    ['refuses the recipient', 'RCPT' as const, 'BAD_USER_INPUT'],
    ['refuses the message, naming the recipient', 'DATA' as const, 'INTERNAL_SERVER_ERROR'],
  ])('when the relay %s', async (_, refuse, code) => {
    const relay = await startSmtpSink(refuse);
    process.env.SMTP_URL = relay.url;
    const address = `rejected-${refuse.toLowerCase()}-7c1@example.com`;
    try {
      const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Jump4fun' } });
      const { result, log } = await captureLog(() => send(offer.id, address, front));
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      if (code === 'BAD_USER_INPUT') {
        expect(result.errors?.[0]?.extensions?.fields).toEqual([
          { path: 'email', message: 'E-mailserveren afviste adressen. Tjek den, og prøv igen' },
        ]);
      } else {
        expect(log).toContain('SMTP message refused'); // the failure was logged ...
      }
      expect(log).not.toContain(address); // ... without the address
      expect(log).not.toContain(address.split('@')[0]);
      expect(JSON.stringify(result)).not.toContain(address);
    } finally {
      delete process.env.SMTP_URL;
      await relay.close();
    }
  });
});

describe('the sign-in throttle', () => {
  const signIn = (e: string, p: string) =>
    server.gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e, p });

  test('stores a keyed hash of the name, never the text typed into the e-mail field', async () => {
    const typedPassword = '  Hemmelig#Kode-93  ';
    await signIn(typedPassword, 'anything');
    await signIn(demoEmail('direktoer'), 'wrong');
    const rows = await server.db.loginThrottle.findMany();
    const key = await throttleKey(server.db);
    expect(rows.map((r) => r.nameHash)).toEqual(
      expect.arrayContaining([nameHash(key, typedPassword), nameHash(key, demoEmail('direktoer'))]),
    );
    for (const row of rows) expect(row.nameHash).toMatch(/^[0-9a-f]{64}$/);
    const everything = (await wholeDatabaseText()).toLowerCase();
    expect(everything).not.toContain('hemmelig#kode-93');
    // The key is the database's own secret unless SUNDHED_SECRET is set; with it, the hash changes.
    process.env.SUNDHED_SECRET = 'x'.repeat(40);
    try {
      expect(nameHash(await throttleKey(server.db), typedPassword)).not.toBe(nameHash(key, typedPassword));
    } finally {
      delete process.env.SUNDHED_SECRET;
    }
  });

  test('forgets a name once the throttle window has passed', async () => {
    const key = await throttleKey(server.db);
    const stale = nameHash(key, 'gammel@example.com');
    const recent = nameHash(key, 'ny@example.com');
    await server.db.loginThrottle.createMany({
      data: [
        { nameHash: stale, failures: 9, lastFailedAt: new Date(Date.now() - THROTTLE_WINDOW_MS - 60_000) },
        { nameHash: recent, failures: 9, lastFailedAt: new Date() },
      ],
    });
    await signIn('someone@example.com', 'wrong'); // any attempt sweeps
    const left = (await server.db.loginThrottle.findMany()).map((r) => r.nameHash);
    expect(left).not.toContain(stale);
    expect(left).toContain(recent);
  });
});
