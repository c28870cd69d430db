// The built SPA runs under its strict Content-Security-Policy (ADR 017): every page, for every demo role and
// for the anonymous visitor, loads without a single CSP violation or page error. Violations are caught three
// ways: the page's securitypolicyviolation events, Chromium's console messages, and uncaught page errors.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { allowPageProblem, launchBrowser } from './browser';

jest.setTimeout(300_000);

let app: RunningApp;
let browser: Browser;
let offerId: string;
let themeId: string;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Watched {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function watchedPage(): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'da-DK' });
  const problems: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) =>
    problems.push(`securitypolicyviolation: ${text}`),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${location.pathname})`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { context, page, problems };
}

/** Opens a path, waits for its heading and for the network to settle, so lazy chunks and charts have run. */
async function visit(page: Page, path: string, heading?: string | RegExp): Promise<void> {
  const response = await page.goto(`${app.url}${path}`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await (
    heading ? page.getByRole('heading', { name: heading, level: 1 }) : page.getByRole('heading', { level: 1 }).first()
  ).waitFor();
  await page.waitForLoadState('networkidle');
}

async function signIn(page: Page, label: string | RegExp): Promise<void> {
  await visit(page, '/log-ind', 'Log ind');
  await page.getByRole('button', { name: label }).click();
  // Signed in once the app has left the sign-in page (its own h1 would satisfy a heading wait).
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
  await page.waitForLoadState('networkidle');
}

test('the check works: an inline script added to the page is reported as a violation', async () => {
  const { context, page, problems } = await watchedPage();
  allowPageProblem(/Content Security Policy/); // the violation this test provokes
  await visit(page, '/log-ind', 'Log ind');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  for (let i = 0; i < 50 && problems.length === 0; i++) await page.waitForTimeout(100);
  expect(problems.join('\n')).toMatch(/script-src/);
  await context.close();
});

test('the staff unit: every page, the offer form, the print sheet, maintenance and the calculations page', async () => {
  const { context, page, problems } = await watchedPage();
  await signIn(page, /Log ind som sundhedskonsulent/);
  // The overview's budget chart loads when its section comes near the viewport.
  await page.getByRole('heading', { name: 'Budget pr. tema og år', level: 2 }).scrollIntoViewIfNeeded();
  await page.locator('.recharts-surface').first().waitFor();

  await visit(page, '/tilbud', 'Find et tilbud');
  await page.getByRole('searchbox', { name: 'Søg i tilbud' }).fill('rygestop');
  await page.getByRole('link', { name: 'Rygestopkursus' }).click();
  await page.getByRole('heading', { name: 'Rygestopkursus', level: 1 }).waitFor();
  offerId = new URL(page.url()).pathname.split('/')[2] ?? '';
  expect(offerId).not.toBe('');

  await visit(page, `/tilbud/${offerId}`, 'Rygestopkursus');
  await visit(page, `/tilbud/${offerId}/udskrift`);
  await page.getByRole('img', { name: /QR-kode/ }).waitFor();
  await visit(page, `/tilbud/${offerId}/rediger`);
  await visit(page, '/tilbud/ny');
  await visit(page, '/tilbud/vedligehold', 'Vedligehold tilbud');
  await visit(page, '/tilbud/udbakke', 'Udbakke');
  await visit(page, '/organisation');
  await visit(page, '/temaer', 'Temaer');
  await page
    .getByRole('link', { name: /Sundhed for hjemløse/ })
    .first()
    .click();
  await page.getByRole('heading', { name: /Tema C/, level: 1 }).waitFor();
  themeId = new URL(page.url()).pathname.split('/')[2] ?? '';
  expect(themeId).not.toBe('');
  await visit(page, `/temaer/${themeId}`, /Tema C/);
  await visit(page, '/klynge');
  // Business cases are made on /forslag (ADR 064); /beregninger keeps the co-financing calculator.
  await visit(page, '/beregninger', 'Beregninger');
  await page.getByLabel('Satssæt', { exact: true }).waitFor();
  await visit(page, '/forslag', 'Forslag fra idé til beslutning');
  await visit(page, '/findes-ikke');

  expect(problems).toEqual([]);
  await context.close();
});

test('the director, the front-line worker (online and offline) and the cluster secretariat', async () => {
  const director = await watchedPage();
  await signIn(director.page, /Log ind som direktør/);
  for (const path of [
    '/',
    '/tilbud',
    `/tilbud/${offerId}`,
    `/tilbud/${offerId}/udskrift`,
    '/organisation',
    '/temaer',
    `/temaer/${themeId}`,
    '/klynge',
    '/beregninger',
  ]) {
    await visit(director.page, path);
  }
  expect(director.problems).toEqual([]);
  await director.context.close();

  const worker = await watchedPage();
  await signIn(worker.page, 'Log ind som frontmedarbejder');
  for (const path of ['/tilbud', `/tilbud/${offerId}`, `/tilbud/${offerId}/udskrift`, '/tilbud/udbakke'])
    await visit(worker.page, path);
  // Offline: the local copy of the catalogue and the offline banner, then a reload from the service worker.
  await visit(worker.page, '/tilbud', 'Find et tilbud');
  await worker.page.getByRole('searchbox', { name: 'Søg i tilbud' }).fill('motion');
  await worker.page.waitForFunction(
    () =>
      (JSON.parse(localStorage.getItem('sundhed.offlineCatalogue.v4') ?? '{"offers":[]}') as { offers: unknown[] })
        .offers.length > 10,
  );
  await worker.page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  // Without a network the browser logs each failed request as a console error: expected here.
  allowPageProblem(/net::ERR_INTERNET_DISCONNECTED/);
  await worker.context.setOffline(true);
  await worker.page.getByRole('searchbox', { name: 'Søg i tilbud' }).fill('rygestop');
  await worker.page.getByText(/Du er offline/).waitFor();
  await worker.page.reload();
  await worker.page.getByRole('heading', { name: 'Find et tilbud', level: 1 }).waitFor();
  await worker.context.setOffline(false);
  expect(worker.problems).toEqual([]);
  await worker.context.close();

  const cluster = await watchedPage();
  await signIn(cluster.page, /Log ind som sekretariatet/);
  for (const path of ['/organisation', '/klynge']) await visit(cluster.page, path);
  expect(cluster.problems).toEqual([]);
  await cluster.context.close();
});

test('the anonymous visitor: sign-in page, public offer page, an unknown public offer', async () => {
  const { context, page, problems } = await watchedPage();
  await visit(page, '/log-ind', 'Log ind');
  await visit(page, `/offentligt/tilbud/${offerId}`, 'Rygestopkursus');
  await page.goto(`${app.url}/offentligt/tilbud/findes-ikke`);
  await page.getByRole('heading', { name: 'Tilbuddet findes ikke eller er ikke åbent lige nu.' }).waitFor();
  expect(problems).toEqual([]);
  await context.close();
});
