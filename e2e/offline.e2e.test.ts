// Offline front-line search in headless Chromium against the built app: a front-line worker searches
// once online (the page keeps a local copy of the catalogue), loses the network, and still finds the
// smoking-cessation offer, with a banner saying how old the copy is. Then a reload without a network
// still opens /tilbud (the service worker's app shell, the account remembered on the device).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { allowPageProblem, axeViolations, launchBrowser } from './browser';

jest.setTimeout(120_000);

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const banner =
  /Du er offline\. Viser tilbud fra den senest hentede kopi \(opdateret \d{1,2}\.\d{1,2}\.\d{4} kl\. \d\d\.\d\d\)\./;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function search(text: string) {
  const box = page.getByRole('searchbox', { name: 'Søg i tilbud' });
  await box.fill('');
  await box.pressSequentially(text);
}

test('search keeps working on the local copy without a network and says how old it is', async () => {
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: 'Log ind som frontmedarbejder' }).click();
  await page.getByRole('heading', { name: 'Find et tilbud', level: 1 }).waitFor();
  await search('motion');
  await page.getByText(/^\d+ tilbud$/).waitFor();
  // The copy is fetched in the background while online.
  await page.waitForFunction(
    () =>
      (JSON.parse(localStorage.getItem('sundhed.offlineCatalogue.v1') ?? '{"offers":[]}') as { offers: unknown[] })
        .offers.length > 10,
  );

  // Without a network the browser logs each failed request as a console error: expected here.
  allowPageProblem(/net::ERR_INTERNET_DISCONNECTED/);
  await context.setOffline(true);
  await search('rygestop');
  await page.getByText(banner).waitFor();
  await page.getByRole('link', { name: 'Rygestopkursus' }).waitFor();
  expect(await page.getByText(/^\d+ tilbud$/).innerText()).toMatch(/^[1-9]\d* tilbud$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('a reload without a network still opens the search on the local copy', async () => {
  await context.setOffline(false);
  // The service worker has cached the shell and the chunks this session loaded.
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const cache = await caches.open('sundhed-shell-v1');
    const keys = (await cache.keys()).map((r) => r.url);
    return keys.some((u) => u.endsWith('/index.html')) && keys.some((u) => /OffersPage/.test(u));
  });
  // Without a network the browser logs each failed request as a console error: expected here.
  allowPageProblem(/net::ERR_INTERNET_DISCONNECTED/);
  await context.setOffline(true);
  await page.goto(`${app.url}/tilbud?q=rygestop`);
  await page.getByRole('heading', { name: 'Find et tilbud', level: 1 }).waitFor();
  await page.getByText(banner).waitFor();
  await page.getByRole('link', { name: 'Rygestopkursus' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await context.setOffline(false);
});
