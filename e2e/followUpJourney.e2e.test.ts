// Issue 9's journey across time, in headless Chromium against the built app: on 4.12.2026 the staff unit
// gives Nøffes Gadekøkken a milestone for 1st quarter 2027 (with a Danish date and a source) and it is on
// time; the server is restarted on the same database with the clock at 2.4.2027 (the quarter has passed),
// and the milestone is "Forsinket" on the project page, the director sees it under "Kræver opmærksomhed"
// with a link to the project, and exports the portfolio as .xlsx, which opens and has the project's row.
// axe-core scans each screen.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(240_000);

const BEFORE = '2026-12-04T09:00:00.000Z';
const AFTER = '2027-04-02T08:00:00.000Z';
const MILESTONE = 'Evaluering af køkkenets første år';

interface Row {
  values: unknown[];
}
interface Sheet {
  name: string;
  actualRowCount: number;
  eachRow(callback: (row: Row) => void): void;
}
interface Workbook {
  xlsx: { load(data: Buffer): Promise<unknown> };
  worksheets: Sheet[];
}
// exceljs is the API's dependency; the test opens the download as the finance partner's Excel would.
const { Workbook } = createRequire(join(resolve(__dirname, '..'), 'apps/api/package.json'))('exceljs') as {
  Workbook: new () => Workbook;
};

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let projectId: string;

async function openPage(clock: string) {
  await context?.close();
  context = await browser.newContext({
    viewport: { width: 1024, height: 900 },
    locale: 'da-DK',
    acceptDownloads: true,
  });
  page = await context.newPage();
  await page.clock.setFixedTime(clock);
}

async function signIn(button: RegExp) {
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ clock: BEFORE }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('on 4.12.2026 the staff unit adds a milestone for 1st quarter 2027, which is on time', async () => {
  await openPage(BEFORE);
  await signIn(/Log ind som sundhedskonsulent/i);
  // The staff unit finds the project in the portfolio, as a user would.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Projekter' }).click();
  await page.locator('table.portfolio-table').getByRole('link', { name: 'Nøffes Gadekøkken' }).click();
  await page.getByRole('heading', { name: 'Nøffes Gadekøkken', level: 1 }).waitFor();
  projectId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByRole('button', { name: 'Tilføj milepæl' }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Tilføj milepæl' }) });
  await form.getByLabel('Årstal').fill('2027');
  await form.getByLabel('Kvartal').selectOption({ label: '1. kvartal' });
  // A day that does not exist is refused in Danish, and nothing is saved.
  await form.getByLabel(/^Dato/).first().fill('30.2.2027');
  await form.getByLabel('Tekst', { exact: true }).fill(MILESTONE);
  await form.getByRole('button', { name: 'Gem' }).click();
  await form
    .getByText(/findes ikke|ikke en dato/)
    .first()
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
  // Danish input accepted.
  await form.getByLabel(/^Dato/).first().fill('15.3.2027');
  await form.getByLabel(/Dokument eller beslutning/).fill('Styregruppemøde Sammen om sundhed, november 2026');
  await form.getByRole('button', { name: 'Gem' }).click();
  const milestones = page.getByRole('table', { name: 'Projektets milepæle' });
  await milestones.getByText(MILESTONE).waitFor();
  const row = milestones.locator('tr', { hasText: MILESTONE });
  expect(await row.innerText()).not.toMatch(/Forsinket/);
  expect(await row.innerText()).toMatch(/15\.3\.2027/);
  expect(await axeViolations(page)).toEqual([]);
});

test('after the quarter has passed (2.4.2027) the milestone is late on the project page', async () => {
  await app.restart({ clock: AFTER });
  await openPage(AFTER);
  await signIn(/Log ind som sundhedskonsulent/i);
  await page.goto(`${app.url}/projekter/${projectId}`);
  const milestones = page.getByRole('table', { name: 'Projektets milepæle' });
  await milestones.getByText(MILESTONE).waitFor();
  expect(await milestones.locator('tr', { hasText: MILESTONE }).innerText()).toMatch(/⚠\s*Forsinket/);
});

test('the director sees it under "Kræver opmærksomhed", follows the link, and exports the portfolio', async () => {
  await openPage(AFTER);
  await signIn(/Log ind som direktør/i);
  await page.getByRole('heading', { name: /^Kræver opmærksomhed \(\d+\)$/, level: 2 }).waitFor();
  const late = page.getByRole('region', { name: /^Forsinket milepæl \(\d+\)$/ });
  // The overview shows the oldest five per kind; the rest are one click away.
  const showAll = late.getByRole('button', { name: /^Vis alle/ });
  if (await showAll.count()) await showAll.click();
  const link = late.getByRole('link', { name: new RegExp(MILESTONE) });
  await link.waitFor();
  expect(await link.getAttribute('href')).toBe(`/projekter/${projectId}`);
  expect(await axeViolations(page)).toEqual([]);
  await link.click();
  await page.getByRole('heading', { name: 'Nøffes Gadekøkken', level: 1 }).waitFor();

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Projekter' }).click();
  const table = page.locator('table.portfolio-table');
  await table.getByRole('link', { name: 'Nøffes Gadekøkken' }).waitFor();
  expect(await table.locator('tr', { hasText: 'Nøffes Gadekøkken' }).innerText()).toMatch(/[1-9]\d* forsink/i);
  expect(await axeViolations(page)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hent som Excel (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new Workbook();
  await book.xlsx.load(await readFile(await download.path()));
  expect(book.worksheets.length).toBeGreaterThan(1);
  const cells: string[] = [];
  for (const sheet of book.worksheets) sheet.eachRow((r) => cells.push(JSON.stringify(r.values)));
  expect(cells.some((c) => c.includes('Nøffes Gadekøkken'))).toBe(true);
  expect(cells.some((c) => c.includes(MILESTONE))).toBe(true);
});
