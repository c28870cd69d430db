// Staff sign in through the municipality's identity provider in Chromium (issue 15, ADR 042): a real
// OpenID Connect provider (oidc-provider) runs in this process on loopback; the built app is started
// with OIDC_* pointing at it. Every role lands on its start page with the shell rendered; a user in no
// mapped group is sent back to the sign-in page with a Danish message.
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';
import {
  appEnvFor,
  registerApp,
  startOidcProvider,
  testGroups,
  type TestProvider,
} from '../apps/api/test/oidcProvider';

jest.setTimeout(180_000);

let idp: TestProvider;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  idp = await startOidcProvider();
  [app, browser] = await Promise.all([startApp({ env: appEnvFor(idp) }), launchBrowser()]);
  registerApp(idp, app.url);
  for (const [role, group] of Object.entries(testGroups))
    idp.users.set(`e2e-${role}`, {
      email: `e2e-${role}@ishoj.dk`,
      name: `E2E ${role}`,
      groups: [group],
      municipality_code: '183',
    });
  idp.users.set('e2e-nobody', {
    email: 'e2e-nobody@ishoj.dk',
    name: 'E2E nobody',
    groups: ['Domain Users'],
    municipality_code: '183',
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await idp?.close();
});

const startPaths: Record<string, string> = {
  sundhedsstab: '/',
  frontmedarbejder: '/tilbud',
  direktoer: '/',
  klyngesekretariat: '/klynge',
  projektleder: '/projekter',
};

async function signInAtProvider(login: string) {
  const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('link', { name: 'Log ind med kommunens login' }).click();
  await page.getByLabel('Brugernavn').fill(login);
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  return page;
}

test("the sign-in page offers the municipality's login and passes axe", async () => {
  const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('link', { name: 'Log ind med kommunens login' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test.each(Object.keys(testGroups))('a %s signs in through the provider and lands on the start page', async (role) => {
  const page = await signInAtProvider(`e2e-${role}`);
  await page.getByRole('button', { name: 'Log ud', exact: true }).waitFor();
  expect(new URL(page.url()).pathname).toBe(startPaths[role]);
  const rows = await app.sql(`SELECT "role"::text AS role, "origin" FROM "StaffUser" WHERE "email" = $1`, [
    `e2e-${role}@ishoj.dk`,
  ]);
  expect(rows).toEqual([{ role, origin: 'oidc' }]);
  await page.context().close();
});

test('a user in no mapped group is refused with a Danish message and no account', async () => {
  const page = await signInAtProvider('e2e-nobody');
  await page.getByRole('alert').filter({ hasText: 'Din konto har ingen rolle i Sundhedsoverblik' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/log-ind');
  expect(await axeViolations(page)).toEqual([]);
  expect(await app.sql(`SELECT 1 FROM "StaffUser" WHERE "email" = 'e2e-nobody@ishoj.dk'`)).toEqual([]);
  await page.context().close();
});
