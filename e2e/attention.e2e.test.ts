// Follow-up on the overview (issue 9), in headless Chromium against the built app with the server's and
// the browser's clock fixed at 15 January 2027: the director sees "Kræver opmærksomhed" first, with the
// seeded milestones of 2016–2017 that are late, each linking to where it is fixed; the timeline shows a
// window around today with "i dag"; the overview downloads as an .xlsx that opens with rows; print shows
// the sources as footnotes. The staff unit's work queue /opgaver filters by kind in the URL. axe-clean.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(120_000);

const CLOCK = '2027-01-15T09:00:00.000Z';

// exceljs is the API's dependency; the test reads the download with it as the finance partner's Excel would.
interface Sheet {
  name: string;
  actualRowCount: number;
}
interface Workbook {
  xlsx: { load(data: Buffer): Promise<unknown> };
  worksheets: Sheet[];
}
const { Workbook } = createRequire(join(resolve(__dirname, '..'), 'apps/api/package.json'))('exceljs') as {
  Workbook: new () => Workbook;
};

let app: RunningApp;
let browser: Browser;
let page: Page;
const pageErrors: Error[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ clock: CLOCK }), launchBrowser()]);
  const context = await browser.newContext({
    viewport: { width: 1024, height: 900 },
    locale: 'da-DK',
    acceptDownloads: true,
  });
  page = await context.newPage();
  await page.clock.setFixedTime(CLOCK);
  page.on('pageerror', (error) => pageErrors.push(error));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});
afterEach(() => expect(pageErrors).toEqual([]));

async function expectAccessible() {
  expect(await axeViolations(page)).toEqual([]);
}

test('the director sees "Kræver opmærksomhed" first, with late milestones linking to where they are fixed', async () => {
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: 'Log ind som Direktør' }).click();
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
  const heading = page.getByRole('heading', { name: /^Kræver opmærksomhed \(\d+\)$/, level: 2 });
  await heading.waitFor();
  expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toMatch(/^Kræver opmærksomhed/);
  const late = page.getByRole('region', { name: /^Forsinket milepæl \(\d+\)$/ });
  await late.waitFor();
  const link = late.getByRole('link').first();
  expect(await link.getAttribute('href')).toMatch(/^\/(temaer|projekter)\/[\w-]+$/);
  expect(await late.locator('li').first().innerText()).toMatch(/\d{1,2}\.\d{1,2}\.20\d\d/);
  await page.getByText('Temaer og milepæle').waitFor();
  await expectAccessible();

  const href = (await link.getAttribute('href'))!;
  await link.click();
  await page.waitForURL(`**${href}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (href.startsWith('/temaer/')) {
    const milestones = page.getByRole('table', { name: 'Temaets milepæle' });
    await milestones.waitFor();
    expect(await milestones.innerText()).toMatch(/⚠\s*Forsinket/);
    await page.getByRole('heading', { name: 'Ændringshistorik' }).waitFor();
  }
  await page.waitForFunction(() => !document.body.innerText.includes('Henter data'));
  await expectAccessible();
});

test('the timeline shows a year on each side of today, with "i dag", and moves with Tidligere/Senere', async () => {
  await page.goto(`${app.url}/`);
  const timeline = page.getByRole('table', { name: 'Temaer A–G og deres milepæle pr. kvartal' });
  await timeline.waitFor();
  const headers = () => timeline.locator('thead th').allInnerTexts();
  expect((await headers()).map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
    'Tema',
    '1. kvt. 2026',
    '2. kvt. 2026',
    '3. kvt. 2026',
    '4. kvt. 2026',
    '1. kvt. 2027 i dag',
    '2. kvt. 2027',
    '3. kvt. 2027',
    '4. kvt. 2027',
    '1. kvt. 2028',
  ]);
  expect(await timeline.innerText()).toMatch(/\d+ forsinkede?/);
  await page.getByRole('button', { name: 'Tidligere' }).click();
  expect((await headers())[1]).toBe('1. kvt. 2025');
  await page.getByRole('button', { name: 'Vis alle kvartaler' }).click();
  expect((await headers())[1]).toMatch(/kvt\. 2016/);
  expect(await timeline.innerText()).toMatch(/1\. kvt\. 2027\s+i dag/);
  // The theme column stays put when the quarters scroll sideways.
  expect(
    await timeline
      .locator('tbody th')
      .first()
      .evaluate((cell) => getComputedStyle(cell).position),
  ).toBe('sticky');
  await expectAccessible();
});

test('the overview downloads as an .xlsx that opens with rows', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hent overblikket som Excel (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new Workbook();
  await book.xlsx.load(await readFile(await download.path()));
  expect(book.worksheets.length).toBeGreaterThan(0);
  expect(Math.max(...book.worksheets.map((sheet) => sheet.actualRowCount))).toBeGreaterThan(1);
});

test('in print the navigation and buttons go, the timeline fits the page and the sources are footnotes', async () => {
  await page.emulateMedia({ media: 'print' });
  try {
    const notes = page.getByRole('region', { name: 'Kilder' });
    await notes.waitFor();
    expect(await notes.locator('li').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline-nav').isVisible()).toBe(false);
    const fits = await page
      .locator('.timeline')
      .evaluate((table) => table.getBoundingClientRect().right <= document.documentElement.clientWidth + 1);
    expect(fits).toBe(true);
  } finally {
    // Back to the default (null, not 'screen': page.pdf() would then render the screen styles).
    await page.emulateMedia({ media: null });
  }
  // The overview's own page size: A4 landscape (595 × 842 pt turned), pages no wider than the paper.
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [width, height] of boxes) {
    expect(Math.round(width!)).toBe(842);
    expect(Math.round(height!)).toBe(595);
  }
});

test('the staff unit opens Opgaver and filters its queue by kind, kept in the URL', async () => {
  await page.getByRole('button', { name: 'Log ud', exact: true }).click();
  await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Log ind som sundhedskonsulent' }).click();
  // Signed in once the app has left the sign-in page (its own h1 would satisfy a heading wait).
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Opgaver', exact: true }).click();
  await page.getByRole('heading', { name: 'Opgaver', level: 1 }).waitFor();
  await page.getByRole('combobox', { name: 'Vis art' }).selectOption('LATE_MILESTONE');
  await page.waitForURL('**/opgaver?art=LATE_MILESTONE');
  await page.getByRole('heading', { name: /^Forsinket milepæl \(\d+\)$/, level: 2 }).waitFor();
  await page.reload();
  expect(await page.getByRole('combobox', { name: 'Vis art' }).inputValue()).toBe('LATE_MILESTONE');
  await expectAccessible();
});
