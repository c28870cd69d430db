// Runs a bench script as production runs the code it measures: bundled by esbuild into one ES module, as
// apps/api/build.mjs bundles the API (and Vite the browser's engine), not through tsx's per-file transform.
// Under tsx every call to an imported function goes through a getter of its module's exports, which V8 did
// not inline in the engine's hot loops: one query's repeated search took 3.3 times the CPU, the quality sets'
// repeated p95 1.3 times (ADR 082).
// Usage: node bench/bundled.mjs [node flags …] bench/<script>.ts [script arguments …]
//   e.g. node bench/bundled.mjs --expose-gc --max-old-space-size=8000 bench/search-engine-cpu.ts run /tmp/lead/cpu100k.json 3 --quality
// The bundle is written to apps/api/.bench/ (git-ignored), where the API's own packages resolve, with the API's
// esbuild settings (apps/api/bundleOptions.mjs), and run with the production server's V8 flags
// (scripts/serverFlags.mjs, ADR 086).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundle } from '../apps/api/bundleOptions.mjs';
import { serverV8Flags } from '../scripts/serverFlags.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.findIndex((a) => a.endsWith('.ts'));
if (at < 0) {
  console.error('Usage: node bench/bundled.mjs [node flags …] bench/<script>.ts [arguments …]');
  process.exit(2);
}
const entry = resolve(args[at]);
const outfile = join(root, 'apps/api/.bench', `${basename(entry, '.ts')}.mjs`);
await build(nodeBundle(entry, outfile));
// With the production server's V8 flags (scripts/serverFlags.mjs), unless the command gives its own.
const flags = [...serverV8Flags(args.slice(0, at)), ...args.slice(0, at)];
const run = spawnSync(process.execPath, [...flags, outfile, ...args.slice(at + 1)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
