// Mixed load on the real PostgreSQL (issue 7): 20 staff clients, each signed in with an account of its
// own, for 60 s against the real HTTP server (Express + Apollo + Prisma, response cache on): 40 %
// searches, 30 % director's overviews, 30 % edits (offers, milestones, budget lines in turn). The
// clients run in a worker thread, so the server's event loop serves requests only. At the end every
// acknowledged edit is read back from the database: lost must be 0.
//
// Modes: `own` (default) — each client edits records of its own, writing the whole value it last saved.
// `same` — every client edits the SAME offer, milestone and budget line, as a form does: read the record,
// change the client's own part of a text field ("k3=17"), save the whole field. Without record versions
// concurrent saves overwrite each other and the read-back counts the lost ones; when the schema has a
// `version` argument on the update mutations (issue 7, deliverable 3; detected by the version columns),
// the bench sends the version it read, counts CONFLICT answers apart, re-reads and re-applies, and
// nothing may be lost.
//
// Usage: pnpm exec tsx bench/mixed-load.ts [--clients 20] [--duration 60] [--mode own|same] [--pool 10]
//        [--session-memo-ms 500] [--cache 0|1] [--count-statements] [--workers N] [--only search|overview|edit]
// --workers N: the server runs as N processes sharing the port (node:cluster, as `pnpm start` with
// SUNDHED_WORKERS=N, ADR 039) instead of in this process; the CPU figure then adds up every process.
import { at } from '@sundhed/shared/at';
import './search-production-env';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { setSessionMemoryMs } from '../apps/api/src/auth/session';
import { searchIndexCache } from '../apps/api/src/features/search/scopeIndexCache';
import { DATA_KINDS, scopeVersions, totalVersion } from '../apps/api/src/db/scopeVersion';
import { createApp } from '../apps/api/src/server/app';
import { sharedRows } from '../apps/api/src/graphql/sharedRows';
import { withSeededDatabase } from './lib/seededDatabase';
import { profiled } from './lib/profiled';
import { startServerProcesses, type ServerProcesses } from './lib/serverProcesses';
import { overviewQuery } from '../apps/api/test/overviewQuery';
import { benchQueries } from './search-latency';

const { values: opts } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    duration: { type: 'string', default: '60' },
    mode: { type: 'string', default: 'own' },
    pool: { type: 'string', default: '10' },
    'session-memo-ms': { type: 'string', default: '500' },
    cache: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1' },
    // For comparison: every read depends on every kind in every municipality, i.e. one global version
    // (as before ADR 019: any write makes every cached read and search index stale).
    'global-version': { type: 'boolean', default: false },
    // Count the SQL statements Prisma sends (Prisma's query log; costs some CPU of its own): per request,
    // and by the table each statement names first.
    'count-statements': { type: 'boolean', default: false },
    // Only one kind of request (search, overview or edit), to see what each kind costs; default: the mix.
    only: { type: 'string', default: '' },
  },
});
const clients = Number(opts.clients);
const seconds = Number(opts.duration);
const mode = opts.mode === 'same' ? 'same' : 'own';
const workers = Number(opts.workers);

export interface Records {
  offer: string;
  milestone: string;
  budgetLine: string;
  year: number;
  budgetYear: number;
}

