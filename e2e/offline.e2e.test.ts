// Offline front-line search in headless Chromium against the built app: a front-line worker searches
// once online (the page keeps a local copy of the catalogue), loses the network, and still finds the
// smoking-cessation offer, with a banner saying how old the copy is. Then a reload without a network
// still opens /tilbud (the service worker's app shell, the account remembered on the device). The
// Workbox worker precaches every file of the build, so a route never visited opens offline too, and it
// deletes the hand-written worker's old cache when it activates.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { allowPageProblem, axeViolations, launchBrowser } from './browser';

jest.setTimeout(120_000);

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const fetched = String.raw`Hentet \d{1,2}\.\d{1,2}\.\d{4} kl\. \d\d\.\d\d\.`;
const banner = new RegExp(String.raw`Du er offline\. Viser tilbud fra kopien på denne enhed\. ${fetched}`);
const offerBanner = new RegExp(String.raw`Du er offline\. Tilbuddet vises fra kopien på denne enhed\. ${fetched}`);

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
  page = await context.newPage();
  // A cache left by the hand-written worker of earlier builds, made before the Workbox worker arrives.
  await page.goto(`${app.url}/healthz`);
  await page.evaluate(async () => {
    const old = await caches.open('sundhed-shell-v1');
    await old.put('/index.html', new Response('<!doctype html><title>gammel</title>'));
  });
});

/** The paths in the Workbox precache (its cache name starts with "workbox-precache"). */
async function precachedPaths(): Promise<{ caches: string[]; paths: string[] }> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const precache = names.find((n) => n.startsWith('workbox-precache'));
    const keys = precache ? await (await caches.open(precache)).keys() : [];
    return { caches: names, paths: keys.map((r) => new URL(r.url).pathname) };
  });
}
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
      (JSON.parse(localStorage.getItem('sundhed.offlineCatalogue.v4') ?? '{"offers":[]}') as { offers: unknown[] })
        .offers.length > 10,
  );

  // Without a network the browser logs each failed request as a console error: expected here.
  allowPageProblem(/net::ERR_INTERNET_DISCONNECTED/);
  // The worker precaches the whole build while the page is online: an install cut off by the network
  // fails and is tried again at the next online visit, so wait until it has taken control.
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 60_000 });
  await context.setOffline(true);
  await search('rygestop');
  await page.getByText(banner).waitFor();
  await page.getByRole('link', { name: 'Rygestopkursus' }).waitFor();
  expect(await page.getByText(/^\d+ tilbud$/).innerText()).toMatch(/^[1-9]\d* tilbud$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('the worker precaches every file of the build and deletes the old cache', async () => {
  // Chromium asks for /favicon.ico on its own after a navigation: when that request went out while the
  // previous test was offline, its failure can be reported after that test's check, so in this one.
  allowPageProblem(/net::ERR_INTERNET_DISCONNECTED \(.*\/favicon\.ico/);
  await context.setOffline(false);
  const built = readdirSync(join(__dirname, '../apps/web/dist/assets')).map((f) => `/assets/${f}`);
  expect(built.some((f) => /CalculationsPage/.test(f))).toBe(true); // a route this session never opened
  await page.waitForFunction(async (count) => {
    const names = await caches.keys();
    const precache = names.find((n) => n.startsWith('workbox-precache'));
    return precache ? (await (await caches.open(precache)).keys()).length >= count : false;
  }, built.length + 1);
  const { caches: names, paths } = await precachedPaths();
  expect(paths).toEqual(expect.arrayContaining(['/index.html', ...built]));
  expect(names).not.toContain('sundhed-shell-v1');
});

test('a reload without a network still opens the search on the local copy', async () => {
  await context.setOffline(false);
  await context.setOffline(true);
  // Without a network the browser logs each failed request as a console error: expected here.
  allowPageProblem(/net::ERR_INTERNET_DISCONNECTED/);
  await page.goto(`${app.url}/tilbud?q=rygestop`);
  await page.getByRole('heading', { name: 'Find et tilbud', level: 1 }).waitFor();
  await page.getByText(banner).waitFor();
  await page.getByRole('link', { name: 'Rygestopkursus' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  // A route's chunk this session never loaded comes from the precache, without a network.
  const chunk = readdirSync(join(__dirname, '../apps/web/dist/assets')).find((f) => /^CalculationsPage.*\.js$/.test(f));
  expect(await page.evaluate(async (url) => (await fetch(url)).status, `/assets/${chunk}`)).toBe(200);
  await context.setOffline(false);
});

test('an end-to-end journey offline: search, open, print, queue a send, go online, the send goes and the queue empties', async () => {
  const sendCount = async () =>
    Number((await app.sql(`SELECT "sendCount" FROM "Offer" WHERE name = 'Rygestopkursus'`))[0]?.sendCount);
  const before = await sendCount();
  await context.setOffline(true);
  allowPageProblem(/net::ERR_INTERNET_DISCONNECTED/);
  await page.goto(`${app.url}/tilbud?q=rygestop`);
  await page.getByText(banner).waitFor();

  // Open: the route's chunk from the precache, the offer from the copy, with the professional contact.
  await page.getByRole('link', { name: 'Rygestopkursus' }).click();
  await page.getByRole('heading', { name: 'Rygestopkursus', level: 1 }).waitFor();
  await page.getByText(offerBanner).waitFor();
  const professional = page.getByRole('region', { name: 'Kun til fagpersoner' });
  expect(await professional.getByRole('link', { name: '43 57 70 10' }).getAttribute('href')).toBe('tel:43577010');
  expect(await axeViolations(page)).toEqual([]);

  // Print: the sheet from the copy, with the QR code to the public page; the browser's print dialog is
  // counted instead of opened.
  await page.getByRole('link', { name: 'Udskriv til borgeren' }).click();
  const sheet = page.getByRole('article');
  await sheet.getByRole('heading', { name: 'Rygestopkursus', level: 1 }).waitFor();
  await sheet.getByRole('img', { name: /QR-kode til https:\/\/sundhed\.example\.dk\/offentligt\/tilbud\// }).waitFor();
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => void (counted.printed += 1);
  });
  await page.getByRole('button', { name: 'Udskriv', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  // Queue "Send til borger": it waits in this tab, which the worker is told.
  await page.getByRole('link', { name: 'Rygestopkursus' }).click();
  await page.getByRole('button', { name: 'Send til borger' }).click();
  await page.getByLabel('Borgerens e-mail').fill('borger@example.dk');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByText('Lagt i kø').waitFor();
  const queue = page.getByRole('region', { name: '1 udsendelse venter' });
  await queue.getByText('Rygestopkursus: e-mail til borger@example.dk').waitFor();
  await queue.getByText(/Køen findes kun i denne fane/).waitFor();
  await queue.getByText('Sendes automatisk, når der er forbindelse igen.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(await sendCount()).toBe(before);

  // Online again (still signed in): the send goes and the queue empties.
  await context.setOffline(false);
  await page.getByText('1 udsendelse fra køen er sendt.').waitFor();
  expect(await page.getByText(/borger@example\.dk/).count()).toBe(0);
  expect(await sendCount()).toBe(before + 1);
  expect(await axeViolations(page)).toEqual([]);
});
