// The staff unit's journey on a project page: open Nøffes Gadekøkken (seeded, with its ownership and
// sources), add an indicator, a status report (first without a status, which the form refuses in Danish)
// and a measured value, and see them on the page and in its history. axe-core scans each step.
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(180_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  page = await (await browser.newContext({ viewport: { width: 1024, height: 1024 }, locale: 'da-DK' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('the staff unit opens a seeded project, adds a status report and an indicator value, and sees them in the history', async () => {
  const [row] = await app.sql(`SELECT id FROM "Project" WHERE name = $1`, ['Nøffes Gadekøkken']);
  const id = String(row?.id);

  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: /Log ind som sundhedskonsulent/i }).click();
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();

  await page.goto(`${app.url}/projekter/${id}`);
  await page.getByRole('heading', { name: 'Nøffes Gadekøkken', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Ejerskab', level: 2 }).waitFor();
  expect(await page.locator('main').innerText()).toMatch(/Ikke oplyst i dokumenterne/);
  expect(await axeViolations(page)).toEqual([]);

  // An indicator to measure (the documents state none).
  await page.getByRole('button', { name: 'Tilføj indikator' }).click();
  const indicatorForm = page.locator('form', { has: page.getByRole('heading', { name: 'Tilføj indikator' }) });
  await indicatorForm.getByLabel('Navn', { exact: true }).fill('Deltagere');
  await indicatorForm.getByLabel('Enhed', { exact: true }).fill('deltagere');
  await indicatorForm.getByLabel(/^Mål/).fill('40');
  await indicatorForm.getByRole('button', { name: 'Gem' }).click();
  await page.getByRole('heading', { name: 'Deltagere (deltagere)', level: 3 }).waitFor();

  // A status report: refused without a status, saved with one.
  await page.getByRole('button', { name: 'Tilføj statusrapport' }).click();
  const reportForm = page.locator('form', { has: page.getByRole('heading', { name: 'Tilføj statusrapport' }) });
  await reportForm.getByLabel('Årstal').fill('2026');
  await reportForm.getByLabel('Kvartal').selectOption({ label: '3. kvartal' });
  await reportForm.getByLabel('Tekst', { exact: true }).fill('Køkkenet kører; der mangler en fast underviser.');
  await reportForm.getByRole('button', { name: 'Gem' }).click();
  await reportForm.getByText('Status skal være grøn, gul eller rød').first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await reportForm.getByRole('radio', { name: /Gul/ }).check();
  await reportForm.getByRole('button', { name: 'Gem' }).click();
  const reports = page.getByRole('table', { name: 'Statusrapporter pr. kvartal' });
  await reports.getByText('Køkkenet kører; der mangler en fast underviser.').waitFor();
  expect(await reports.innerText()).toMatch(/3\. kvt\. 2026\s+Gul/);

  // A measured value with its source.
  await page.getByRole('button', { name: 'Tilføj målt værdi for Deltagere' }).click();
  const valueForm = page.locator('form', {
    has: page.getByRole('heading', { name: 'Tilføj målt værdi for Deltagere' }),
  });
  await valueForm.getByLabel('År', { exact: true }).fill('2026');
  await valueForm.getByLabel('Kvartal').selectOption({ label: '3. kvartal' });
  await valueForm.getByLabel(/^Værdi/).fill('23');
  await valueForm.getByLabel(/Dokument eller beslutning/).fill('Holdliste efterår 2026');
  await valueForm.getByRole('button', { name: 'Gem' }).click();
  const values = page.getByRole('table', { name: 'Målte værdier for Deltagere' });
  await values.getByRole('rowheader', { name: '3. kvt. 2026' }).waitFor();
  expect(await values.innerText()).toMatch(/23 deltagere/);
  await values.getByRole('button', { name: /^Kilde/ }).click();
  await values.getByText('Holdliste efterår 2026').waitFor();

  const history = page.locator('section', { has: page.getByRole('heading', { name: 'Ændringshistorik' }) });
  await history.getByText('Statusrapport').first().waitFor();
  const historyText = await history.innerText();
  expect(historyText).toMatch(/Indikatorværdi/);
  expect(historyText).toMatch(/Indikator/);
  expect(await axeViolations(page)).toEqual([]);
});
