// Co-financing figures of issue 3: rule evaluation (≥ 5 million contacts/s on one core), streaming
// import of a 1-million-row activity CSV (≤ 5 s, peak RSS reported), and the same aggregate computed
// by PostgreSQL over the same rows, with the ratio.
// Run from the repository root: pnpm exec tsx bench/calc-cofinancing.ts   (needs PostgreSQL on 127.0.0.1:5432, user postgres)
import { at } from '@sundhed/shared/at';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CofinancingAccumulator,
  FLAT_2012_REGION_H,
  compileRateSet,
  importActivityCsv,
  type ActivityRow,
} from '../packages/calc/src/index';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const CSV = `/tmp/calc-bench-activity-${ROWS}.csv`;
const KINDS = [
  ['somatik', 'stationaer', 0, 0],
  ['somatik', 'ambulant', 0, 1],
  ['psykiatri', 'stationaer', 1, 0],
  ['psykiatri', 'ambulant', 1, 1],
  ['praksis', 'almen_laege', 2, 3],
  ['praksis', 'speciallaege', 2, 4],
] as const;
const AGES = ['0-2', '3-64', '65-79', '80+'];
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Deterministic pseudo-random activity; tariffs in Danish format ("12.345,50"). */
async function writeCsv(): Promise<void> {
  const out = createWriteStream(CSV);
  out.write(
    'municipality_code;year;month;sector;contact_type;age_group;drg_group;diagnosis_chapter;activity_count;tariff_value_dkk;kmf_amount_dkk;basis\n',
  );
  let x = 12345;
  let buffer = '';
  for (let i = 0; i < ROWS; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const [sector, contact] = at(KINDS, x % KINDS.length);
    const tariff = ((x >> 3) % 8_000_000) / 100;
    const [whole = '', ore] = tariff.toFixed(2).split('.');
    buffer += `183;2016;${(x % 12) + 1};${sector};${contact};${at(AGES, (x >> 5) % 4)};;${String.fromCharCode(65 + ((x >> 7) % 20))};${(x >> 9) % 20};${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${ore};;activity\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

function benchRuleEvaluation(): void {
  const n = 5_000_000;
  const compiled = compileRateSet(FLAT_2012_REGION_H);
  const rows: ActivityRow[] = [];
  for (let i = 0; i < 1000; i++) {
    const [, , sector, contactType] = at(KINDS, i % KINDS.length);
    rows.push({
      line: i,
      municipalityCode: '183',
      year: 2016,
      month: (i % 12) + 1,
      sector,
      contactType: [0, 1, 0, 1, 3, 4][i % 6] ?? contactType,
      ageGroup: i % 4,
      drgGroup: '',
      diagnosisGroup: '',
      activityCount: 1 + (i % 5),
      tariff: 100 + i * 97,
      kmfAmount: Number.NaN,
      basis: 0,
    });
  }
  const acc = new CofinancingAccumulator(compiled);
  for (let i = 0; i < 200_000; i++) acc.add(at(rows, i % 1000)); // warm-up
  const t0 = performance.now();
  const measured = new CofinancingAccumulator(compiled);
  for (let i = 0; i < n; i++) measured.add(at(rows, i % 1000));
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `Rule evaluation: ${n.toLocaleString('en')} contacts priced and aggregated in ${(seconds * 1000).toFixed(0)} ms = ${(n / seconds / 1e6).toFixed(1)} million contacts/s (target ≥ 5)`,
  );
}

async function benchImport(): Promise<{ ms: number; total: number }> {
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const acc = new CofinancingAccumulator(FLAT_2012_REGION_H);
  const { rows } = await importActivityCsv(createReadStream(CSV, { highWaterMark: 1 << 20 }), [acc]);
  const result = acc.result();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `CSV import + aggregate: ${rows.toLocaleString('en')} rows (${mb(statSync(CSV).size)}) in ${ms.toFixed(0)} ms (target ≤ 5000); RSS before ${mb(rssBefore)}, peak ${mb(peak)} (+${mb(peak - rssBefore)}); total ${result.total.toFixed(2)} kr.; CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (user ${(cpu.user / 1000).toFixed(0)}, system ${(cpu.system / 1000).toFixed(0)}); load ${loadavg()[0]?.toFixed(2)}`,
  );
  return { ms, total: result.total };
}

interface PgClient {
  connect(): Promise<void>;
  end(): Promise<void>;
  query<R = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

async function benchPostgres(ours: { ms: number; total: number }): Promise<void> {
  const require = createRequire(resolve(process.cwd(), 'apps/api/package.json'));
  // pg is a dependency of apps/api, not of the root; only the part of its API used here is typed.
  const { Client } = require('pg') as { Client: new (config: object) => PgClient };
  const admin = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS calc_bench');
  await admin.query('CREATE DATABASE calc_bench');
  const db = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'calc_bench' });
  await db.connect();
  try {
    await db.query(`CREATE TABLE rules (sector text, contact_type text, share float8, cap float8)`);
    for (const r of FLAT_2012_REGION_H.rules) {
      if (r.share === null || (r.capUnit !== 'none' && r.cap === null)) continue;
      await db.query('INSERT INTO rules VALUES ($1, $2, $3, $4)', [
        r.sector,
        r.contactType,
        r.share,
        r.capUnit === 'none' ? 'Infinity' : r.cap,
      ]);
    }
    // Same Danish-formatted text; PostgreSQL parses the numbers in the query, as our importer does.
    await db.query(`CREATE UNLOGGED TABLE activity (municipality_code text, year int, month int, sector text, contact_type text, age_group text,
      drg_group text, diagnosis_chapter text, activity_count text, tariff_value_dkk text, kmf_amount_dkk text, basis text)`);
    const t0 = performance.now();
    await db.query(`COPY activity FROM '${CSV}' WITH (FORMAT csv, HEADER true, DELIMITER ';')`);
    const copyMs = performance.now() - t0;
    const t1 = performance.now();
    const { rows } = await db.query<{ age_group: string; sector: string; contact_type: string; amount: number }>(`
      SELECT a.age_group, a.sector, a.contact_type,
             sum(replace(replace(a.activity_count, '.', ''), ',', '.')::float8
                 * least(r.share * replace(replace(a.tariff_value_dkk, '.', ''), ',', '.')::float8, r.cap)) AS amount
        FROM activity a JOIN rules r USING (sector, contact_type)
       WHERE a.basis = 'activity'
       GROUP BY GROUPING SETS ((a.age_group), (a.sector), (a.contact_type), ())`);
    const queryMs = performance.now() - t1;
    const pgTotal =
      rows.find((r) => r.age_group === null && r.sector === null && r.contact_type === null)?.amount ?? Number.NaN;
    console.log(
      `PostgreSQL 15, same rows: COPY ${copyMs.toFixed(0)} ms + aggregate query ${queryMs.toFixed(0)} ms = ${(copyMs + queryMs).toFixed(0)} ms; total ${Number(pgTotal).toFixed(2)} kr. (difference ${Math.abs(Number(pgTotal) - ours.total).toFixed(4)} kr.)`,
    );
    console.log(
      `Ratio PostgreSQL (COPY + query) / calc (stream import + aggregate): ${((copyMs + queryMs) / ours.ms).toFixed(2)}×; query alone / calc: ${(queryMs / ours.ms).toFixed(2)}×`,
    );
  } finally {
    await db.end();
    await admin.query('DROP DATABASE IF EXISTS calc_bench');
    await admin.end();
  }
}

async function main(): Promise<void> {
  benchRuleEvaluation();
  await writeCsv();
  const ours = await benchImport();
  if (process.env.SKIP_PG !== '1') await benchPostgres(ours);
}

void main();
