// Issue 9 figures on generated data: 500 projects with 5,000 milestones, budget lines and status reports
// in a database of the bench's own (real PostgreSQL), through the real server.
//  1. The portfolio's first page of 50 with filters and late roll-ups over GraphQL, response cache off:
//     p50/p95 (target p95 <= 50 ms).
//     Also: the SQL statements one page request runs, and EXPLAIN ANALYZE of the portfolio statement
//     (execution time, less sensitive to a loaded machine than the wall time); BENCH_VERBOSE=1 lists them.
//  2. The Excel export of the whole portfolio generated on the server (workbook built and written to a
//     buffer): median and max (target <= 1 s).
// Usage: pnpm exec tsx bench/portfolio.ts [requests] [exports]
// BENCH_CPU_PROFILE=dir writes a V8 CPU profile of each timed loop only (not of the seeding) into dir,
// for Chrome DevTools or `node --cpu-prof`'s tools.
import { at } from '@sundhed/shared/at';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { createApp } from '../apps/api/src/server/app';
import { generatePortfolio } from '../apps/api/src/seed/generatePortfolio';
import { portfolioWorkbook, xlsxBuffer } from '../apps/api/src/features/projects/portfolioExport';
import { portfolioStatement } from '../apps/api/src/features/projects/portfolio';
import { Prisma } from '../apps/api/src/__generated__/prisma/client';
import type { PortfolioFilter } from '../apps/api/src/__generated__/graphql';
import { today } from '@sundhed/shared';
import { withSeededDatabase } from './lib/seededDatabase';
import { profiled } from './lib/profiled';
import { print } from 'graphql';
import { PROJECT_PORTFOLIO_QUERY } from '../apps/web/src/features/projects/portfolioQueries';

const requests = Number(process.argv[2] ?? 200);
const exports = Number(process.argv[3] ?? 7);
process.env.NODE_ENV = 'production';

// The list's own query at /projekter (the columns it shows: late count, latest report, budget lines),
// so the figure is what a user's page costs.
const PAGE = print(PROJECT_PORTFOLIO_QUERY);

const quantile = (sorted: number[], p: number) =>
  at(sorted, Math.min(sorted.length - 1, Math.floor(p * sorted.length)));

async function main() {
  let statements: string[] | null = null;
  const onQuery = (sql: string) => statements?.push(sql);
  await withSeededDatabase('portfolio', { pool: 4, onQuery }, async (db) => {
    const director = await db.staffUser.findFirstOrThrow({ where: { role: 'direktoer' } });
    const generated = await generatePortfolio(db, director.municipalityId!, {
      projects: 500,
      milestonesPerProject: 10,
    });
    console.log(
      `generated: ${generated.projects} projects, ${generated.milestones} milestones, ${generated.budgetLines} budget lines, ${generated.statusReports} status reports`,
    );
    const { app, stop } = await createApp(db, { demoMode: true, secureCookies: false, responseCache: false });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = (body: object, cookie?: string) =>
      fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    const signIn = await post({ query: 'mutation { signInDemo(role: direktoer) { id } }' });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    for (const [label, filter] of [
      ['no filter', null],
      ['needsAttention + year 2026', { needsAttention: true, year: 2026 }],
      ['status IN_PROGRESS + theme', { status: ['IN_PROGRESS'], themeId: (await db.theme.findFirstOrThrow()).id }],
    ] as const) {
      for (let i = 0; i < 20; i++) await (await post({ query: PAGE, variables: { filter, first: 50 } }, cookie)).json();
      statements = [];
      await (await post({ query: PAGE, variables: { filter, first: 50 } }, cookie)).json();
      const counted: string[] = statements;
      statements = null;
      const scope = { municipalityId: director.municipalityId!, unit: undefined, today: today() };
      const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>(
        Prisma.sql`EXPLAIN (ANALYZE, FORMAT TEXT) ${portfolioStatement(scope, (filter ?? {}) as PortfolioFilter, 50, 0)}`,
      );
      const lines = plan.map((r) => r['QUERY PLAN']);
      console.log(
        `  ${label}: ${counted.length} SQL statements per page; portfolio statement EXPLAIN ANALYZE: ${lines
          .filter((l) => /^(Planning|Execution) Time/.test(l))
          .join(', ')}`,
      );
      if (process.env.BENCH_VERBOSE) console.log([...counted, ...lines].join('\n'));
      const times: number[] = [];
      const cpu0 = process.cpuUsage();
      await profiled(label, async () => {
        for (let i = 0; i < requests; i++) {
          const t0 = performance.now();
          const body = (await (await post({ query: PAGE, variables: { filter, first: 50 } }, cookie)).json()) as {
            errors?: unknown;
          };
          times.push(performance.now() - t0);
          if (body.errors) throw new Error(JSON.stringify(body.errors));
        }
      });
      const cpu = process.cpuUsage(cpu0);
      times.sort((a, b) => a - b);
      // CPU of this process (server and client) per request: less sensitive than wall time to a loaded machine.
      const cpuMs = (cpu.user + cpu.system) / 1000 / requests;
      console.log(
        `portfolio first page (${label}), cache off, ${requests} requests: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, API process CPU ${cpuMs.toFixed(1)} ms/request   target p95 <= 50 ms`,
      );
    }
    // "Kræver opmærksomhed" (the overview's first section and /opgaver) over the same portfolio.
    {
      const ATTENTION = 'query { attentionItems { id kind kindLabel title route date projectId themeId offerId } }';
      let count = 0;
      for (let i = 0; i < 5; i++) await (await post({ query: ATTENTION }, cookie)).json();
      const times: number[] = [];
      for (let i = 0; i < Math.min(requests, 50); i++) {
        const t0 = performance.now();
        const body = (await (await post({ query: ATTENTION }, cookie)).json()) as {
          data?: { attentionItems: unknown[] };
          errors?: unknown;
        };
        times.push(performance.now() - t0);
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        count = body.data!.attentionItems.length;
      }
      times.sort((a, b) => a - b);
      console.log(
        `attentionItems (${count} items), ${times.length} requests: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`,
      );
    }
    server.close();
    await stop();

    const times: number[] = [];
    let bytes = 0;
    let cpuExport = 0;
    for (let i = 0; i < exports + 1; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const buffer = await (i === 1 ? profiled : (_: string, fn: () => Promise<Buffer>) => fn())('export', () =>
        xlsxBuffer((book) => portfolioWorkbook(book, db, director.municipalityId!)),
      );
      if (i > 0) times.push(performance.now() - t0); // the first run warms up
      const c = process.cpuUsage(c0);
      if (i > 0) cpuExport += (c.user + c.system) / 1000;
      bytes = buffer.byteLength;
    }
    times.sort((a, b) => a - b);
    console.log(`  API process CPU per export: ${(cpuExport / exports).toFixed(0)} ms`);
    console.log(
      `Excel export of the portfolio (500 projects + seeded, ${bytes} bytes), ${exports} runs: median ${quantile(times, 0.5).toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms   target <= 1000 ms`,
    );
    console.log(
      `load average: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
