// Learning from searches where nothing is opened (issue 11, ADR 054) in headless Chromium against the built
// app: a front-line worker searches and moves on without opening a hit, three times; the staff unit sees
// the word under "Søgninger uden åbnet tilbud" and adds it as a keyword to an offer in one click, after
// which the search finds that offer by it. axe-core scans the staff screen with the picker open.
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(120_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 1024 }, locale: 'da-DK' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signInAs(button: string) {
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
}

async function searchShowing(text: string) {
  await page.getByRole('searchbox', { name: 'Søg i tilbud' }).fill(text);
  await page.locator(`[data-query="${text}"]`).waitFor();
  await page.getByRole('region', { name: 'Søgeresultater' }).getByRole('link').first().waitFor();
}

test('searches left without opening a hit are counted as their words only', async () => {
  await signInAs('Log ind som frontmedarbejder');
  await page.goto(`${app.url}/tilbud`);
  for (let i = 0; i < 3; i++) {
    await searchShowing('rygestop');
    await searchShowing('motion'); // a new search: "rygestop" was left without opening a hit
  }
  await page.goto(`${app.url}/tilbud/udbakke`); // leaving the page reports "motion" too
  const rows = await app.sql(`SELECT "term", sum("notOpened")::int AS n FROM "SearchMiss" GROUP BY 1 ORDER BY 1`);
  expect(rows).toEqual(expect.arrayContaining([{ term: 'rygestop', n: 3 }]));
  expect(JSON.stringify(rows)).not.toMatch(/frontmedarbejder|@/);
});

test('the staff unit adds the word as a keyword to an offer in one click', async () => {
  await page.getByRole('button', { name: 'Log ud', exact: true }).click();
  await signInAs('Log ind som sundhedskonsulent');
  await page.goto(`${app.url}/tilbud/vedligehold`);
  await page.getByRole('heading', { name: 'Søgninger uden åbnet tilbud', level: 3 }).waitFor();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'rygestop', exact: true }) });
  await row.getByRole('button', { name: 'Tilføj som nøgleord til et tilbud' }).click();
  const [offer] = await app.sql(
    `SELECT "name" FROM "Offer" WHERE "status" = 'ACTIVE' AND "name" NOT ILIKE '%ryge%' ORDER BY "name" LIMIT 1`,
  );
  const name = String(offer!.name);
  await row.getByRole('searchbox', { name: 'Find tilbuddet' }).fill(name.slice(0, 12));
  const pick = row.getByRole('button', { name: `Tilføj som nøgleord til ${name}` });
  await pick.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await pick.click();
  await page.getByText(`"rygestop" er tilføjet som nøgleord til "${name}". Søgningen bruger det nu.`).waitFor();
  const [saved] = await app.sql(`SELECT "keywords" FROM "Offer" WHERE "name" = $1`, [name]);
  expect(saved!.keywords).toEqual(['rygestop']);
  const [history] = await app.sql(
    `SELECT count(*)::int AS n FROM "OfferChange" c JOIN "Offer" o ON o."id" = c."offerId" WHERE o."name" = $1 AND c."field" = 'keywords'`,
    [name],
  );
  expect(history!.n).toBe(1);
  await page.goto(`${app.url}/tilbud`);
  await searchShowing('rygestop');
  await page.getByText('nøgleord: rygestop').first().waitFor();
});
