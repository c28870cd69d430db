// The set-up of an end-to-end file that drives one page of the built app with the app's and the browser's
// clock fixed at one moment: starts both, opens a Danish page of the given size, and fails each test that
// left an uncaught page error behind.
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { launchBrowser } from './browser';

export interface ClockedPage {
  app: RunningApp;
  browser: Browser;
  page: Page;
}

/** Registers beforeAll/afterAll/afterEach; the returned object is filled in by beforeAll. */
export function clockedPage(clock: string, viewport: { width: number; height: number }): ClockedPage {
  const run = {} as ClockedPage;
  const pageErrors: Error[] = [];
  beforeAll(async () => {
    [run.app, run.browser] = await Promise.all([startApp({ clock }), launchBrowser()]);
    const context = await run.browser.newContext({ viewport, locale: 'da-DK' });
    run.page = await context.newPage();
    await run.page.clock.setFixedTime(clock);
    run.page.on('pageerror', (error) => pageErrors.push(error));
  });
  afterAll(async () => {
    await run.browser?.close();
    await run.app?.stop();
  });
  afterEach(() => expect(pageErrors).toEqual([]));
  return run;
}
