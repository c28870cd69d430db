// Issue 7's first figure: the depth-8 anonymous query (a public offer's owner unit walked through
// parent/children eight levels) and a 1,000-alias anonymous request, each sent 100 times to the built
// server running as `pnpm start` runs it (NODE_ENV=production, its own process, demo data on a fresh
// database of the machine's PostgreSQL). Prints per-request time (client round trip) and the server's
// RSS growth over the 100 repetitions of each; target ≤ 50 ms per refusal and ≤ 20 MB growth.
// The anonymous rate limit is turned off for the run (SUNDHED_RATE_LIMIT=0): 300 anonymous requests
// within a minute would otherwise meet it (300 per minute) and measure the 429 path instead.
// Usage: pnpm build && pnpm exec tsx bench/limits.ts [runs=3] [repetitions=100]
import { at } from '@sundhed/shared/at';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { checkQueryLimits, queryLimits } from '../apps/api/src/graphql/limits';
import { buildSchema } from '../apps/api/src/server/schema';

const runs = Number(process.argv[2] ?? 3);
const repetitions = Number(process.argv[3] ?? 100);
const root = join(__dirname, '..');
const mainBundle = join(root, 'apps/api/dist/main.mjs');
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function walk(levels: number): string {
  let selection = 'id name';
  for (let i = levels; i > 0; i--) selection = `${i % 2 ? 'parent' : 'children'} { id name ${selection} }`;
  return selection;
}
const depth8 = `query($id: ID!) { publicOffer(id: $id) { id name ownerUnit { ${walk(8)} } } }`;
const aliases1000 = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: publicOffer(id: "x") { id }`).join(' ')} }`;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const median = (xs: number[]) =>
  at(
    [...xs].sort((a, b) => a - b),
    Math.floor(xs.length / 2),
  );
const p = (xs: number[], q: number) =>
  at(
    [...xs].sort((a, b) => a - b),
    Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1),
  );

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [mainBundle], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SUNDHED_DEMO: '1',
      PORT: '0',
      SUNDHED_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /kører på (http:\/\/localhost:\d+)/.exec(out);
      if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, url };
}

interface Refusal {
  ms: number[];
  rssGrowthMb: number;
}

/** One request that must be refused with QUERY_TOO_COMPLEX; returns its round trip in ms. */
async function send(url: string, body: object): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  const ms = performance.now() - t0;
  if (res.status !== 400 || json.errors?.[0]?.extensions?.code !== 'QUERY_TOO_COMPLEX')
    throw new Error(`not refused: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return ms;
}

async function refuse(url: string, pid: number, body: object): Promise<Refusal> {
  const before = rssMb(pid);
  const ms: number[] = [];
  for (let i = 0; i < repetitions; i++) ms.push(await send(url, body));
  return { ms, rssGrowthMb: rssMb(pid) - before };
}

async function main() {
  if (!existsSync(mainBundle)) throw new Error('Build first: pnpm build');
  const name = `bench_limits_${process.pid}_${Date.now()}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const results: { depth: Refusal; aliases: Refusal; rssTotalMb: number }[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const { child, url } = await startServer(databaseUrl);
      try {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        const { rows } = await client.query(`SELECT id FROM "Offer" WHERE status = 'ACTIVE' LIMIT 1`);
        await client.end();
        const depthBody = { query: depth8, variables: { id: rows[0].id } };
        const aliasesBody = { query: aliases1000 };
        // Warm-up: JIT and V8's young generation grow to their working size during the first requests.
        for (let i = 0; i < 50; i++) {
          await send(url, depthBody);
          await send(url, aliasesBody);
        }
        const start = rssMb(child.pid!);
        const depth = await refuse(url, child.pid!, depthBody);
        const aliases = await refuse(url, child.pid!, aliasesBody);
        const rssTotalMb = rssMb(child.pid!) - start;
        results.push({ depth, aliases, rssTotalMb });
        const line = (label: string, r: Refusal) =>
          `${label}: p50 ${median(r.ms).toFixed(2)} ms  p95 ${p(r.ms, 0.95).toFixed(2)} ms  max ${Math.max(...r.ms).toFixed(2)} ms  RSS growth over ${repetitions}: ${r.rssGrowthMb.toFixed(1)} MB`;
        console.log(`run ${run}: server RSS after warm-up (50 of each) ${start.toFixed(1)} MB`);
        console.log(`  depth-8 anonymous walk (${Buffer.byteLength(depth8)} bytes) ${line('', depth)}`);
        console.log(`  1,000 aliases (${Buffer.byteLength(aliases1000)} bytes)         ${line('', aliases)}`);
        console.log(`  RSS growth over both (${2 * repetitions} requests): ${rssTotalMb.toFixed(1)} MB`);
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const m = (f: (r: (typeof results)[number]) => number) => median(results.map(f)).toFixed(2);
  console.log(`\nmedian of ${runs} runs (load average ${readFileSync('/proc/loadavg', 'utf8').trim()}):`);
  console.log(
    `  depth-8 anonymous: p50 ${m((r) => median(r.depth.ms))} ms, max ${m((r) => Math.max(...r.depth.ms))} ms (target ≤ 50 ms), RSS growth ${m((r) => r.depth.rssGrowthMb)} MB`,
  );
  console.log(
    `  1,000 aliases:     p50 ${m((r) => median(r.aliases.ms))} ms, max ${m((r) => Math.max(...r.aliases.ms))} ms (target ≤ 50 ms), RSS growth ${m((r) => r.aliases.rssGrowthMb)} MB`,
  );
  console.log(`  RSS growth over both: ${m((r) => r.rssTotalMb)} MB (target ≤ 20 MB)`);
  checkCost();
}

/** The check alone, in this process, without HTTP: what a refusal costs the server's CPU. */
function checkCost() {
  const schema = buildSchema();
  const time = (source: string) => {
    const us: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const t0 = performance.now();
      try {
        checkQueryLimits(schema, { source, variables: { id: 'x' } }, queryLimits.anonymous);
      } catch {
        // refused, as expected
      }
      us.push((performance.now() - t0) * 1000);
    }
    return `p50 ${median(us).toFixed(0)} µs, p95 ${p(us, 0.95).toFixed(0)} µs`;
  };
  console.log(
    `  the limit check alone (1,000 calls, no HTTP): depth-8 ${time(depth8)}; 1,000 aliases ${time(aliases1000)}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
