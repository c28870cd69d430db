// The staff unit's portfolio journey (issue 9): open /projekter and filter by a theme, create a project (a
// missing name and owner give a Danish message per field), edit it, move it to another unit (the unit that
// already owns it is refused with a message), close it; the list then shows it only with "lukkede".
// axe-core scans the list and every form.
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(180_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  page = await (await browser.newContext({ viewport: { width: 1280, height: 1024 }, locale: 'da-DK' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const NAME = 'Røgfri unge i Ishøj';
/** After a save the form goes to the project's page, /projekter/<uuid>. */
const PROJECT_PAGE = /\/projekter\/[0-9a-f-]{36}$/;

test('the staff unit filters the portfolio, creates, edits, moves and closes a project', async () => {
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: /Log ind som sundhedskonsulent/i }).click();
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();

  // The list, from the navigation.
  await page.getByRole('navigation').getByRole('link', { name: 'Projekter', exact: true }).click();
  await page.getByRole('heading', { name: 'Projekter', level: 1 }).waitFor();
  const table = page.getByRole('table', { name: 'Projekter i porteføljen' });
  await table.waitFor();
  await page.getByText(/^\d+ projekter$/).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  const [theme] = await app.sql(`SELECT "id", "code", "municipalityId" FROM "Theme" ORDER BY "code" LIMIT 1`);
  const themeId = String(theme!.id);

  // Create: a missing name and owner are refused, field by field, in Danish.
  await page.getByRole('link', { name: 'Opret projekt' }).click();
  await page.getByRole('heading', { name: 'Opret projekt', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Gem' }).click();
  const summary = page.getByRole('alert');
  await summary.getByRole('link', { name: 'Navn skal udfyldes' }).waitFor();
  await summary.getByRole('link', { name: 'Ejer skal udfyldes' }).waitFor();
  expect(await page.getByLabel('Navn', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  expect(await axeViolations(page)).toEqual([]);

  const units = await app.sql(
    `SELECT u."id", u."name" FROM "OrgUnit" u JOIN "Municipality" m ON m."id" = u."municipalityId"
      WHERE m."id" = $1 ORDER BY u."name" LIMIT 2`,
    [theme!.municipalityId],
  );
  const [first, second] = units.map((u) => ({ id: String(u.id), name: String(u.name) }));
  await page.getByLabel('Navn', { exact: true }).fill(NAME);
  await page.getByLabel('Ejer', { exact: true }).selectOption({ value: first!.id });
  await page.getByLabel(/^Tema/).selectOption({ value: themeId });
  await page.getByLabel(/^Startdato/).fill('15.2.2027');
  await page.getByLabel(/^Formål/).fill('Færre unge begynder at ryge');
  await page.getByRole('button', { name: 'Gem' }).click();
  await page.waitForURL(PROJECT_PAGE);
  const projectUrl = page.url();
  const [created] = await app.sql(`SELECT "startDate"::text AS "start", "version" FROM "Project" WHERE "name" = $1`, [
    NAME,
  ]);
  expect(created).toEqual({ start: '2027-02-15', version: 1 });

  // The list, filtered by the project's theme: the URL keeps the filter, and the export takes it too.
  await page.getByRole('navigation').getByRole('link', { name: 'Projekter', exact: true }).click();
  await table.waitFor();
  await page.locator(`#filter-tema option[value="${themeId}"]`).waitFor({ state: 'attached' });
  await page.getByLabel('Tema', { exact: true }).selectOption({ value: themeId });
  await page.waitForURL(new RegExp(`tema=${themeId}`));
  await table.getByRole('link', { name: NAME }).waitFor();
  await page.getByText(/^\d+ projekt(er)?$/).waitFor();
  expect(await page.getByRole('link', { name: 'Hent som Excel (.xlsx)' }).getAttribute('href')).toBe(
    `/api/projects/export.xlsx?tema=${themeId}`,
  );

  // Edit.
  await page.goto(`${projectUrl}/rediger`);
  await page.getByRole('heading', { name: `Ret projektet ${NAME}`, level: 1 }).waitFor();
  expect(await page.getByLabel(/^Startdato/).inputValue()).toBe('2027-02-15');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel(/^Målgruppe/).fill('Unge 13–18 år');
  await page.getByRole('button', { name: 'Gem' }).click();
  await page.waitForURL(PROJECT_PAGE);
  const [edited] = await app.sql(`SELECT "targetGroup" FROM "Project" WHERE "name" = $1`, [NAME]);
  expect(edited!.targetGroup).toBe('Unge 13–18 år');

  // Move: the unit that owns it already is refused with the API's Danish message.
  await page.goto(`${projectUrl}/flyt`);
  await page.getByRole('heading', { name: `Flyt projektet ${NAME}`, level: 1 }).waitFor();
  await page.getByLabel('Ny ejer').selectOption({ value: first!.id });
  await page.getByLabel('Begrundelse').fill('Ny organisering af sundhedsområdet');
  await page.getByRole('button', { name: 'Flyt projektet' }).click();
  await page.getByRole('alert').getByText(`Projektet ejes allerede af ${first!.name}`).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Ny ejer').selectOption({ value: second!.id });
  await page.getByRole('button', { name: 'Flyt projektet' }).click();
  await page.waitForURL(PROJECT_PAGE);
  const [moved] = await app.sql(`SELECT "ownerUnitId" FROM "Project" WHERE "name" = $1`, [NAME]);
  expect(moved!.ownerUnitId).toBe(second!.id);

  // Close.
  await page.goto(`${projectUrl}/luk`);
  await page.getByRole('heading', { name: `Luk projektet ${NAME}`, level: 1 }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Færdigt').check();
  await page.getByLabel('Begrundelse').fill('Projektperioden er slut');
  await page.getByRole('button', { name: 'Luk projektet' }).click();
  await page.waitForURL(PROJECT_PAGE);

  // The list shows the closed project only with "lukkede".
  await page.goto(`${app.url}/projekter?tema=${themeId}`);
  await page.getByText(/^\d+ projekt(er)?$/).waitFor();
  expect(await page.getByRole('link', { name: NAME }).count()).toBe(0);
  // The box follows the address (?lukkede=1), which changes in a transition: click, then wait for both.
  await page.getByLabel('Vis også lukkede projekter').click();
  await page.waitForURL(/lukkede=1/);
  await page.locator('#filter-lukkede:checked').waitFor();
  await table.getByRole('link', { name: NAME }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
});
