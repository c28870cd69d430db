// The page error fixture of browser.ts catches what it promises: an error thrown inside an event handler,
// an unhandled promise rejection and a console error on a tiny test page each make the check fail, a quiet
// page passes, and an allowed problem is let through for that test only.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { allowPageProblem, expectNoPageProblems, launchBrowser, takePageProblems } from './browser';

jest.setTimeout(60_000);

let browser: Browser;
let page: Page;

const testPage = `<!doctype html><html lang="da"><title>Testside</title>
<button id="handler">Kast i en hændelse</button>
<button id="rejection">Afvist løfte</button>
<button id="console">Konsolfejl</button>
<button id="quiet">Intet</button>
<script>
  document.getElementById('handler').addEventListener('click', () => { throw new Error('boom i klikket'); });
  document.getElementById('rejection').addEventListener('click', () => { Promise.reject(new Error('afvist med vilje')); });
  document.getElementById('console').addEventListener('click', () => console.error('fejl skrevet i konsollen'));
  document.getElementById('quiet').addEventListener('click', () => console.log('alt i orden'));
</script></html>`;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

beforeEach(() => page.setContent(testPage));

test('an error thrown inside an event handler fails the check', async () => {
  await page.click('#handler');
  await expect(expectNoPageProblems()).rejects.toThrow(/pageerror: Error: boom i klikket/);
});

test('an unhandled promise rejection fails the check', async () => {
  // Chromium reports an unhandled rejection after the click's task, sometimes after the check's round trip:
  // wait for the report itself, then check.
  await Promise.all([page.waitForEvent('pageerror'), page.click('#rejection')]);
  await expect(expectNoPageProblems()).rejects.toThrow(/afvist med vilje/);
});

test('a console error fails the check', async () => {
  await page.click('#console');
  await expect(expectNoPageProblems()).rejects.toThrow(/console\.error: fejl skrevet i konsollen/);
});

test('a quiet page passes, and so does an allowed problem, for that test only', async () => {
  await page.click('#quiet');
  expect(await takePageProblems()).toEqual([]);
  allowPageProblem(/fejl skrevet i konsollen/);
  await page.click('#console');
  expect(await takePageProblems()).toEqual([]);
  await page.click('#console'); // the allowance ended with the last check
  expect(await takePageProblems()).toEqual([expect.stringMatching(/fejl skrevet i konsollen/)]);
});

test('a test that leaves a page error unchecked fails through the shared afterEach', () => {
  // A separate Jest run of a test that clicks the throwing button and checks nothing itself.
  const config = {
    rootDir: __dirname,
    testMatch: ['<rootDir>/fixtures/leavesPageError.ts'],
    testEnvironment: 'node',
    testTimeout: 60_000,
    transform: {
      '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
    },
  };
  const run = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--ci', '--config', JSON.stringify(config)],
    {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 60_000,
    },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/✕ clicks a button whose handler throws, and checks nothing/);
  expect(run.stderr).toMatch(/pageerror: Error: boom i klikket/);
  expect(run.stderr).toMatch(/Tests: +1 failed, 1 total/);
});
