// A frozen PostgreSQL (ADR 017), simulated by a TCP proxy that stops forwarding: requests fail with the
// Danish TIMEOUT error within the client-side timeouts instead of hanging, readiness says 503, and the
// first request after the database answers again succeeds. The bound asserted is generous (it guards
// against hanging, not against slowness); bench/faults.ts measures the real figures.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessages } from '@sundhed/shared';
import { createPrisma, type Db } from './prisma';
import { createApp } from '../server/app';
import { startPausableProxy, type PausableProxy } from '../../test/pausableProxy';
import { cloneTestDatabase, testPoolMax, type TestDatabase } from '../../test/testDatabase';

jest.setTimeout(60_000);

const timeouts = { statementTimeoutMs: 1000, queryTimeoutMs: 1500, connectionTimeoutMs: 1000 };
/** Far above the timeouts; only a hang exceeds it. */
const HANG_BOUND_MS = 8000;

let database: TestDatabase;
let proxy: PausableProxy;
let db: Db;
let http: Server;
let stop: () => Promise<void>;
let url: string;
let offerId: string;

beforeAll(async () => {
  database = await cloneTestDatabase();
  proxy = await startPausableProxy(database.url);
  db = createPrisma(proxy.url, { max: testPoolMax, timeouts });
  const app = await createApp(db, { demoMode: true, secureCookies: false, responseCache: false });
  stop = app.stop;
  http = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  offerId = (await db.offer.findFirstOrThrow({ where: { status: 'ACTIVE' }, select: { id: true } })).id;
});
afterAll(async () => {
  proxy?.resume();
  await new Promise((r) => http?.close(r));
  await stop?.();
  await db?.$disconnect();
  await proxy?.close();
  await database?.drop();
});

async function publicOffer(): Promise<{
  ms: number;
  body: { data?: { publicOffer: { id: string } | null }; errors?: { message: string; extensions: { code: string } }[] };
}> {
  const started = Date.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { publicOffer(id: $id) { id } }', variables: { id: offerId } }),
  });
  return { ms: Date.now() - started, body: (await res.json()) as never };
}

test('while PostgreSQL is frozen, requests fail with TIMEOUT instead of hanging; afterwards they succeed again', async () => {
  expect((await publicOffer()).body.data?.publicOffer?.id).toBe(offerId);

  proxy.pause();
  const frozen = await Promise.all([publicOffer(), publicOffer(), publicOffer()]);
  for (const { ms, body } of frozen) {
    expect(body.errors?.[0]).toMatchObject({ message: errorMessages.timeout, extensions: { code: 'TIMEOUT' } });
    expect(ms).toBeLessThan(HANG_BOUND_MS);
  }
  const ready = await fetch(`${url}/readyz`);
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as { reason: string }).reason).toBe('database');
  expect((await fetch(`${url}/healthz`)).status).toBe(200);

  proxy.resume();
  const after = await publicOffer();
  expect(after.body.errors).toBeUndefined();
  expect(after.body.data?.publicOffer?.id).toBe(offerId);
  expect((await fetch(`${url}/readyz`)).status).toBe(200);
});

test('a signed-in request whose session must be looked up while PostgreSQL is frozen gets 503 TIMEOUT in Danish, not a 500', async () => {
  const signIn = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      variables: { e: 'sundhedsstab@demo.ishoj.dk', p: 'demo1234' },
    }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/=/);

  proxy.pause();
  try {
    // The session memory lasts 0.5 s (ADR 019): after it, the session is looked up in the frozen database
    // by the middleware in front of Apollo (the GraphQL limits), outside GraphQL's own error mapping.
    await new Promise((r) => setTimeout(r, 700));
    const started = Date.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(Date.now() - started).toBeLessThan(HANG_BOUND_MS);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ errors: [{ message: errorMessages.timeout, extensions: { code: 'TIMEOUT' } }] });
  } finally {
    proxy.resume();
  }
});
