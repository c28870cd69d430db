// Co-financing import figure of issue 13: a 1,000,000-row activity CSV (Danish headers, semicolons) imported
// into real PostgreSQL through the app's import (validation, COPY, batch rows, monthly sums) ≤ 5 s, with
// the growth of the resident set size (peak − before) ≤ 50 MB. The rows are synthetic.
// Run from the repository root: pnpm exec tsx bench/cofinancing-import.ts   (PostgreSQL on 127.0.0.1:5432)
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { importActivity } from '../apps/api/src/features/cofinancing/activityImport';
import { withSeededDatabase } from './lib/seededDatabase';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const CSV = `/tmp/cofinancing-import-${ROWS}.csv`;
const CODES = ['183', '165', '153', '161', '167', '169', '187', '155', '185', '175', '101', '151'];
const KINDS = [
  ['somatik', 'stationaer'],
  ['somatik', 'ambulant'],
  ['psykiatri', 'stationaer'],
  ['psykiatri', 'ambulant'],
  ['praksis', 'almen_laege'],
  ['praksis', 'speciallaege'],
] as const;
const AGES = ['0-2', '3-64', '65-79', '80+'];
const DIAG = ['DJ18', 'DE86', 'DN39', 'DI50', 'DF32', 'DM54', 'DS72', 'DK59'];

async function writeCsv(): Promise<void> {
  if (existsSync(CSV)) return;
  const out = createWriteStream(CSV);
  out.write(
    'kommunekode;år;måned;sektor;kontakttype;aldersgruppe;diagnosegruppe;antal;takst_kr;medfinansiering_kr;grundlag\n',
  );
  let buffer = '';
  for (let i = 0; i < ROWS; i++) {
    const code = CODES[i % CODES.length]!;
    const [sector, contact] = KINDS[Math.floor(i / CODES.length) % KINDS.length]!;
    const age = AGES[Math.floor(i / 72) % 4]!;
    const diag = DIAG[Math.floor(i / 288) % DIAG.length]!;
    const year = 2015 + (Math.floor(i / 2304) % 10);
    const month = 1 + (Math.floor(i / 23040) % 12);
    const count = 1 + (i % 37);
    buffer += `${code};${year};${month};${sector};${contact};${age};${diag};${count};${(1000 + (i % 5000)).toString()},50;${(count * 300).toString()},25;activity\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

async function main(): Promise<void> {
  await writeCsv();
  await withSeededDatabase('cofin_import', { pool: 2 }, async (db) => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    const report = await importActivity(db, createReadStream(CSV, { highWaterMark: 1 << 16 }), {
      fileName: 'bench.csv',
      sourceKind: 'ESUNDHED',
      sourceText: 'syntetiske data (benchmark)',
      granularity: 'MONTH',
      replace: false,
      synthetic: true,
      userName: 'bench',
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (report.errors.length) throw new Error(JSON.stringify(report.errors.slice(0, 3)));
    console.log(
      `import of ${report.imported.toLocaleString('en')} rows into PostgreSQL: ${seconds.toFixed(2)} s (≤ 5 s), ` +
        `RSS growth ${((peak - before) / 1024 / 1024).toFixed(0)} MB (≤ 50 MB); CPU of this process ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; load ${loadavg()[0]?.toFixed(2)}`,
    );
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
