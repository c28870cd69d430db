// Issue 9 figure "from navigation to rows visible <= 300 ms in Chromium with a warm cache", on the
// portfolio with 500 generated projects (5,000 milestones): a database of the bench's own on the real
// PostgreSQL, seeded with the demo data and generatePortfolio, served by the built app (apps/api/dist,
// NODE_ENV=production), signed in as the director in headless Chromium.
// Two measurements, each from the page's own clock (performance.now()) to the first frame in which the
// portfolio table has a project row (a MutationObserver records it):
//  - "in app": click "Projekter" in the main menu from the overview (the way a user goes there);
//  - "reload": a full page load of /projekter with the browser's HTTP cache warm (document, me query,
//    route chunk, portfolio query).
// Usage: pnpm build && pnpm exec tsx bench/portfolio-navigation.ts [rounds=20]
import { at } from '@sundhed/shared/at';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../e2e/browser';
import { generatePortfolio } from '../apps/api/src/seed/generatePortfolio';
import { withSeededDatabase } from './lib/seededDatabase';

const rounds = Number(process.argv[2] ?? 20);
const root = resolve(__dirname, '..');
const ROW = 'table.portfolio-table tbody tr a[href^="/projekter/"]';

function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const main = join(root, 'apps/api/dist/main.mjs');
  if (!existsSync(main)) throw new Error('Run `pnpm build` first.');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    SUNDHED_DEMO: '1',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
  };
  delete env.SUNDHED_CLOCK;
  const child = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /kører på http:\/\/localhost:(\d+)/.exec(output);
      if (match) done({ child, url: `http://127.0.0.1:${match[1]}` });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`app exited with ${code}:\n${output}`)));
  });
}

const percentile = (sorted: number[], p: number) =>
  at(sorted, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1));

function summary(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label}, ${times.length} navigations: p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p95 ${percentile(sorted, 0.95).toFixed(0)} ms, max ${at(sorted, sorted.length - 1).toFixed(0)} ms   target <= 300 ms`,
  );
}

async function main() {
  await withSeededDatabase('portfolio_nav', { pool: 4 }, async (db, url) => {
    const director = await db.staffUser.findFirstOrThrow({ where: { role: 'direktoer' } });
    const generated = await generatePortfolio(db, director.municipalityId!);
    console.log(`generated: ${generated.projects} projects, ${generated.milestones} milestones`);
    const server = await startServer(url);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
      await context.addInitScript((selector: string) => {
        const w = window as unknown as { __rowsAt?: number; __armed?: boolean };
        w.__armed = true; // a page load counts from its own navigation start
        new MutationObserver(() => {
          if (w.__armed && w.__rowsAt === undefined && document.querySelector(selector)) w.__rowsAt = performance.now();
        }).observe(document, { childList: true, subtree: true });
      }, ROW);
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.getByRole('button', { name: 'Log ind som Direktør' }).click();
      await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Hovedmenu' });

      const inApp: number[] = [];
      const reload: number[] = [];
      for (let i = 0; i < rounds + 2; i++) {
        // In app: from the overview, click "Projekter".
        await nav.getByRole('link', { name: 'Overblik' }).click();
        await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();
        // The user has read the overview (its requests are answered) before going on.
        await page.waitForLoadState('networkidle');
        const start = await page.evaluate(() => {
          const w = window as unknown as { __rowsAt?: number; __armed?: boolean };
          w.__rowsAt = undefined;
          w.__armed = true;
          return performance.now();
        });
        await nav.getByRole('link', { name: 'Projekter' }).click();
        await page.waitForFunction(() => (window as unknown as { __rowsAt?: number }).__rowsAt !== undefined);
        const end = await page.evaluate(() => (window as unknown as { __rowsAt: number }).__rowsAt);
        // Full load of /projekter with a warm HTTP cache.
        await page.goto(`${server.url}/projekter`);
        await page.waitForFunction(() => (window as unknown as { __rowsAt?: number }).__rowsAt !== undefined);
        const loaded = await page.evaluate(() => (window as unknown as { __rowsAt: number }).__rowsAt);
        if (i < 2) continue; // warm-up: chunks, HTTP cache, the server's plan cache
        inApp.push(end - start);
        reload.push(loaded);
      }
      summary('portfolio: menu click "Projekter" to rows visible (in app, warm cache)', inApp);
      summary('portfolio: page load of /projekter to rows visible (warm HTTP cache)', reload);
      console.log(
        `load average: ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
    } finally {
      await browser.close();
      server.child.kill('SIGTERM');
      await new Promise((r) => (server.child.exitCode !== null ? r(null) : server.child.once('exit', r)));
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
