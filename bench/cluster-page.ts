// The cluster page's figure (issue 10): a body with 10 years of monthly meetings (120 meetings, 1,200 agenda
// items, 300 grants each with an amount history pointing at decisions) generated into real PostgreSQL; the
// page's two requests (bodiesOn for today, clusters with the latest 10 meetings and all grants with their
// histories) timed together over HTTP with the response cache off, and the SQL statements per page load
// counted. Usage: pnpm exec tsx bench/cluster-page.ts [page loads]   target p95 <= 50 ms
// First: graphql-js reads NODE_ENV when it loads (production skips its development-only checks).
import './search-production-env';
import { at } from '@sundhed/shared/at';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import { createApp } from '../apps/api/src/server/app';
import type { Db } from '../apps/api/src/db/prisma';
import { BODIES_ON_QUERY } from '../apps/web/src/features/cluster/useBodiesOn';
import { CLUSTERS_QUERY } from '../apps/web/src/features/cluster/useClusters';
import { withSeededDatabase } from './lib/seededDatabase';
import { profiled } from './lib/profiled';

const loads = Number(process.argv[2] ?? 200);
let statements = 0;
const sqlLog: string[] = [];

/** 120 monthly meetings of 10 items each and 300 grants of 4 amount changes each, in the secretariat's body. */
async function generate(db: Db, clusterId: string) {
  const meetings = Array.from({ length: 120 }, (_, i) => {
    const d = new Date(Date.UTC(2016, 11 - i, 15));
    return {
      id: randomUUID(),
      clusterId,
      title: `Møde ${i + 1}`,
      date: d,
      agendaPublishedAt: d,
      minutesPublishedAt: d,
    };
  });
  await db.clusterMeeting.createMany({ data: meetings });
  const items = meetings.flatMap((m) =>
    Array.from({ length: 10 }, (_, n) => ({
      id: randomUUID(),
      meetingId: m.id,
      number: n + 1,
      title: `${m.title}, punkt ${n + 1}`,
      recommendation: 'Det indstilles, at indsatsen godkendes.',
      decision: 'Godkendt som indstillet.',
      outcome: 'APPROVED' as const,
      decidedOn: m.date,
      attachments: [],
    })),
  );
  await db.agendaItem.createMany({ data: items });
  const grants = Array.from({ length: 300 }, (_, g) => ({
    id: randomUUID(),
    clusterId,
    area: (['PSYCHIATRY', 'SOMATIC', 'OTHER'] as const)[g % 3]!,
    title: `Bevilling ${g + 1}`,
    year: 2007 + (g % 10),
    amountKr: 400_000,
  }));
  await db.grant.createMany({ data: grants });
  await db.grantAmountChange.createMany({
    data: grants.flatMap((grant, g) =>
      Array.from({ length: 4 }, (_, c) => {
        const item = items[(g * 4 + c) % items.length]!;
        return {
          grantId: grant.id,
          agendaItemId: item.id,
          previousAmountKr: c === 0 ? null : 100_000 * c,
          newAmountKr: 100_000 * (c + 1),
          effectiveDate: item.decidedOn,
        };
      }),
    ),
  });
}

async function run(db: Db) {
  const secretariat = await db.staffUser.findFirstOrThrow({ where: { role: 'klyngesekretariat' } });
  await generate(db, secretariat.clusterId!);
  const { app, stop } = await createApp(db, { demoMode: true, secureCookies: false, responseCache: false });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (body: object, cookie?: string) => {
    const res = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { errors?: unknown; data?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return { res, json };
  };
  const signIn = await post({ query: 'mutation { signInDemo(role: klyngesekretariat) { id } }' });
  const cookie = signIn.res.headers.get('set-cookie')!.split(';')[0];
  const page = () =>
    Promise.all([
      post({ query: print(BODIES_ON_QUERY), variables: {} }, cookie),
      post({ query: print(CLUSTERS_QUERY) }, cookie),
    ]);
  for (const [name, q] of [
    ['bodiesOn', print(BODIES_ON_QUERY)],
    ['clusters', print(CLUSTERS_QUERY)],
  ] as const) {
    statements = 0;
    const t0 = performance.now();
    await post({ query: q }, cookie).catch((e: unknown) => console.log(name, 'failed', String(e).slice(0, 200)));
    console.log(`first ${name}: ${(performance.now() - t0).toFixed(0)} ms, ${statements} statements`);
    if (process.env.BENCH_SQL) console.log(sqlLog.slice(0, 60).join('\n'));
    sqlLog.length = 0;
  }
  const [, clusters] = await page();
  const data = clusters.json.data as { clusters: { meetings: unknown[]; grants: { changes: unknown[] }[] }[] };
  const grants = data.clusters.flatMap((c) => c.grants);
  const countFields = (v: unknown): number =>
    Array.isArray(v)
      ? v.reduce((n: number, x) => n + countFields(x), 0)
      : v !== null && typeof v === 'object'
        ? Object.values(v).reduce((n: number, x) => n + 1 + countFields(x), 0)
        : 0;
  console.log(
    `clusters response: ${JSON.stringify(clusters.json).length} bytes, ${countFields(clusters.json.data)} fields resolved`,
  );
  console.log(
    `page data: ${data.clusters.length} cluster(s), ${data.clusters.reduce((n, c) => n + c.meetings.length, 0)} meetings shown, ` +
      `${grants.length} grants, ${grants.reduce((n, g) => n + g.changes.length, 0)} amount changes`,
  );
  for (let i = 0; i < 20; i++) await page(); // warm-up
  statements = 0;
  await page();
  const perLoad = statements;
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  await profiled('cluster-page', async () => {
    for (let i = 0; i < loads; i++) {
      const t0 = performance.now();
      await page();
      times.push(performance.now() - t0);
    }
  });
  const cpu = process.cpuUsage(cpu0);
  // CPU time of this process (the API server and the client) per load: the work, whatever the machine's load.
  const cpuPerLoad = ((cpu.user + cpu.system) / 1000 / loads).toFixed(1);
  times.sort((a, b) => a - b);
  const q = (p: number) => at(times, Math.min(times.length - 1, Math.floor(p * times.length))).toFixed(1);
  console.log(
    `cluster page (bodiesOn + clusters, response cache off, real PostgreSQL), ${loads} loads: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms; ${perLoad} SQL statements per load; API process CPU ${cpuPerLoad} ms per load   target p95 <= 50 ms`,
  );
  server.close();
  await stop();
}

void withSeededDatabase(
  'cluster_page',
  {
    pool: 10,
    onQuery: (sql) => {
      statements++;
      if (process.env.BENCH_SQL) sqlLog.push(sql.slice(0, 160));
    },
  },
  run,
).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
