// The director's journey in headless Chromium against the built app: sign-in (wrong password, then
// demo), the overview with its figures and sources, every page of the shell, a page that does not
// exist, sign-out. axe-core scans every page for WCAG 2.1 A/AA violations.
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(120_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'da-DK' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function expectAccessible() {
  expect(await axeViolations(page)).toEqual([]);
}

test('an anonymous visitor is sent to the sign-in page, which is accessible', async () => {
  await page.goto(`${app.url}/`);
  await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
  expect(page.url()).toMatch(/\/log-ind/);
  expect(await page.getAttribute('html', 'lang')).toBe('da');
  await expectAccessible();
});

test('a wrong password gives one generic Danish message', async () => {
  await page.getByLabel('E-mail').fill('direktoer@demo.ishoj.dk');
  await page.getByLabel('Adgangskode').fill('forkert-kode');
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await page.getByText('Forkert e-mail eller adgangskode.').waitFor();
});

test('the director signs in and sees themes, budget, bodies and 2023 grants with their history', async () => {
  await page.getByRole('button', { name: 'Log ind som Direktør' }).click();
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
  await page.getByText('Temaer og milepæle').waitFor();
  await page.waitForFunction(() =>
    ['200.000 kr.', '1.000.000 kr.'].every((t) => document.querySelector('main')?.textContent?.includes(t)),
  );
  // The timeline opens on a window around today; "Vis alle kvartaler" shows the seeded 2016 quarters.
  await page.getByRole('button', { name: 'Vis alle kvartaler' }).click();
  const body = await page.locator('main').innerText();
  expect(body).toMatch(/3\. kvt\. 2016/);
  expect(body).toMatch(/i dag/);
  expect(body).toMatch(/Kræver opmærksomhed \(\d+\)/);
  expect(body).toMatch(/200\.000 kr\./);
  expect(body).toMatch(/500\.000 kr\. → 1\.000\.000 kr\./);
  expect(body).toMatch(/besluttet 26\.4\.2023/);
  expect(body).toMatch(/Sundhedsforum/);
  await expectAccessible();
});

test('every figure can show its source', async () => {
  const sourceButton = page.getByRole('button', { name: /^Kilde/ }).first();
  await sourceButton.click();
  await page.getByText('Dokument', { exact: false }).first().waitFor();
  expect(await page.locator('main').innerText()).toMatch(/Afsnit|Dato/);
});

test('the shell is keyboard-usable: the first Tab reaches the skip link', async () => {
  await page.goto(`${app.url}/`);
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Spring til indhold');
});

test.each([
  ['Organisation', 'Organisation', /Kommunesocialgrupper/],
  ['Temaer', 'Temaer', /Sundhed for hjemløse/i],
  ['Klynge', 'Klynge', /Politisk Sundhedsklynge Syd/i],
  ['Tilbud', 'Tilbud', /Søg i tilbud/],
])('the %s page opens from the navigation and is accessible', async (link, heading, content) => {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  await page.waitForFunction(() => !document.body.innerText.includes('Henter data'));
  expect(await page.locator('main').innerText()).toMatch(content);
  await expectAccessible();
});

test('an unknown page says so in Danish and offers a way back', async () => {
  await page.goto(`${app.url}/findes-ikke`);
  await page.getByRole('heading', { name: 'Siden findes ikke' }).waitFor();
  await expectAccessible();
  await page.getByRole('link', { name: 'Gå til Overblik' }).click();
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
});

test('signing out returns to the sign-in page, and the overview is closed again', async () => {
  await page.getByRole('button', { name: 'Log ud', exact: true }).click();
  await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
  await page.goto(`${app.url}/`);
  await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
});
