// JavaScript each route loads before it is usable, gzip-compressed (budget 250 kB per route, issue 8).
// Counts what the browser really fetches, lazily loaded chunks included: the built app runs on a fresh
// database (e2e/app.ts), and headless Chromium opens every route in a fresh context (empty cache, service
// worker blocked so its precaching is not counted), signed in as a role that may use it, and waits until
// the page is usable: its level-1 heading is shown, no request is in flight and none has started for a
// second (so a chunk the page imports as soon as its data renders, like the overview's recharts chart, is
// counted). Each JavaScript file requested
// is gzipped from apps/web/dist (level 6). "static" is what the manifest's static imports alone give (the
// figure this bench reported before issue 8); "lazy" is what was loaded beyond them. "overview+chart" is
// the overview after scrolling to its budget chart, which loads only then; the budget does not apply to it.
// Usage: pnpm build && pnpm exec tsx bench/web-bundle-size.ts [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startApp } from '../e2e/app';
import { launchBrowser } from '../e2e/browser';

const BUDGET_KB = 250;
const dist = join(__dirname, '../apps/web/dist');
const manifestPath = join(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run "pnpm build" first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
  string,
  { file: string; isEntry?: boolean; imports?: string[] }
>;

type Role = 'sundhedsstab' | 'frontmedarbejder' | 'direktoer' | 'klyngesekretariat';
interface Route {
  name: string;
  path: string | ((ids: Ids) => string);
  role: Role | null;
  /** The route's lazily loaded page module (for the static figure). */
  module: string;
  /** A level-2 heading to scroll to before measuring (what loads when the reader gets there). */
  scrollTo?: string;
}
interface Ids {
  offer: string;
  theme: string;
}

const routes: Route[] = [
  { name: 'signIn', path: '/log-ind', role: null, module: 'src/features/auth/SignInPage.tsx' },
  {
    name: 'publicOffer',
    path: (ids) => `/offentligt/tilbud/${ids.offer}`,
    role: null,
    module: 'src/features/offers/PublicOfferPage.tsx',
  },
  { name: 'overview', path: '/', role: 'direktoer', module: 'src/features/overview/OverviewPage.tsx' },
  {
    name: 'overview+chart',
    path: '/',
    role: 'direktoer',
    module: 'src/features/overview/OverviewPage.tsx',
    scrollTo: 'Budget pr. tema og år',
  },
  { name: 'offers', path: '/tilbud', role: 'frontmedarbejder', module: 'src/features/offers/OffersPage.tsx' },
  {
    name: 'offer',
    path: (ids) => `/tilbud/${ids.offer}`,
    role: 'frontmedarbejder',
    module: 'src/features/offers/OfferPage.tsx',
  },
  {
    name: 'printSheet',
    path: (ids) => `/tilbud/${ids.offer}/udskrift`,
    role: 'frontmedarbejder',
    module: 'src/features/offers/PrintSheetPage.tsx',
  },
  { name: 'outbox', path: '/tilbud/udbakke', role: 'frontmedarbejder', module: 'src/features/offers/OutboxPage.tsx' },
  {
    name: 'maintenance',
    path: '/tilbud/vedligehold',
    role: 'sundhedsstab',
    module: 'src/features/offers/MaintenancePage.tsx',
  },
  { name: 'newOffer', path: '/tilbud/ny', role: 'sundhedsstab', module: 'src/features/offers/OfferFormPage.tsx' },
  {
    name: 'editOffer',
    path: (ids) => `/tilbud/${ids.offer}/rediger`,
    role: 'sundhedsstab',
    module: 'src/features/offers/OfferFormPage.tsx',
  },
  {
    name: 'organisation',
    path: '/organisation',
    role: 'direktoer',
    module: 'src/features/organisation/OrganisationPage.tsx',
  },
  { name: 'themes', path: '/temaer', role: 'sundhedsstab', module: 'src/features/themes/ThemesPage.tsx' },
  {
    name: 'theme',
    path: (ids) => `/temaer/${ids.theme}`,
    role: 'sundhedsstab',
    module: 'src/features/themes/ThemePage.tsx',
  },
  { name: 'cluster', path: '/klynge', role: 'klyngesekretariat', module: 'src/features/cluster/ClusterPage.tsx' },
  {
    name: 'calculations',
    path: '/beregninger',
    role: 'sundhedsstab',
    module: 'src/features/calculations/CalculationsPage.tsx',
  },
];

const gzipped = new Map<string, number>();
function gzipBytes(file: string): number {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 6 }).length);
  return gzipped.get(file)!;
}