/** The load clients (plain JavaScript for the worker thread). */
const clientCode = String.raw`
const { parentPort, workerData: d } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: d.clients });
const url = new URL(d.base);
function post(body, cookie) {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
const stats = { search: [], overview: [], edit: [], read: [] };
let errors = 0, conflicts = 0, firstError = null;
const acked = {}; // client -> record key -> last acknowledged token value
const V = d.versioned;
const VT = d.versionType; // the GraphQL type of the version argument, as introspected ("Int!")
const searchQuery = 'query($i: OfferSearchInput!) { searchOffers(input: $i) { total hits { score offer { id name } } } }';
const mutations = {
  offer: 'mutation($id: ID!, $i: OfferInput!' + (V ? ', $v: ' + VT : '') + ') { updateOffer(id: $id, input: $i' + (V ? ', version: $v' : '') + ') { id' + (V ? ' version' : '') + ' } }',
  milestone: 'mutation($id: ID!, $i: MilestoneInput!' + (V ? ', $v: ' + VT : '') + ') { updateMilestone(id: $id, input: $i' + (V ? ', version: $v' : '') + ') { id' + (V ? ' version' : '') + ' } }',
  budgetLine: 'mutation($id: ID!, $i: BudgetLineInput!' + (V ? ', $v: ' + VT : '') + ') { updateBudgetLine(id: $id, input: $i' + (V ? ', version: $v' : '') + ') { id' + (V ? ' version' : '') + ' } }',
};
const reads = {
  offer: 'query($id: ID!) { offer(id: $id) { intakeNotes' + (V ? ' version' : '') + ' } }',
  milestone: 'query { themes { milestones { id text' + (V ? ' version' : '') + ' } } }',
  budgetLine: 'query { themes { budgetLines { id description' + (V ? ' version' : '') + ' } } }',
};
async function call(kind, query, variables, cookie) {
  const t = performance.now();
  let body;
  try {
    const res = await post(JSON.stringify({ query, variables }), cookie);
    body = JSON.parse(res.body);
    if (res.status !== 200 && !body.errors) body = { errors: [{ message: 'HTTP ' + res.status }] };
  } catch (e) {
    body = { errors: [{ message: String(e) }] };
  }
  stats[kind].push(performance.now() - t);
  return body;
}
function fail(body) { errors++; firstError ??= JSON.stringify(body.errors ?? body).slice(0, 300); }
const isConflict = (body) => body.errors && body.errors.some((e) => e.extensions && e.extensions.code === 'CONFLICT');
function input(rec, kind, text) {
  if (kind === 'offer') return { intakeNotes: text };
  if (kind === 'milestone') return { year: rec.year, text };
  return { year: rec.budgetYear, description: text, amountKr: 1000 };
}
// The record's current field text (and version), as a form loads it.
async function load(rec, kind, cookie) {
  const body = await call('read', reads[kind], kind === 'offer' ? { id: rec.offer } : {}, cookie);
  if (body.errors || !body.data) { fail(body); return null; }
  if (kind === 'offer') return { text: body.data.offer.intakeNotes || '', version: body.data.offer.version };
  const list = body.data.themes.flatMap((t) => kind === 'milestone' ? t.milestones : t.budgetLines);
  const row = list.find((r) => r.id === rec[kind]);
  return { text: (kind === 'milestone' ? row.text : row.description) || '', version: row.version };
}
function withToken(text, w, n) {
  const tokens = text.split(' ').filter((t) => t && !t.startsWith('k' + w + '='));
  tokens.push('k' + w + '=' + n);
  return tokens.join(' ');
}
async function edit(w, n, kind, cookie) {
  const rec = d.mode === 'same' ? d.shared : d.records[w];
  const key = kind;
  if (d.mode === 'own') {
    // The client is the only writer: it knows the whole value (and version) it last saved.
    const text = 'k' + w + '=' + n;
    const vars = { id: rec[kind], i: input(rec, kind, text) };
    if (V) vars.v = (acked[w] && acked[w][key + ':v']) ?? (await load(rec, kind, cookie)).version;
    const body = await call('edit', mutations[kind], vars, cookie);
    if (body.errors || !body.data) return fail(body);
    acked[w] ??= {};
    acked[w][key] = n;
    if (V) acked[w][key + ':v'] = Object.values(body.data)[0].version;
    return;
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    const current = await load(rec, kind, cookie);
    if (!current) return;
    const vars = { id: rec[kind], i: input(rec, kind, withToken(current.text, w, n)) };
    if (V) vars.v = current.version;
    const body = await call('edit', mutations[kind], vars, cookie);
    if (V && isConflict(body)) { conflicts++; continue; } // someone saved meanwhile: reload and reapply
    if (body.errors || !body.data) return fail(body);
    acked[w] ??= {};
    acked[w][key] = n;
    return;
  }
  fail({ errors: [{ message: 'gave up after 20 conflicts' }] });
}
const deadline = performance.now() + d.seconds * 1000;
async function client(w) {
  const cookie = d.cookies[w];
  let seed = 12345 + w * 7919;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const kinds = ['offer', 'milestone', 'budgetLine'];
  for (let n = 1; performance.now() < deadline; n++) {
    const r = d.only === 'search' ? 0 : d.only === 'overview' ? 0.5 : d.only === 'edit' ? 0.9 : random();
    if (r < 0.4) {
      const body = await call('search', searchQuery, { i: d.queries[n % d.queries.length] }, cookie);
      if (body.errors || !body.data) fail(body);
    } else if (r < 0.7) {
      const body = await call('overview', d.overviewQuery, undefined, cookie);
      if (body.errors || !body.data) fail(body);
    } else {
      await edit(w, n, kinds[n % 3], cookie);
    }
  }
}
Promise.all(Array.from({ length: d.clients }, (_, w) => client(w))).then(() => {
  agent.destroy();
  parentPort.postMessage({ stats, errors, conflicts, firstError, acked });
});
`;

