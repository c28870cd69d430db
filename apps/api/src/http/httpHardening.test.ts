// HTTP hardening (ADR 017): security headers and CSP, HSTS and the Secure cookie over HTTPS (directly
// declared or via a trusted proxy), the operator's probes, and the handler deadline.
import { defined } from '../../../../test/defined';
import { request } from 'node:http';
import { errorMessages } from '@sundhed/shared';
import { createPrisma } from '../db/prisma';
import { isDbTimeout, isDbUnavailable, dbTimeoutsFromEnv } from '../db/timeouts';
import { healthRouter } from './health';
import { isLongRequest } from './timeouts';
import { trustProxySetting } from './trustProxy';
import { migrationsDir } from '../db/paths';
import { createApp } from '../server/app';
import { demoEmail, startTestServer, type TestServer } from '../../test/testServer';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Request } from 'express';

const signIn = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { name } }';

async function signInCookie(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: signIn, variables: { e: demoEmail('direktoer'), p: 'demo1234' } }),
  });
  return res.headers.get('set-cookie') ?? '';
}

function withEnv(name: string, value: string | undefined): () => void {
  const before = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  return () => {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  };
}

describe('over plain HTTP, default proxy trust (loopback)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('every response carries the strict CSP and the framing, referrer and sniffing headers', async () => {
    for (const path of ['/', '/tilbud', '/api/hsds/services', '/healthz']) {
      const res = await fetch(`${server.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|upgrade-insecure-requests/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  test('no Secure cookie and no HSTS over plain HTTP', async () => {
    const cookie = await signInCookie(server.url);
    expect(cookie).toMatch(/^sundhed_session=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  test('behind the trusted local proxy, X-Forwarded-Proto: https gives HSTS and a Secure cookie', async () => {
    const res = await fetch(`${server.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(await signInCookie(server.url, { 'x-forwarded-proto': 'https' })).toMatch(/;\s*Secure/i);
  });

  test('/healthz answers without the database; /readyz checks the database and the migrations', async () => {
    const live = await fetch(`${server.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok', message: errorMessages.healthLive });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ status: 'ready', message: errorMessages.healthReady });
  });

  test('/readyz is 503 when a migration of this build is missing from the database', async () => {
    const last = defined(
      (
        await server.db.$queryRaw<
          { migration_name: string }[]
        >`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`
      )[0],
      'an applied migration',
    );
    await server.db
      .$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = ${last.migration_name}`;
    try {
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { reason: string; pending: string[]; message: string };
      expect(body.reason).toBe('migrations');
      expect(body.pending).toEqual([last.migration_name]);
      expect(body.message).toBe(errorMessages.healthMigrationsPending(last.migration_name));
    } finally {
      await server.db
        .$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = ${last.migration_name}`;
    }
  });
});

describe('configured for HTTPS', () => {
  test('SECURE_COOKIES=1 gives HSTS and a Secure cookie even without a proxy header', async () => {
    const server = await startTestServer({ secureCookies: true });
    try {
      const res = await fetch(`${server.url}/`);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(await signInCookie(server.url)).toMatch(/;\s*Secure/i);
    } finally {
      await server.close();
    }
  });

  test('with TRUST_PROXY=false a forged X-Forwarded-Proto is ignored', async () => {
    const restore = withEnv('TRUST_PROXY', 'false');
    const server = await startTestServer();
    restore();
    try {
      const res = await fetch(`${server.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(await signInCookie(server.url, { 'x-forwarded-proto': 'https' })).not.toMatch(/;\s*Secure/i);
    } finally {
      await server.close();
    }
  });
});

test('TRUST_PROXY values', () => {
  expect(trustProxySetting(undefined)).toBe('loopback');
  expect(trustProxySetting('0')).toBe(false);
  expect(trustProxySetting('2')).toBe(2);
  expect(trustProxySetting('10.0.0.0/8, loopback')).toBe('10.0.0.0/8, loopback');
  expect(() => trustProxySetting('true')).toThrow(/TRUST_PROXY/);
});

test('database timeouts come from the environment, 0 meaning none, and nonsense is refused', () => {
  expect(dbTimeoutsFromEnv({})).toEqual({
    statementTimeoutMs: 5_000,
    queryTimeoutMs: 6_000,
    connectionTimeoutMs: 3_000,
  });
  expect(dbTimeoutsFromEnv({ SUNDHED_STATEMENT_TIMEOUT_MS: '0', SUNDHED_QUERY_TIMEOUT_MS: '2500' })).toMatchObject({
    statementTimeoutMs: 0,
    queryTimeoutMs: 2500,
  });
  expect(() => dbTimeoutsFromEnv({ SUNDHED_DB_CONNECT_TIMEOUT_MS: '5s' })).toThrow(/SUNDHED_DB_CONNECT_TIMEOUT_MS/);
});

test('the import and the activity-file simulation get the long deadline; other operations do not', () => {
  const req = (query: unknown) => ({ body: { query } }) as Request;
  expect(isLongRequest(req('mutation($c: String!) { importOffersCsv(csv: $c) { imported } }'))).toBe(true);
  expect(isLongRequest(req('query { cofinancingSimulation(ratesId: "x", activityCsv: "") { __typename } }'))).toBe(
    true,
  );
  expect(isLongRequest(req('{ offers { id } }'))).toBe(false);
  expect(isLongRequest({ body: undefined } as Request)).toBe(false);
});

test('a statement cancelled by statement_timeout is a timeout, and so is a query the pool gave up on', async () => {
  const db = createPrisma(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres', {
    max: 1,
    timeouts: { statementTimeoutMs: 100 },
  });
  try {
    const error = await db.$queryRawUnsafe('SELECT pg_sleep(5)::text').catch((e: unknown) => e);
    expect(isDbTimeout(error)).toBe(true);
    expect(await db.$queryRawUnsafe('SELECT 1::int AS one')).toEqual([{ one: 1 }]);
  } finally {
    await db.$disconnect();
  }
  expect(isDbTimeout(new Error('Query read timeout'))).toBe(true);
  expect(isDbTimeout(new Error('Unique constraint failed'))).toBe(false);
  // Seen by bench/faults.ts while PostgreSQL was frozen or stopped: Prisma gave up waiting for a
  // connection to start a transaction, and a pool client whose connection broke.
  expect(
    isDbTimeout(
      Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), {
        code: 'P2028',
      }),
    ),
  ).toBe(true);
  expect(isDbUnavailable(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
  expect(isDbUnavailable(new Error('Unique constraint failed'))).toBe(false);
});

test('/readyz is 503 with a Danish message when the database cannot be reached', async () => {
  // Port 9 (discard) on loopback has no PostgreSQL: the connection is refused at once.
  const db = createPrisma('postgresql://postgres@127.0.0.1:9/none', { max: 1 });
  const app = express().use(healthRouter(db, { migrationsDir, readyTimeoutMs: 2000 }));
  const http = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: 'not-ready',
      reason: 'database',
      message: errorMessages.healthDbUnreachable,
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  } finally {
    await new Promise((r) => http.close(r));
    await db.$disconnect();
  }
});

