// Cold start (empty data folder: migrate, seed, serve the first page) and warm start of the built
// app on the embedded database. Run `pnpm build` first. Usage: node bench/start-time.mjs [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const main = join(import.meta.dirname, '../apps/api/dist/main.mjs');

function startOnce(dataDir) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, DATABASE_URL: '', SUNDHED_DATA_DIR: dataDir, PORT: '0' },
    });
    let out = '';
    child.stderr.on('data', (d) => (out += d));
    child.stdout.on('data', async (d) => {
      out += d;
      const m = /kører på http:\/\/localhost:(\d+)/.exec(out);
      if (!m) return;
      child.stdout.removeAllListeners('data');
      const res = await fetch(`http://127.0.0.1:${m[1]}/`);
      const html = await res.text();
      const ms = performance.now() - t0;
      child.kill('SIGTERM');
      child.once('exit', () =>
        res.ok && html.includes('<div id="root">') ? resolve(ms) : reject(new Error(`first page: ${res.status}`)),
      );
    });
    child.once('exit', (code) => code && reject(new Error(`exit ${code}: ${out}`)));
  });
}

const cold = [];
const warm = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-start-'));
  cold.push(await startOnce(dir));
  warm.push(await startOnce(dir));
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-socket`, { recursive: true, force: true }); // the embedded server's socket folder (ADR 018)
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) =>
  `median ${(median(xs) / 1000).toFixed(2)} s (runs: ${xs.map((x) => (x / 1000).toFixed(2)).join(', ')})`;
console.log(`cold start (empty data folder -> first page): ${fmt(cold)}   target <= 15 s`);
console.log(`warm start (existing data folder -> first page): ${fmt(warm)}   target <= 5 s`);