/** The manifest's static closure of the entry and a route module: what static analysis alone counts. */
function staticFiles(module: string): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entry);
  visit(module);
  return [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
}

const kb = (files: string[]) => files.reduce((sum, file) => sum + gzipBytes(file), 0) / 1000;

async function signedInContext(browser: Browser, url: string, role: Role | null) {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 900 },
    locale: 'da-DK',
    serviceWorkers: 'block',
  });
  if (role) {
    const res = await context.request.post(`${url}/graphql`, {
      data: { query: `mutation { signInDemo(role: ${role}) { id } }` },
      headers: { 'apollo-require-preflight': 'true' },
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`sign-in as ${role} failed: ${JSON.stringify(body.errors)}`);
  }
  return context;
}

async function main() {
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    // Ids for the routes that need one, read as the staff unit.
    const staff = await signedInContext(browser, app.url, 'sundhedsstab');
    const ids = (await (
      await staff.request.post(`${app.url}/graphql`, {
        data: { query: '{ offers(status: ACTIVE) { id } themes { id code } }' },
        headers: { 'apollo-require-preflight': 'true' },
      })
    ).json()) as { data: { offers: { id: string }[]; themes: { id: string; code: string }[] } };
    await staff.close();
    const known: Ids = { offer: ids.data.offers[0]!.id, theme: ids.data.themes.find((t) => t.code === 'C')!.id };

    const results: Record<string, { gzipKb: number; files: number; staticKb: number; lazyKb: number }> = {};
    for (const route of routes) {
      const context = await signedInContext(browser, app.url, route.role);
      const page = await context.newPage();
      const scripts = new Set<string>();
      const inFlight = new Set<unknown>();
      let lastActivity = Date.now();
      page.on('request', (request) => {
        inFlight.add(request);
        lastActivity = Date.now();
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.add(path.slice(1));
      });
      const settle = (request: unknown) => {
        inFlight.delete(request);
        lastActivity = Date.now();
      };
      page.on('requestfinished', settle);
      page.on('requestfailed', settle);
      const path = typeof route.path === 'function' ? route.path(known) : route.path;
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (route.scrollTo) {
        await page.getByRole('heading', { name: route.scrollTo, level: 2 }).scrollIntoViewIfNeeded();
        lastActivity = Date.now();
      }
      // Usable: nothing in flight and nothing new for a second (the data has arrived, and whatever the
      // page imports when it renders it, like the overview's chart, has loaded).
      const started = Date.now();
      while (inFlight.size > 0 || Date.now() - lastActivity < 1000) {
        if (Date.now() - started > 30_000) throw new Error(`${route.name} did not settle in 30 s`);
        await page.waitForTimeout(100);
      }
      if (process.env.DEBUG_BUNDLE) console.log(route.name, page.url(), [...scripts].join(' '));
      const files = [...scripts];
      const statics = staticFiles(route.module);
      results[route.name] = {
        gzipKb: kb(files),
        files: files.length,
        staticKb: kb(statics),
        // Loaded although no static import leads to it: lazy chunks the page imports at once.
        lazyKb: kb(files.filter((file) => !statics.includes(file))),
      };
      await context.close();
    }

    // The budget applies to what a route loads before it is usable, not to what it loads on scrolling.
    const over = Object.entries(results).filter(([name, r]) => !name.includes('+') && r.gzipKb > BUDGET_KB);
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ budgetKb: BUDGET_KB, routes: results }, null, 2));
    } else {
      console.log(`JavaScript loaded before each route is usable (gzip; budget ${BUDGET_KB} kB)`);
      console.log('route          loaded kB  files  static kB  lazy kB');
      for (const [name, r] of Object.entries(results)) {
        const cells = [
          r.gzipKb.toFixed(1).padStart(9),
          String(r.files).padStart(6),
          r.staticKb.toFixed(1).padStart(10),
        ];
        console.log(`${name.padEnd(14)} ${cells.join(' ')} ${r.lazyKb.toFixed(1).padStart(8)}`);
      }
      const largest = Object.entries(results).sort(([, a], [, b]) => b.gzipKb - a.gzipKb)[0]!;
      console.log(`largest: ${largest[0]} ${largest[1].gzipKb.toFixed(1)} kB; ${over.length} route(s) over budget`);
    }
    process.exitCode = over.length ? 1 : 0;
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