test('a request that outlives the handler deadline gets 503 with code TIMEOUT in Danish, not silence', async () => {
  const restore = withEnv('SUNDHED_REQUEST_TIMEOUT_MS', '300');
  const server = await startTestServer();
  restore();
  try {
    // The body never finishes arriving, so the handler cannot answer before the deadline.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${server.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body: text });
          });
        },
      );
      req.on('error', reject);
      req.write('{"query":"{ me { id } }"');
    });
    expect(status).toBe(503);
    expect(JSON.parse(body)).toEqual({ errors: [{ message: errorMessages.timeout, extensions: { code: 'TIMEOUT' } }] });
    // The server is unharmed.
    expect((await server.gql('{ authConfig { demoMode } }')).data).toEqual({ authConfig: { demoMode: true } });
  } finally {
    await server.close();
  }
});

test('with the database down, GraphQL answers SERVICE_UNAVAILABLE in Danish, not an internal error', async () => {
  const db = createPrisma('postgresql://postgres@127.0.0.1:9/none', { max: 1 });
  const { app, stop } = await createApp(db, { demoMode: false, secureCookies: false, responseCache: false });
  const http = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const res = await fetch(`http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ publicOffer(id: "x") { id } }' }),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      message: errorMessages.databaseUnavailable,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  } finally {
    await new Promise((r) => http.close(r));
    await stop();
    await db.$disconnect();
  }
});