/** Statements by the first table each one names (FROM, INTO, UPDATE), or its first word. */
const statements = new Map<string, number>();
let counting = false;
function countStatement(sql: string) {
  if (!counting) return;
  const table = /(?:FROM|INTO|UPDATE)\s+(?:"public"\.)?"?(\w+)"?/i.exec(sql)?.[1] ?? sql.trim().split(/\s+/)[0] ?? sql;
  statements.set(table, (statements.get(table) ?? 0) + 1);
}

async function main() {
  const onQuery = opts['count-statements'] ? countStatement : undefined;
  await withSeededDatabase('mixed_load', { pool: Number(opts.pool), onQuery }, async (db, databaseUrl) => {
    setSessionMemoryMs(Number(opts['session-memo-ms']));

    // One staff account per client (the response cache is per account, as with real staff), and per
    // client an offer, a milestone and a budget line of its own (copies of demo records).
    const template = await db.staffUser.findUniqueOrThrow({ where: { email: 'sundhedsstab@demo.ishoj.dk' } });
    const municipalityId = template.municipalityId!;
    const offer = await db.offer.findFirstOrThrow({ where: { municipalityId }, orderBy: { id: 'asc' } });
    const theme = await db.theme.findFirstOrThrow({ where: { municipalityId }, orderBy: { code: 'asc' } });
    const milestone = await db.milestone.findFirstOrThrow({ where: { themeId: theme.id } });
    const line = await db.budgetLine.findFirstOrThrow({ where: { municipalityId } });
    const copy = async (w: number): Promise<Records> => {
      const {
        id: _o,
        searchVector: _s,
        searchName: _n,
        searchText: _t,
        searchTerms: _m,
        ...offerData
      } = offer as typeof offer & Record<string, unknown>;
      const o = await db.offer.create({
        data: { ...(offerData as typeof offer), name: `${offer.name} (klient ${w})` } as never,
      });
      const m = await db.milestone.create({
        data: { themeId: milestone.themeId, year: milestone.year, text: `Milepæl for klient ${w}` },
      });
      const b = await db.budgetLine.create({
        data: { municipalityId, themeId: line.themeId, year: line.year, description: `Budgetlinje for klient ${w}` },
      });
      return { offer: o.id, milestone: m.id, budgetLine: b.id, year: m.year, budgetYear: b.year };
    };
    const records: Records[] = [];
    for (let w = 0; w < clients; w++) {
      await db.staffUser.create({
        data: {
          email: `bench${w}@demo.ishoj.dk`,
          name: `Bench ${w}`,
          passwordHash: template.passwordHash,
          role: template.role,
          municipalityId,
        },
      });
      records.push(await copy(w));
    }
    const shared = await copy(clients);

    let processes: ServerProcesses | undefined;
    let base: string;
    let stopServer: () => Promise<void>;
    if (workers > 1) {
      processes = await startServerProcesses(workers, {
        databaseUrl,
        pool: Number(opts.pool),
        responseCache: opts.cache !== '0',
        sessionMemoMs: Number(opts['session-memo-ms']),
      });
      base = processes.base;
      stopServer = processes.stop;
    } else {
      const { app, stop } = await createApp(db, {
        demoMode: true,
        secureCookies: false,
        responseCache: opts.cache !== '0',
      });
      const server = app.listen(0, '127.0.0.1');
      await new Promise((r) => server.once('listening', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      stopServer = async () => {
        server.close();
        await stop();
      };
    }
    const post = async (body: object, cookie?: string) =>
      fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    const cookies: string[] = [];
    for (let w = 0; w < clients; w++) {
      const res = await post({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: `bench${w}@demo.ishoj.dk`, p: 'demo1234' },
      });
      cookies.push(res.headers.get('set-cookie')?.split(';')[0] ?? '');
    }
    // Record versions (issue 7, deliverable 3, ADR 016 of the "versions" branch): when the records carry a
    // version column, the update mutations take `version: Int!` and answer CONFLICT on a stale one. Read
    // from the database rather than by introspection, which production mode may turn off.
    const versionColumns = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'version' AND table_name IN ('Offer', 'Milestone', 'BudgetLine')`,
    );
    const versioned = versionColumns[0]?.n === 3;
    const versionType = 'Int!';
    // Warm-up: every search query and the overview, on as many connections at once as there are server
    // processes, so that (with the cluster's round-robin over connections) each process warms up.
    const warmUp = async () => {
      for (const q of benchQueries)
        await (
          await post(
            { query: 'query($i: OfferSearchInput!) { searchOffers(input: $i) { total } }', variables: { i: q } },
            cookies[0],
          )
        ).json();
      await (await post({ query: overviewQuery }, cookies[0])).json();
    };
    await Promise.all(Array.from({ length: workers }, warmUp));

    if (opts['global-version']) {
      // Every kind a reader asks for carries the one global version: any write changes them all.
      const reader = scopeVersions(db);
      const scoped = reader.byKind.bind(reader);
      reader.byKind = async (scope) => {
        const global = totalVersion(await scoped({ kinds: DATA_KINDS, municipalityId: null }));
        return new Map(scope.kinds.map((kind) => [kind, global]));
      };
    }
    const cpu = process.cpuUsage();
    const serverCpu = (await processes?.cpu()) ?? 0;
    counting = true;
    const builds = searchIndexCache(db).builds;
    const updates = searchIndexCache(db).updates;
    const versionReads = scopeVersions(db).reads;
    const kept = sharedRows(db);
    const [keptHits, keptMisses] = [kept.hits, kept.misses];
    const started = performance.now();
    // BENCH_CPU_PROFILE=<folder>: a CPU profile of the server's thread during the load only.
    const result = await profiled(
      `mixed-load-${mode}`,
      () =>
        new Promise<{
          stats: Record<'search' | 'overview' | 'edit' | 'read', number[]>;
          errors: number;
          conflicts: number;
          firstError: string | null;
          acked: Record<number, Record<string, number>>;
        }>((resolve, reject) => {
          const worker = new Worker(clientCode, {
            eval: true,
            workerData: {
              base,
              cookies,
              records,
              shared,
              mode,
              versioned,
              versionType,
              clients,
              seconds,
              queries: benchQueries,
              overviewQuery,
              only: opts.only,
            },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const cpuUsed = process.cpuUsage(cpu);
    const serverCpuUsed = ((await processes?.cpu()) ?? 0) - serverCpu;
    counting = false;

    // Read back every acknowledged edit from the database.
    let lost = 0;
    let checked = 0;
    const textOf = async (rec: Records, kind: string) =>
      kind === 'offer'
        ? ((await db.offer.findUniqueOrThrow({ where: { id: rec.offer } })).intakeNotes ?? '')
        : kind === 'milestone'
          ? (await db.milestone.findUniqueOrThrow({ where: { id: rec.milestone } })).text
          : (await db.budgetLine.findUniqueOrThrow({ where: { id: rec.budgetLine } })).description;
    for (const [w, byKind] of Object.entries(result.acked)) {
      for (const [kind, n] of Object.entries(byKind)) {
        if (kind.endsWith(':v')) continue;
        checked++;
        const text = await textOf(mode === 'same' ? shared : at(records, Number(w)), kind);
        if (!text.split(' ').includes(`k${w}=${n}`)) lost++;
      }
    }

    const all = Object.values(result.stats)
      .flat()
      .sort((a, b) => a - b);
    const q = (t: number[], p: number) =>
      t.length
        ? at(
            [...t].sort((a, b) => a - b),
            Math.min(t.length - 1, Math.floor(p * t.length)),
          ).toFixed(1)
        : '-';
    console.log(
      `mixed load (${mode} records${versioned ? ', versions sent' : ', no record versions in the schema'}), real PostgreSQL, ${clients} clients, ${elapsed.toFixed(1)} s: ` +
        `${all.length} requests = ${(all.length / elapsed).toFixed(0)} requests/s (target >= 400); ` +
        `p50 ${q(all, 0.5)} ms, p95 ${q(all, 0.95)} ms, p99 ${q(all, 0.99)} ms (target <= 150), max ${q(all, 1)} ms; errors ${result.errors} (target 0)` +
        `${mode === 'same' ? `; CONFLICT answers ${result.conflicts}` : ''}; acknowledged edits read back ${checked}, lost ${lost} (target 0)`,
    );
    for (const [kind, t] of Object.entries(result.stats))
      if (t.length)
        console.log(`  ${kind}: ${t.length} requests, p50 ${q(t, 0.5)} ms, p95 ${q(t, 0.95)} ms, p99 ${q(t, 0.99)} ms`);
    const requests = all.length;
    console.log(
      `  CPU of the API process${processes ? `es (${workers} server processes, and the load thread)` : ' (server and load thread)'}: ${((cpuUsed.user + cpuUsed.system + serverCpuUsed) / 1000 / requests).toFixed(2)} ms per request${processes ? ` (server processes ${(serverCpuUsed / 1000 / requests).toFixed(2)})` : ''}; load average ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()}`,
    );
    console.log(
      `  search index builds: ${searchIndexCache(db).builds - builds}, incremental updates: ${searchIndexCache(db).updates - updates}; scope-version statements: ${scopeVersions(db).reads - versionReads}; pool ${opts.pool}, session memo ${opts['session-memo-ms']} ms, response cache ${opts.cache !== '0' ? 'on' : 'off'}${opts['global-version'] ? ', ONE GLOBAL VERSION (comparison)' : ''}`,
    );
    console.log(
      `  loader rows kept across requests (ADR 020): ${kept.hits - keptHits} taken, ${kept.misses - keptMisses} fetched`,
    );
    if (opts['count-statements']) {
      const total = [...statements.values()].reduce((a, b) => a + b, 0);
      const top = [...statements.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14);
      console.log(
        `  SQL statements: ${total} = ${(total / requests).toFixed(2)} per request; by table: ${top.map(([t, n]) => `${t} ${n}`).join(', ')}`,
      );
    }
    if (result.firstError) console.log(`  first error: ${result.firstError}`);
    if (processes)
      console.log(
        '  (search index, loader-row and statement figures above count this process only, not the server processes)',
      );
    await stopServer();
  });
}

void main();
