// The staff unit's journey: add a milestone to theme C (first with an invalid year, which the form
// refuses field by field in Danish), see it in the theme and on the director's overview.
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(120_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  page = await (await browser.newContext({ viewport: { width: 800, height: 1024 }, locale: 'da-DK' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('the staff unit adds a milestone to theme C, and the overview shows it', async () => {
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: /Log ind som sundhedskonsulent/i }).click();
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();

  await page.getByRole('navigation').getByRole('link', { name: 'Temaer', exact: true }).click();
  await page.getByRole('heading', { name: 'Temaer', level: 1 }).waitFor();
  await page
    .getByRole('link', { name: /Sundhed for hjemløse/ })
    .first()
    .click();
  await page.getByRole('heading', { name: /Tema C: Sundhed for hjemløse/, level: 1 }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Tilføj milepæl' }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Tilføj milepæl' }) });
  await form.getByLabel('Årstal').fill('1999');
  await form.getByLabel('Tekst').fill('Sundhedskoordinator ansat i hjemløseboligerne');
  await form.getByRole('button', { name: 'Gem' }).click();
  await form
    .getByText(/Årstal skal være et årstal mellem 2000 og 2100/)
    .first()
    .waitFor();
  expect(await form.getByLabel('Årstal').getAttribute('aria-invalid')).toBe('true');
  expect(await axeViolations(page)).toEqual([]);

  await form.getByLabel('Årstal').fill('2027');
  await form.getByLabel('Kvartal').selectOption({ label: '2. kvartal' });
  await form.getByRole('button', { name: 'Gem' }).click();
  await page.getByText('Ændringerne er gemt.').waitFor();
  await page.getByText('Sundhedskoordinator ansat i hjemløseboligerne').first().waitFor();

  await page.getByRole('navigation').getByRole('link', { name: 'Overblik', exact: true }).click();
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
  await page.getByText('2. kvt. 2027').first().waitFor();
  await page.getByText('Sundhedskoordinator ansat i hjemløseboligerne').first().waitFor();
});
