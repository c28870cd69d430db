// A citizen send retried with its idempotency key goes once (ADR 063), through the real GraphQL server,
// PostgreSQL and an SMS provider on loopback: a repeat after the answer was lost (the browser's queue tries
// again) gets the first result and the provider receives nothing more; a repeat racing the first waits for
// it (holding no database connection while the provider answers); a first try that failed leaves no receipt, so the repeat sends; a key is the sender's own and is
// forgotten after a day. The receipt holds the key, the sender, the time and the result, nothing else.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let worker: string;
let colleague: string;
let offerId: string;
const ENV = ['SUNDHED_PUBLIC_URL', 'SUNDHED_SMS_URL', 'SUNDHED_SMS_TOKEN'] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));

/** A provider on loopback that answers `status()` and counts what it was sent. */
async function startGateway(status: () => number) {
  const received: string[] = [];
  const http: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      received.push(raw);
      res.writeHead(status(), { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  process.env.SUNDHED_SMS_URL = `http://127.0.0.1:${(http.address() as AddressInfo).port}/sms`;
  process.env.SUNDHED_SMS_TOKEN = 'test-token';
  return { received, close: () => new Promise<void>((resolve) => http.close(() => resolve())) };
}

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  [worker, colleague] = await Promise.all([
    server.signIn(demoEmail('frontmedarbejder')),
    server.signIn(demoEmail('sundhedsstab')),
  ]);
  offerId = (await server.db.offer.findFirstOrThrow({ where: { name: 'Rygestopkursus' } })).id;
  process.env.SUNDHED_PUBLIC_URL = 'https://sundhed.example.dk';
});
afterEach(() => {
  delete process.env.SUNDHED_SMS_URL;
  delete process.env.SUNDHED_SMS_TOKEN;
});
afterAll(async () => {
  for (const k of ENV)
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  await server.close();
});

const SMS = `mutation($id: ID!, $phone: String!, $key: ID) {
  sendOfferBySms(offerId: $id, phone: $phone, idempotencyKey: $key) { sent via sendCount }
}`;
const MAIL = `mutation($id: ID!, $email: String!, $key: ID) {
  sendOfferToCitizen(offerId: $id, email: $email, idempotencyKey: $key) { sent via sendCount }
}`;
type Result = { sent: boolean; via: string; sendCount: number };
const sendCount = async () => (await server.db.offer.findUniqueOrThrow({ where: { id: offerId } })).sendCount;

async function sms(key: string | null, cookie = worker) {
  const res = await server.gql<{ sendOfferBySms: Result }>(SMS, { id: offerId, phone: '22334455', key }, cookie);
  return res;
}

test('a repeat of a key that went answers the first result and sends nothing', async () => {
  const gateway = await startGateway(() => 202);
  try {
    const key = randomUUID();
    const before = await sendCount();
    const first = await sms(key);
    expect(first.errors).toBeUndefined();
    expect(first.data!.sendOfferBySms).toEqual({ sent: true, via: 'sms', sendCount: before + 1 });
    // The answer was lost on the way back: the queue tries again with the same key.
    const again = await sms(key);
    expect(again.data!.sendOfferBySms).toEqual(first.data!.sendOfferBySms);
    expect(gateway.received).toHaveLength(1);
    expect(await sendCount()).toBe(before + 1);
    // A new send (a new key), and a send without a key, go.
    expect((await sms(randomUUID())).data!.sendOfferBySms.sendCount).toBe(before + 2);
    expect((await sms(null)).data!.sendOfferBySms.sendCount).toBe(before + 3);
    expect(gateway.received).toHaveLength(3);
  } finally {
    await gateway.close();
  }
});

