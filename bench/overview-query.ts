// p50/p95 of the director's overview GraphQL query over HTTP, on the embedded and on the real
// PostgreSQL, through the real server. Usage: pnpm exec tsx bench/overview-query.ts [requests]
import { at } from '@sundhed/shared/at';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../apps/api/src/db/embedded';
import { migrate } from '../apps/api/src/db/migrate';
import { migrationsDir } from '../apps/api/src/db/paths';
import { createPrisma } from '../apps/api/src/db/prisma';
import { seedDemo } from '../apps/api/src/seed/seedDemo';
import { createApp } from '../apps/api/src/server/app';
import { overviewQuery } from '../apps/api/test/overviewQuery';

const requests = Number(process.argv[2] ?? 300);
process.env.NODE_ENV = 'production';

async function measure(label: string, url: string, poolMax: number) {
  await migrate(url, migrationsDir);
  const db = createPrisma(url, { max: poolMax });
  await seedDemo(db, { demoUsers: true });
  for (const responseCache of [true, false])
    await run(`${label}, response cache ${responseCache ? 'on' : 'off'}`, db, responseCache);
  await db.$disconnect();
}

async function run(label: string, db: ReturnType<typeof createPrisma>, responseCache: boolean) {
  const { app, stop } = await createApp(db, { demoMode: true, secureCookies: false, responseCache });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = (body: object, cookie?: string) =>
    fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const signIn = await post({ query: 'mutation { signInDemo(role: direktoer) { id } }' });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  for (let i = 0; i < 20; i++) await (await post({ query: overviewQuery }, cookie)).json(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    const body = (await (await post({ query: overviewQuery }, cookie)).json()) as { errors?: unknown };
    times.push(performance.now() - t0);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => at(times, Math.min(times.length - 1, Math.floor(p * times.length))).toFixed(1);
  console.log(
    `${label}: overview query over HTTP, ${requests} requests: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms   target p95 <= 30 ms`,
  );
  server.close();
  await stop();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-bench-'));
  const embedded = await startEmbeddedDatabase(dir);
  await measure('embedded (PGlite)', embedded.url, 1);
  await embedded.stop();
  rmSync(dir, { recursive: true, force: true });

  const admin = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `sundhed_bench_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(admin);
    url.pathname = `/${name}`;
    await measure('real PostgreSQL', url.toString(), 10);
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
}

void main();
