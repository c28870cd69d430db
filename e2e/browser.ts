// Headless Chromium from Debian, driven by playwright-core, with an axe-core scan helper and the page
// error fixture every end-to-end test gets: each page of a browser from launchBrowser() is watched, and a
// test fails when any page reported an uncaught error (including one thrown inside an event handler) or a
// console error while it ran, unless that test allowed it with allowPageProblem().
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const problems: string[] = [];
const allowed: RegExp[] = [];
const watched = new Set<Page>();

/** Records the page's uncaught errors and console errors (launchBrowser's pages are watched already). */
export function watchPage(page: Page): void {
  if (watched.has(page)) return;
  watched.add(page);
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('close', () => watched.delete(page));
}

/** Lets the running test pass although a page reports a problem matching the pattern (an expected one). */
export function allowPageProblem(pattern: RegExp): void {
  allowed.push(pattern);
}

/** The problems reported since the last call, less the allowed ones; forgets them and the allowances. */
export async function takePageProblems(): Promise<string[]> {
  // Events already sent by the page arrive before the answer to a round trip made after them.
  await Promise.all([...watched].map((page) => page.evaluate(() => 0).catch(() => undefined)));
  const found = problems.filter((p) => !allowed.some((pattern) => pattern.test(p)));
  problems.length = 0;
  allowed.length = 0;
  return found;
}

/** Throws with every unexpected page problem since the last check. */
export async function expectNoPageProblems(): Promise<void> {
  const found = await takePageProblems();
  if (found.length) throw new Error(`The page reported ${found.length} error(s):\n${found.join('\n')}`);
}

// The fixture: every test file that imports this module checks after each test (and after its hooks).
// Outside Jest (bench/web-bundle-size.ts) there are no hooks.
const jestHooks = globalThis as {
  afterEach?: (fn: () => Promise<void>) => void;
  afterAll?: (fn: () => Promise<void>) => void;
};
if (typeof jestHooks.afterEach === 'function' && typeof jestHooks.afterAll === 'function') {
  jestHooks.afterEach(expectNoPageProblems);
  jestHooks.afterAll(expectNoPageProblems);
}

export async function launchBrowser(): Promise<Browser> {
  const browser = await launch();
  // Every page of every context is watched from its first moment (browser.newPage uses newContext too).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    context.on('page', watchPage);
    return context;
  };
  return browser;
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ], // playwright gives every launch a fresh, temporary profile (user data dir)
  });
}

// Evaluated through the DevTools protocol rather than added as an inline <script>, which the app's
// Content-Security-Policy (script-src 'self', ADR 017) rightly blocks.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core with the WCAG 2.1 A and AA rules; returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
