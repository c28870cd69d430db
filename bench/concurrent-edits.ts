// No lost update (issue 7, ADR 016): concurrent pairs of edits on the real server and PostgreSQL. Two
// staff sessions load the same record, each changes a different field and both save at once; the
// loser gets CONFLICT and reapplies its change on the new version. Prints pairs, saves, conflicts and
// lost changes (must be 0), and for offers whether the history agrees with the stored data.
// Several records are edited at the same time (PARALLEL pair streams), so the saves also compete with
// other transactions. Bounded by the pair counts.
// Usage: pnpm exec tsx bench/concurrent-edits.ts [offerPairs=50] [milestonePairs=10] [budgetLinePairs=10] [parallel=5]
import './search-production-env';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createApp } from '../apps/api/src/server/app';
import { withSeededDatabase } from './lib/seededDatabase';
import {
  budgetLineSpec,
  emptyTally,
  milestoneSpec,
  offerSpec,
  runPair,
  type Gql,
  type PairTally,
  type RecordSpec,
} from '../apps/api/test/editPairs';

const [offerPairs, milestonePairs, budgetLinePairs, parallel] = [50, 10, 10, 5].map((d, i) =>
  Number(process.argv[2 + i] ?? d),
) as [number, number, number, number];

async function main() {
  await withSeededDatabase('concurrent_edits', { pool: 10 }, async (db) => {
    const { app, stop } = await createApp(db, { demoMode: true, secureCookies: false, responseCache: true });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const gql: Gql = async (query, variables, cookie) =>
      (
        await fetch(base, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query, variables }),
        })
      ).json() as never;
    const signIn = async () => {
      const res = await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation { signIn(email: "sundhedsstab@demo.ishoj.dk", password: "demo1234") { id } }',
        }),
      });
      return res.headers.get('set-cookie')!.split(';')[0]!;
    };
    const cookies: [string, string] = [await signIn(), await signIn()];

    const offers = (await db.offer.findMany({ orderBy: { name: 'asc' }, take: parallel, select: { id: true } })).map(
      (o) => o.id,
    );
    const milestones = (
      await db.milestone.findMany({ orderBy: { id: 'asc' }, take: parallel, select: { id: true } })
    ).map((o) => o.id);
    const lines = (
      await db.budgetLine.findMany({
        where: { themeId: { not: null }, amountKr: { not: null } },
        orderBy: { id: 'asc' },
        take: parallel,
        select: { id: true },
      })
    ).map((o) => o.id);

    /** `pairs` pairs spread over the records, one stream of sequential pairs per record, streams at once. */
    async function run(spec: RecordSpec, ids: string[], pairs: number, withHistory: boolean) {
      const tally = emptyTally();
      const times: number[] = [];
      await Promise.all(
        ids.map(async (id, stream) => {
          for (let pair = stream; pair < pairs; pair += ids.length) {
            const t = performance.now();
            await runPair(gql, spec, cookies, id, pair, tally, withHistory ? db : undefined);
            times.push(performance.now() - t);
          }
        }),
      );
      times.sort((a, b) => a - b);
      return { tally, median: times[Math.floor(times.length / 2)] ?? 0 };
    }
    const line = (label: string, { tally: t, median }: { tally: PairTally; median: number }) =>
      `${label}: pairs ${t.pairs}, saved ${t.saved}, conflicts ${t.conflicts}, lost ${t.lost} (target 0), conflicts without the winner's values ${t.badConflicts}, ` +
      `history mismatches ${t.historyMismatches}, other errors ${t.otherErrors.length}; median pair (2 loads, 2 saves, reload, reapply, check) ${median.toFixed(0)} ms`;
    console.log(`real PostgreSQL, ${parallel} records edited at once, two staff sessions per pair`);
    console.log(line('offers', await run(offerSpec, offers, offerPairs, true)));
    console.log(line('milestones', await run(milestoneSpec, milestones, milestonePairs, false)));
    const budget = await run(budgetLineSpec, lines, budgetLinePairs, false);
    console.log(line('budget lines', budget));
    for (const e of budget.tally.otherErrors) console.log('  ', e);
    server.close();
    await stop();
  });
}

void main();
