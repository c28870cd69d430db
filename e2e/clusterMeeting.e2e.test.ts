// Issue 10's meeting journey (web half), in headless Chromium against the built app: the cluster
// secretariat records a meeting with two items, publishes the agenda, records the decisions (one of them
// raises the breastfeeding grant's amount), publishes the minutes and opens the print pages; the director
// of the host municipality sees the new amount with its decision on the overview; the public minutes
// page opens without sign-in. axe-core scans each screen.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(240_000);

const TODAY = '2026-12-04T09:00:00.000Z';
const GRANT = 'Den gode start på livet – fælles ammeindsats';
const ITEM_1 = 'Klyngemidler: ammeindsatsen';
const ITEM_2 = 'Status på opfølgning';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let meetingPath: string;

async function openPage(signInAs: RegExp | null) {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'da-DK' });
  page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  if (!signInAs) return;
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: signInAs }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
}

/** The form under a heading. */
const formOf = (heading: string) => page.locator('form', { has: page.getByRole('heading', { name: heading }) });

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ clock: TODAY }), launchBrowser()]);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

test('the secretariat records a meeting with two items and publishes the agenda', async () => {
  await openPage(/Log ind som sekretariatet/);
  await page.goto(`${app.url}/klynge`);
  const cluster = page.getByRole('region', { name: 'Politisk Sundhedsklynge Syd' });
  await cluster.getByRole('link', { name: /^Nyt møde/ }).click();
  const form = formOf('Nyt møde');
  await form.getByRole('button', { name: 'Gem' }).click();
  await form.getByText('Titel skal udfyldes').first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await form
    .getByLabel(/^Titel/)
    .first()
    .fill('Møde i Politisk Sundhedsklynge Syd');
  await form.getByLabel(/^Dato/).first().fill('2.12.2026');
  await form.getByLabel(/^Starttidspunkt/).fill('14:00');
  await form.getByLabel(/^Mødested/).fill('Teams');
  await form.getByRole('button', { name: 'Tilføj deltager' }).click();
  await form.getByLabel(/^Organisation/).fill('Ishøj Kommune');
  await form.getByLabel(/^Funktion/).fill('borgmester');
  await form.getByLabel('Fremmøde').selectOption({ label: 'Deltog' });
  await form.getByRole('button', { name: 'Gem' }).click();
  await page.getByRole('heading', { name: 'Møde i Politisk Sundhedsklynge Syd', level: 1 }).waitFor();
  meetingPath = new URL(page.url()).pathname;
  await page.getByText('Kladde: kun sekretariatet kan se mødet').waitFor();

  for (const [title, recommendation] of [
    [ITEM_1, 'at ammeindsatsens bevilling hæves'],
    [ITEM_2, 'at status tages til efterretning'],
  ] as const) {
    await page.getByRole('button', { name: 'Tilføj punkt' }).click();
    const item = formOf('Tilføj punkt');
    await item
      .getByLabel(/^Titel/)
      .first()
      .fill(title);
    await item.getByLabel(/^Indstilling/).fill(recommendation);
    await item.getByLabel(/^Forventet varighed/).fill('20');
    await item.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { name: new RegExp(title), level: 3 }).waitFor();
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Offentliggør dagsorden' }).click();
  await page.getByText(/^Dagsorden offentliggjort/).waitFor();
});

test('records the decisions, raises the grant by the first, and publishes the minutes', async () => {
  const first = page.locator('li.agenda__item', { hasText: ITEM_1 });
  await first.getByRole('button', { name: /^Registrer beslutning/ }).click();
  const decision1 = formOf('Beslutning på punkt 1');
  await decision1.getByRole('radio', { name: 'Godkendt som indstillet' }).check();
  await decision1.getByLabel(/^Beslutningstekst/).fill('Bevillingen hæves til 1.250.000 kr.');
  expect(await axeViolations(page)).toEqual([]);
  await decision1.getByRole('button', { name: 'Gem' }).click();
  await first.getByText(/^Godkendt som indstillet \(2\.12\.2026\)/).waitFor();

  const second = page.locator('li.agenda__item', { hasText: ITEM_2 });
  await second.getByRole('button', { name: /^Registrer beslutning/ }).click();
  const decision2 = formOf('Beslutning på punkt 2');
  await decision2.getByRole('radio', { name: 'Udsat' }).check();
  await decision2.getByRole('button', { name: 'Gem' }).click();
  await second.getByText('Udsat (2.12.2026)').waitFor();

  const chooser = first.getByLabel('Bevillinger i klyngen');
  const grantId = await chooser.locator('option', { hasText: GRANT }).first().getAttribute('value');
  await chooser.selectOption(grantId);
  await first.getByRole('button', { name: 'Ændr beløb' }).click();
  const amount = formOf(`Ændr beløb: ${GRANT}`);
  await amount.getByLabel(/^Beløb/).fill('1.250.000');
  expect(await axeViolations(page)).toEqual([]);
  await amount.getByRole('button', { name: 'Gem' }).click();
  await first
    .getByText(/1\.250\.000 kr\./)
    .first()
    .waitFor();

  await page.getByRole('button', { name: 'Offentliggør protokol' }).click();
  await page.getByText(/^Protokol offentliggjort/).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`${app.url}${meetingPath}/dagsorden`);
  await page.getByRole('heading', { name: 'Dagsorden', level: 1 }).waitFor();
  await page.getByText('at ammeindsatsens bevilling hæves').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${app.url}${meetingPath}/protokol`);
  await page.getByRole('heading', { name: 'Beslutningsprotokol', level: 1 }).waitFor();
  await page.getByText('Bevillingen hæves til 1.250.000 kr.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test("the host municipality's director sees the new amount with its decision on the overview", async () => {
  await openPage(/Log ind som direktør/i);
  const grants = page.getByRole('region', { name: /Klyngemidler/ });
  const card = grants.locator('li.card', { hasText: GRANT });
  await card.getByText('1.250.000 kr.').first().waitFor();
  expect(await card.innerText()).toMatch(new RegExp(`besluttet 2\\.12\\.2026.*${ITEM_1}`));
  expect(await axeViolations(page)).toEqual([]);
});

test('the public minutes open without sign-in', async () => {
  await openPage(null);
  const id = meetingPath.split('/').pop()!;
  await page.goto(`${app.url}/offentligt/moeder/${id}`);
  await page.getByRole('heading', { name: /^Beslutningsprotokol: Politisk Sundhedsklynge Syd, 2\.12\.2026/ }).waitFor();
  await page.getByText('Bevillingen hæves til 1.250.000 kr.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
});