test('repeats racing the first try wait for it and send nothing more (e-mail, outbox)', async () => {
  const key = randomUUID();
  const before = await sendCount();
  const tries = await Promise.all(
    Array.from({ length: 4 }, () =>
      server.gql<{ sendOfferToCitizen: Result }>(MAIL, { id: offerId, email: 'borger@example.dk', key }, worker),
    ),
  );
  for (const res of tries)
    expect(res.data!.sendOfferToCitizen).toEqual({ sent: true, via: 'outbox', sendCount: before + 1 });
  expect(await sendCount()).toBe(before + 1);
  const outbox = await server.gql<{ outbox: { to: string }[] }>('{ outbox { to } }', {}, worker);
  expect(outbox.data!.outbox.filter((m) => m.to === 'borger@example.dk')).toHaveLength(1);
});

test('a first try that failed keeps no receipt, so the repeat sends', async () => {
  let status = 503;
  const gateway = await startGateway(() => status);
  try {
    const key = randomUUID();
    const before = await sendCount();
    const failed = await sms(key);
    expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(await server.db.sendReceipt.count({ where: { key } })).toBe(0);
    status = 202;
    expect((await sms(key)).data!.sendOfferBySms.sendCount).toBe(before + 1);
    expect(gateway.received).toHaveLength(2);
  } finally {
    await gateway.close();
  }
});

test("a key is the sender's own, is forgotten after a day, and must be a UUID", async () => {
  const key = randomUUID();
  const before = await sendCount();
  await sms(key);
  const theirs = await sms(key, colleague);
  expect(theirs.errors).toBeUndefined();
  expect(theirs.data!.sendOfferBySms.sendCount).toBe(before + 2);
  // A day later (the receipt aged, not the clock: the worker's session would end with it).
  await server.db
    .$executeRaw`UPDATE "SendReceipt" SET "createdAt" = "createdAt" - interval '25 hours' WHERE "key" = ${key}::uuid`;
  expect((await sms(key)).data!.sendOfferBySms.sendCount).toBe(before + 3);
  const bad = await sms('abc');
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'idempotencyKey', message: 'Udsendelsens nøgle er ugyldig. Genindlæs siden, og send igen.' },
  ]);
});

test('a receipt holds the key, the sender, the time and the result: no address, phone or offer', async () => {
  const key = randomUUID();
  await server.gql(MAIL, { id: offerId, email: 'kvittering@example.dk', key }, worker);
  const rows = await server.db.$queryRaw<
    Record<string, unknown>[]
  >`SELECT * FROM "SendReceipt" WHERE "key" = ${key}::uuid`;
  expect(rows).toHaveLength(1);
  expect(Object.keys(rows[0]!).sort()).toEqual(['createdAt', 'key', 'sendCount', 'userId', 'via']);
  const dump = JSON.stringify(await server.db.$queryRaw`SELECT * FROM "SendReceipt"`);
  for (const secret of ['kvittering', 'borger@', '22334455', offerId]) expect(dump).not.toContain(secret);
});

test('while a slow provider answers, no transaction is held open; a repeat meanwhile waits and sends nothing', async () => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const received: string[] = [];
  const http: Server = createServer((req, res) => {
    req.resume();
    received.push(req.url ?? '');
    void held.then(() => res.writeHead(202, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  process.env.SUNDHED_SMS_URL = `http://127.0.0.1:${(http.address() as AddressInfo).port}/sms`;
  process.env.SUNDHED_SMS_TOKEN = 'test-token';
  try {
    const key = randomUUID();
    const before = await sendCount();
    const first = sms(key);
    while (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const repeat = sms(key);
    const idleInTransaction = await server.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
    expect(idleInTransaction[0]!.n).toBe(0);
    // Other requests are served meanwhile.
    expect((await server.gql<{ me: { id: string } }>('{ me { id } }', {}, worker)).data!.me.id).toEqual(
      expect.any(String),
    );
    release();
    const [a, b] = await Promise.all([first, repeat]);
    expect(a.data!.sendOfferBySms).toEqual({ sent: true, via: 'sms', sendCount: before + 1 });
    expect(b.data!.sendOfferBySms).toEqual(a.data!.sendOfferBySms);
    expect(received).toHaveLength(1);
  } finally {
    release();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }
});
