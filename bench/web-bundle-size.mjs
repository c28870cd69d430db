#!/usr/bin/env node
// Initial JavaScript per route of the built SPA, gzip-compressed (issue 8 figure: every route <= 250 kB).
// Builds nothing: run `NODE_ENV=production pnpm --filter @sundhed/web build` first. Reads
// apps/web/dist/.vite/manifest.json and, per route, counts three things:
//   usable:  the entry (index.html) and the route's lazily loaded chunk, each with its static imports
//            (transitively): what runs before the route renders and answers input. The budget applies here.
//   at once: plus the lazy chunks the route renders on its first screen behind a Suspense fallback (the
//            overview's recharts chart: a loading status and the same numbers as a table until it arrives),
//            again with their static imports. Declared per route in `atOnce` below.
//   later:   every other chunk the route can import dynamically (e.g. the calculation's chart, shown after
//            a computation), with its static imports, minus what is already loaded.
// Usage: node bench/web-bundle-size.mjs [--json]
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run "NODE_ENV=production pnpm --filter @sundhed/web build" first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const BUDGET_KB = 250;
const page = (feature, name) => `src/features/${feature}/${name}.tsx`;
/** Route name -> its lazily loaded page module and the lazy modules it renders on its first screen. */
const routes = {
  overview: { module: page('overview', 'OverviewPage'), atOnce: [page('overview', 'BudgetChart')] },
  offers: { module: page('offers', 'OffersPage') },
  offer: { module: page('offers', 'OfferPage') },
  printSheet: { module: page('offers', 'PrintSheetPage') },
  publicOffer: { module: page('offers', 'PublicOfferPage') },
  offerForm: { module: page('offers', 'OfferFormPage') },
  maintenance: { module: page('offers', 'MaintenancePage') },
  outbox: { module: page('offers', 'OutboxPage') },
  themes: { module: page('themes', 'ThemesPage') },
  theme: { module: page('themes', 'ThemePage') },
  organisation: { module: page('organisation', 'OrganisationPage') },
  cluster: { module: page('cluster', 'ClusterPage') },
  calculations: { module: page('calculations', 'CalculationsPage') },
  signIn: { module: page('auth', 'SignInPage') },
};
const routeModules = new Set(Object.values(routes).map((route) => route.module));

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

/** Gzip kB and file count of the JavaScript among the chunk keys. */
function size(keys) {
  const files = [...new Set([...keys].map((key) => manifest[key].file))].filter((file) => file.endsWith('.js'));
  return { files: files.length, gzipKb: files.reduce((sum, file) => sum + gzipBytes(file), 0) / 1000 };
}

function measure(route) {
  const usable = new Set([...staticClosure(entryKey), ...staticClosure(route.module)]);
  const atOnce = new Set(usable);
  for (const key of route.atOnce ?? []) staticClosure(key, atOnce);
  const later = new Set();
  for (const key of atOnce) {
    for (const dynamic of manifest[key].dynamicImports ?? []) {
      if (routeModules.has(dynamic)) continue; // another route: counted there
      for (const needed of staticClosure(dynamic)) if (!atOnce.has(needed)) later.add(needed);
    }
  }
  const first = size(usable);
  return {
    files: first.files,
    gzipKb: first.gzipKb,
    atOnceGzipKb: size(atOnce).gzipKb,
    deferredGzipKb: size(later).gzipKb,
  };
}

const missing = Object.values(routes).filter((route) => !manifest[route.module]);
if (missing.length) throw new Error(`route modules not in the manifest: ${missing.map((r) => r.module).join(', ')}`);
const results = Object.fromEntries(Object.entries(routes).map(([name, route]) => [name, measure(route)]));

const over = Object.entries(results).filter(([, r]) => r.gzipKb > BUDGET_KB);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budgetKb: BUDGET_KB, routes: results }, null, 2));
} else {
  console.log('Initial JavaScript per route, gzip: usable = entry + route chunk with their static imports;');
  console.log('at once = plus the lazy chunks its first screen renders; later = the rest it can load');
  console.log(
    `${'route'.padEnd(13)} ${'usable'.padStart(9)} ${'files'.padStart(5)} ${'at once'.padStart(9)} ${'later'.padStart(9)}`,
  );
  for (const [name, r] of Object.entries(results)) {
    const kb = (value) => `${value.toFixed(1)} kB`.padStart(9);
    console.log(
      `${name.padEnd(13)} ${kb(r.gzipKb)} ${String(r.files).padStart(5)} ${kb(r.atOnceGzipKb)} ${kb(r.deferredGzipKb)}`,
    );
  }
}
const largest = Object.entries(results).reduce((a, b) => (b[1].gzipKb > a[1].gzipKb ? b : a));
console.log(
  `largest usable initial JS: ${largest[0]} ${largest[1].gzipKb.toFixed(1)} kB gzip; budget ${BUDGET_KB} kB per route: ${
    over.length ? `OVER for ${over.map(([name]) => name).join(', ')}` : 'every route within'
  }`,
);
process.exit(over.length ? 1 : 0);
