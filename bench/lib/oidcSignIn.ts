// The two OIDC sign-in benches' shared set-up (bench/oidc-signin.ts, bench/oidc-signin-trace.ts): a real
// OpenID provider in this process, the built app on a fresh database, headless Chromium, and one sign-in
// as the provider's "bench" user.
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser';
import { startApp } from '../../e2e/app';
import { appEnvFor, registerApp, startOidcProvider, testGroups } from '../../apps/api/test/oidcProvider';

export async function startOidcBench() {
  process.env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';
  const idp = await startOidcProvider();
  const app = await startApp({ env: appEnvFor(idp) });
  registerApp(idp, app.url);
  idp.users.set('bench', {
    email: 'bench@ishoj.dk',
    name: 'Bench',
    groups: [testGroups.sundhedsstab],
    municipality_code: '183',
  });
  const browser = await launchBrowser();
  return {
    app,
    browser,
    close: async () => {
      await browser.close();
      await app.stop();
      await idp.close();
    },
  };
}

/** Signs in through the provider from the sign-in page; done when the shell's "Log ud" shows. */
export async function signInThroughProvider(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/log-ind`);
  await page.getByRole('link', { name: 'Log ind med kommunens login' }).click();
  await page.getByLabel('Brugernavn').fill('bench');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await page.getByRole('button', { name: 'Log ud', exact: true }).waitFor();
}
