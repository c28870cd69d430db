// Fault figures (issue 7, ADR 017) on a PostgreSQL of the bench's own (bench/faults-postgres.ts), never the
// machine's shared server. The app runs as its own process (src/main.ts, production mode, default timeouts);
// this process is the load: CLIENTS staff clients, each reading its own offer and editing its own offer and
// milestone, without pause. Per run and scenario: WARM s of load, the fault for FAULT s, AFTER s of load.
//   stop:   pg_ctl stop -m fast, then start. Figure: time from "PostgreSQL accepts connections" to the first
//           successful answer, and whether the first request sent after that moment succeeds.
//   freeze: SIGSTOP to the postmaster and every backend, then SIGCONT. Figure: the slowest answer to a request
//           sent during the freeze (it must fail within the client-side timeouts, not hang).
// After every scenario each acknowledged write is read back from PostgreSQL: a record whose value is neither
// its last acknowledged value nor a later attempted one is a lost write.
// Usage: pnpm exec tsx bench/faults.ts [runs=3] [clients=8]
import { at, entry } from '@sundhed/shared/at';
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { defaultDbTimeouts } from '../apps/api/src/db/timeouts';
import { createOwnPostgres, type OwnPostgres } from './faults-postgres';

const runs = Number(process.argv[2] ?? 3);
const clients = Number(process.argv[3] ?? 8);
const WARM = 5_000;
const FAULT = 10_000;
const AFTER = 8_000;
/** A request unanswered after this is a hang. */
const HANG_MS = 60_000;
const root = join(import.meta.dirname, '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();

interface Sample {
  start: number;
  end: number;
  ok: boolean;
  code?: string;
  write?: boolean;
}

interface Tracked {
  kind: 'offer' | 'milestone';
  id: string;
  /** The milestone's other fields, sent unchanged with each edit. */
  fields?: Record<string, unknown>;
  acked?: string;
  /** Values sent after the last acknowledged one, without an answer that they were saved. */
  unacked: string[];
  version?: number;
  versionKnown: boolean;
}

async function startApp(url: string, log: NodeJS.WritableStream): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/api/src/main.ts')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, SUNDHED_DEMO: '1', PORT: '0' },
  });
  child.stderr?.pipe(log);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      log.write(d);
      out += d.toString();
      const m = /kører på http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ child, base: `http://127.0.0.1:${m[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
}

async function gql(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  cookie = '',
): Promise<{ ok: boolean; code?: string; data?: Record<string, any>; cookie?: string }> {
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const body = (await res.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code ?? (res.ok ? undefined : `HTTP ${res.status}`);
    return { ok: !code, code, data: body.data, cookie: res.headers.get('set-cookie')?.split(';')[0] };
  } catch (error) {
    return { ok: false, code: (error as Error).name === 'TimeoutError' ? 'HANG' : 'NETWORK' };
  }
}

async function main(): Promise<void> {
  const own: OwnPostgres = await createOwnPostgres();
  const log = createWriteStream('/tmp/sundhed-faults-app.log');
  let app: ChildProcess | undefined;
  const results: { stop: Record<string, number>[]; freeze: Record<string, number>[] } = { stop: [], freeze: [] };
  try {
    const admin = new pg.Client({ connectionString: own.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE sundhed');
    await admin.end();
    const started = await startApp(own.url('sundhed'), log);
    app = started.child;
    const base = started.base;
    const verify = new pg.Pool({ connectionString: own.url('sundhed'), max: 2, connectionTimeoutMillis: 1000 });
    verify.on('error', () => undefined); // an idle connection cut by the stop: the pool drops it

    const { rows: offers } = await verify.query(
      `SELECT o.id FROM "Offer" o JOIN "StaffUser" u ON u."municipalityId" = o."municipalityId" WHERE u.email = 'sundhedsstab@demo.ishoj.dk' ORDER BY o.id LIMIT $1`,
      [clients],
    );
    const { rows: milestones } = await verify.query(
      `SELECT m.id, m.year, m.quarter, to_char(m.date, 'YYYY-MM-DD') AS date, m.status FROM "Milestone" m JOIN "Theme" t ON t.id = m."themeId"
       JOIN "StaffUser" u ON u."municipalityId" = t."municipalityId" WHERE u.email = 'sundhedsstab@demo.ishoj.dk' ORDER BY m.id LIMIT $1`,
      [clients],
    );
    if (offers.length < clients || milestones.length < clients)
      throw new Error(`only ${offers.length} offers and ${milestones.length} milestones for ${clients} clients`);
    const cookies: string[] = [];
    for (let c = 0; c < clients; c++) {
      const r = await gql(
        base,
        'mutation { signIn(email: "sundhedsstab@demo.ishoj.dk", password: "demo1234") { id } }',
        {},
      );
      if (!r.cookie) throw new Error(`sign-in failed: ${r.code}`);
      cookies.push(r.cookie);
    }
    console.log(
      `Fault bench: own PostgreSQL 15 on 127.0.0.1:${own.port}, ${clients} clients, updates name the version they edited (ADR 016)`,
    );
    console.log(
      `Client-side timeouts (defaults): query ${defaultDbTimeouts.queryTimeoutMs} ms, connect ${defaultDbTimeouts.connectionTimeoutMs} ms; statement_timeout ${defaultDbTimeouts.statementTimeoutMs} ms`,
    );

    const tracked: Tracked[][] = offers.map((o, c) => [
      { kind: 'offer', id: o.id as string, unacked: [], versionKnown: false },
      {
        kind: 'milestone',
        id: milestones[c].id as string,
        fields: {
          year: milestones[c].year,
          quarter: milestones[c].quarter,
          date: milestones[c].date,
          status: milestones[c].status,
        },
        unacked: [],
        versionKnown: false,
      },
    ]);

    async function write(c: number, t: Tracked, value: string): Promise<Sample> {
      if (!t.versionKnown) {
        const table = t.kind === 'offer' ? 'Offer' : 'Milestone';
        try {
          t.version = (await verify.query(`SELECT version FROM "${table}" WHERE id = $1`, [t.id])).rows[0]
            .version as number;
          t.versionKnown = true;
        } catch {
          // database down: the write below fails the same way
        }
      }
      const query =
        t.kind === 'offer'
          ? 'mutation($id: ID!, $input: OfferInput!, $version: Int!) { r: updateOffer(id: $id, input: $input, version: $version) { id version } }'
          : 'mutation($id: ID!, $input: MilestoneInput!, $version: Int!) { r: updateMilestone(id: $id, input: $input, version: $version) { id version } }';
      const input = t.kind === 'offer' ? { shortDescription: value } : { ...t.fields, text: value };
      t.unacked.push(value);
      const start = now();
      const r = await gql(base, query, { id: t.id, input, version: t.version }, cookies[c]);
      if (r.ok) {
        t.acked = value;
        t.unacked = [];
        t.version = r.data?.r?.version as number;
      } else t.versionKnown = false;
      return { start, end: now(), ok: r.ok, code: r.code, write: true };
    }

    async function runScenario(kind: 'stop' | 'freeze', run: number): Promise<Record<string, number>> {
      const samples: Sample[] = [];
      let running = true;
      const loops = tracked.map(async (records, c) => {
        for (let seq = 0; running; seq++) {
          const op = seq % 4;
          if (op === 0 || op === 2) {
            const start = now();
            const r = await gql(
              base,
              'query($id: ID!) { offer(id: $id) { id shortDescription } }',
              { id: at(records, 0).id },
              cookies[c],
            );
            samples.push({ start, end: now(), ok: r.ok, code: r.code });
          } else {
            const t = at(records, op === 1 ? 0 : 1);
            samples.push(await write(c, t, `Fejltest ${kind} ${run}.${c}.${seq}`));
          }
        }
      });
      await sleep(WARM);
      const faultAt = now();
      if (kind === 'stop') await own.stop();
      else own.freeze();
      await sleep(FAULT - (now() - faultAt));
      let backAt: number;
      if (kind === 'stop') backAt = await own.start();
      else {
        own.thaw();
        backAt = now();
      }
      await sleep(AFTER);
      running = false;
      await Promise.all(loops);

      // Read every record back from PostgreSQL.
      let lost = 0;
      let acknowledged = 0;
      for (const t of tracked.flat()) {
        if (t.acked === undefined) continue;
        acknowledged++;
        const sql =
          t.kind === 'offer'
            ? 'SELECT "shortDescription" AS v FROM "Offer" WHERE id = $1'
            : 'SELECT text AS v FROM "Milestone" WHERE id = $1';
        const stored = (await verify.query(sql, [t.id])).rows[0]?.v as string | undefined;
        if (stored !== t.acked && !t.unacked.includes(stored ?? '')) lost++;
      }
      const acks = samples.filter((s) => s.ok).length;
      const afterBack = samples.filter((s) => s.start >= backAt).sort((a, b) => a.start - b.start);
      const firstOkEnd = Math.min(...samples.filter((s) => s.ok && s.end >= backAt).map((s) => s.end));
      const duringFault = samples.filter((s) => s.start >= faultAt && s.start < backAt);
      const figures: Record<string, number> = {
        requests: samples.length,
        ok: acks,
        failedDuringFault: duringFault.filter((s) => !s.ok).length,
        sentDuringFault: duringFault.length,
        slowestDuringFaultMs: Math.round(Math.max(0, ...duringFault.map((s) => s.end - s.start))),
        firstOkAfterBackMs: Math.round(firstOkEnd - backAt),
        firstRequestAfterBackOk: afterBack[0]?.ok ? 1 : 0,
        firstRequestAfterBackMs: Math.round(afterBack[0] ? afterBack[0].end - afterBack[0].start : NaN),
        failedAfterBack: afterBack.filter((s) => !s.ok).length,
        hangs: samples.filter((s) => s.code === 'HANG').length,
        recordsWithAcknowledgedWrites: acknowledged,
        acknowledgedWrites: samples.filter((s) => s.ok && s.write).length,
        lostWrites: lost,
      };
      const codes = [...new Set(duringFault.filter((s) => !s.ok).map((s) => s.code))].join(', ');
      console.log(`run ${run} ${kind}: ${JSON.stringify(figures)} codes during fault: ${codes}`);
      return figures;
    }

    for (let run = 1; run <= runs; run++) {
      results.stop.push(await runScenario('stop', run));
      results.freeze.push(await runScenario('freeze', run));
    }
    await verify.end();

    const median = (xs: number[]) =>
      at(
        [...xs].sort((a, b) => a - b),
        Math.floor(xs.length / 2),
      );
    const med = (kind: 'stop' | 'freeze', key: string) => median(results[kind].map((r) => entry(r, key)));
    const sum = (kind: 'stop' | 'freeze', key: string) => results[kind].reduce((a, r) => a + entry(r, key), 0);
    console.log(
      `\nMedian of ${runs} runs (load average ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()}):`,
    );
    console.log(
      `PostgreSQL stopped ${FAULT / 1000} s: first successful answer ${med('stop', 'firstOkAfterBackMs')} ms after PostgreSQL accepts connections; ` +
        `first request sent after that succeeded in ${sum('stop', 'firstRequestAfterBackOk')}/${runs} runs (${med('stop', 'firstRequestAfterBackMs')} ms); ` +
        `requests failed after it was back: ${sum('stop', 'failedAfterBack')}; hangs: ${sum('stop', 'hangs')}; ` +
        `lost acknowledged writes: ${sum('stop', 'lostWrites')} in ${runs} runs (median ${med('stop', 'acknowledgedWrites')} acknowledged writes and ${med('stop', 'ok')} successful requests per run)`,
    );
    console.log(
      `PostgreSQL frozen ${FAULT / 1000} s: ${med('freeze', 'failedDuringFault')} of ${med('freeze', 'sentDuringFault')} requests sent during the freeze failed; ` +
        `slowest answer ${med('freeze', 'slowestDuringFaultMs')} ms (client-side query timeout ${defaultDbTimeouts.queryTimeoutMs} ms, connect ${defaultDbTimeouts.connectionTimeoutMs} ms); ` +
        `hangs: ${sum('freeze', 'hangs')}; first success ${med('freeze', 'firstOkAfterBackMs')} ms after thaw; ` +
        `lost acknowledged writes: ${sum('freeze', 'lostWrites')} in ${runs} runs (median ${med('freeze', 'acknowledgedWrites')} acknowledged writes per run)`,
    );
  } finally {
    if (app && app.exitCode === null) {
      app.kill('SIGTERM');
      await new Promise((r) => app!.once('exit', r));
    }
    await own.destroy();
    log.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
