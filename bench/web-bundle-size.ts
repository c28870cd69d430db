#!/usr/bin/env node
// Initial JavaScript per route of the built SPA, gzip-compressed (issue 2 figure: overview <= 250 kB).
// Builds nothing: run `pnpm --filter @sundhed/web build` first. Reads apps/web/dist/.vite/manifest.json and
// follows static imports from the entry (index.html) and from each route's lazily loaded chunk;
// dynamic imports (e.g. the recharts chart) load later and are listed separately.
// Usage: node bench/web-bundle-size.mjs [--json]
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run "pnpm --filter @sundhed/web build" first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const BUDGET_KB = 250;
const routes = {
  overview: 'src/features/overview/OverviewPage.tsx',
  offers: 'src/features/offers/OffersPage.tsx',
  themes: 'src/features/themes/ThemesPage.tsx',
  theme: 'src/features/themes/ThemePage.tsx',
  organisation: 'src/features/organisation/OrganisationPage.tsx',
  cluster: 'src/features/cluster/ClusterPage.tsx',
  calculations: 'src/features/calculations/CalculationsPage.tsx',
  signIn: 'src/features/auth/SignInPage.tsx',
};

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('manifest has no entry chunk');

/** The chunk keys a chunk needs before it runs: itself and its static imports, transitively. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`manifest has no chunk ${key}`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const gzipCache = new Map();
function gzipBytes(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(join(dist, file))).length);
  return gzipCache.get(file);
}

function measure(routeKey) {
  const keys = new Set([...staticClosure(entryKey), ...staticClosure(routeKey)]);
  const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const bytes = files.reduce((sum, file) => sum + gzipBytes(file), 0);
  const later = [...keys]
    .flatMap((key) => manifest[key].dynamicImports ?? [])
    .filter((key) => !keys.has(key) && !Object.values(routes).includes(key));
  const laterBytes = [...new Set(later)].reduce((sum, key) => sum + gzipBytes(manifest[key].file), 0);
  return { files: files.length, gzipKb: bytes / 1000, deferredGzipKb: laterBytes / 1000 };
}

const results = Object.fromEntries(
  Object.entries(routes)
    .filter(([, key]) => manifest[key])
    .map(([name, key]) => [name, measure(key)]),
);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budgetKb: BUDGET_KB, routes: results }, null, 2));
} else {
  console.log('Initial JavaScript per route (gzip, entry + static imports + route chunk and its static imports)');
  for (const [name, r] of Object.entries(results)) {
    const deferred = r.deferredGzipKb > 0 ? `  (+ ${r.deferredGzipKb.toFixed(1)} kB loaded later)` : '';
    console.log(`${name.padEnd(13)} ${r.gzipKb.toFixed(1).padStart(7)} kB in ${r.files} files${deferred}`);
  }
}
const overview = results.overview;
if (!overview) throw new Error('overview route chunk not found in manifest');
const ok = overview.gzipKb <= BUDGET_KB;
console.log(
  `overview initial JS: ${overview.gzipKb.toFixed(1)} kB gzip; budget ${BUDGET_KB} kB: ${ok ? 'within' : 'OVER'}`,
);
process.exit(ok ? 0 : 1);
