// The search engine alone, in one process, over a synthetic catalogue read once from the real PostgreSQL
// (ADR 052): CPU time per search for all offers and for one municipality's scope, and a fingerprint of
// every answer (hits, scores, reasons, totals, suggestions) so that a change to the algorithm can be
// shown to give the same results. The database is needed only to make the catalogue (the same documents
// the API indexes); the searches then run with nothing else on the event loop, which a loaded machine
// distorts less than the end-to-end benches.
// Usage:
//   SUNDHED_STATEMENT_TIMEOUT_MS=300000 SUNDHED_QUERY_TIMEOUT_MS=310000 \
//     node --import tsx bench/search-engine-cpu.ts dump [offers=10000] [municipalities=50] [file]
//   (SEARCH_CPU_DATABASE_URL=…: dump a database that already holds a catalogue instead of generating one)
//   node bench/bundled.mjs bench/search-engine-cpu.ts run [file] [rounds=3] [--fingerprint out.json] [--quality]
//   (bundled.mjs runs it as production runs the engine, bundled by esbuild: the figures of issues 11 and 12 since
//   ADR 082; `node --import tsx …` runs the same script through tsx's per-file transform, where the engine's hot
//   loops cost more: up to 3.3 times for one query, 1.3 times over the quality sets' repeated p95)
//   (rounds=0: each query's first search only, e.g. for a profile of first searches; --expose-gc before
//   --import prints the heap after parsing the dump, after indexing and after the searches)
// (add --cpu-prof before --import for a profile; the dump lives in /tmp and is never committed)
// --quality: the quality sets' queries (main and holdout, bench/search-quality) instead of the bench's
// queries, as issue 11 asks ("over your quality set's queries"); their answers are fingerprinted too.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { at } from '@sundhed/shared/at';
import './search-production-env';
import { warmLexicon } from '@sundhed/vocabulary';
import {
  indexDocuments,
  searchIndex,
  sharedEntries,
  trigramDocs,
  warmEngine,
  warmIndex,
  type IndexedOffer,
  type ScopeIndex,
} from '@sundhed/search';
import { createPrisma, type Db } from '../apps/api/src/db/prisma';
import { generateCatalogue } from './lib/generateCatalogue';
import { withSeededDatabase } from './lib/seededDatabase';
import { benchQueries as latencyQueries } from './search-latency';
import { queries as qualityQueries } from './search-quality/queries';
import { holdoutQueries } from './search-quality/holdout';
import { scopeIndex } from '../apps/api/src/features/search/scopeIndexCache';

interface Scope {
  municipalityId: string | null;
  synonymGroups: string[][];
  vocabularyLayer: ScopeIndex['vocabularyLayer'];
  /** Document numbers of the all-offers dump, in the scope's own order. */
  docs: number[];
}
interface Dump {
  offers: IndexedOffer[];
  scopes: Scope[];
}

/** How many of the slowest first searches on a fresh index are named (SEARCH_CPU_SLOWEST, default 5). */
const SLOWEST = Number(process.env.SEARCH_CPU_SLOWEST ?? 5);
const DATE_KEYS = new Set(['createdAt', 'updatedAt', 'reviewedAt', 'validFrom', 'validTo']);

async function dump(offers: number, municipalities: number, file: string) {
  const from = process.env.SEARCH_CPU_DATABASE_URL;
  if (from) {
    // A database that already holds a generated catalogue (e.g. search-update-probe.ts's): no generation.
    const db = createPrisma(from, { max: 4 });
    try {
      await dumpFrom(db, file);
    } finally {
      await db.$disconnect();
    }
    return;
  }
  await withSeededDatabase('search_cpu', { pool: 4 }, async (db) => {
    await generateCatalogue(db, { offers, municipalities, seed: 42 });
    await dumpFrom(db, file);
  });
}

async function dumpFrom(db: Db, file: string) {
  {
    const ids = (
      await db.municipality.findMany({ where: { name: { startsWith: 'Syntetisk' } }, select: { id: true } })
    ).map((m) => m.id);
    const all = await scopeIndex(db, null);
    const docOf = new Map(all.offers.map((o, doc) => [o.offer.id, doc]));
    const scopes: Scope[] = [];
    for (const municipalityId of [null, ...ids.slice(0, 10)]) {
      const index = municipalityId ? await scopeIndex(db, municipalityId) : all;
      scopes.push({
        municipalityId,
        synonymGroups: index.synonymGroups,
        vocabularyLayer: index.vocabularyLayer,
        docs: index.offers.map((o) => docOf.get(o.offer.id)!),
      });
    }
    const out: Dump = { offers: all.offers.map(({ termTrigrams: _, ...o }) => o), scopes };
    writeFileSync(
      file,
      JSON.stringify(out, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
    );
    console.log(`dumped ${all.offers.length} offers and ${scopes.length} scopes to ${file}`);
  }
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function stats(times: number[]) {
  if (!times.length) return 'none (0 rounds)';
  const t = [...times].sort((a, b) => a - b);
  const q = (p: number) => at(t, Math.min(t.length - 1, Math.floor(p * t.length)));
  return `p50 ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${q(1).toFixed(2)} ms`;
}

/** The heap in use after a full collection (with --expose-gc; the parsed dump is part of it). */
function heap(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return '';
  gc();
  return `; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, external ${(process.memoryUsage().external / 1e6).toFixed(0)} MB`;
}

function run(file: string, rounds: number, fingerprintFile: string | null, quality: boolean) {
  const benchQueries: { text: string; age?: number; freeOnly?: boolean }[] = quality
    ? [...qualityQueries, ...holdoutQueries].map((q) => ({ text: q.query }))
    : latencyQueries;
  console.log(`${benchQueries.length} queries (${quality ? 'the quality sets, main and holdout' : "the bench's"})`);
  const t0 = cpuMs();
  const data = JSON.parse(readFileSync(file, 'utf8'), (k, v: unknown) =>
    DATE_KEYS.has(k) && typeof v === 'string' ? new Date(v) : v,
  ) as Dump;
  // The API's documents share their entries' parts (searchDocument, ADR 080); so do the dump's.
  for (const o of data.offers) o.entries = sharedEntries(o.entries);
  const parsed = heap();
  const label = { offersVersion: 0n, synonymsVersion: 0n, stamps: new Map<string, string>() };
  // The API builds the trigram table and the engine's per-index tables with the index (scopeIndexCache.ts,
  // ADR 060, 074), and decodes the Danish lexicon with its first index (ADR 067): so does the bench, and
  // every search is timed, a scope's very first one too.
  warmLexicon();
  const build = () =>
    data.scopes.map((s) => {
      const index = indexDocuments(
        s.docs.map((d) => ({ ...at(data.offers, d) })),
        s.synonymGroups,
        label,
        s.vocabularyLayer,
      );
      trigramDocs(index);
      warmIndex(index);
      return { municipalityId: s.municipalityId, index };
    });
  type Built = ReturnType<typeof build>[number];
  const indexes = build();
  // SEARCH_CPU_WARM_ENGINE=1: the engine's code compiled as the API does once it has built its first index
  // (warmEngine, ADR 091), so that the first pass's first searches are a just-started server's.
  const warm = process.env.SEARCH_CPU_WARM_ENGINE === '1';
  if (warm) {
    const w = cpuMs();
    warmEngine(at(indexes, 0).index);
    console.log(`warmEngine: ${(cpuMs() - w).toFixed(0)} ms CPU`);
  }
  console.log(
    `${data.offers.length} offers, ${indexes.length - 1} municipality scopes; loaded and indexed in ${(cpuMs() - t0).toFixed(0)} ms CPU${parsed && ` (parsed${parsed}; indexed${heap()})`}`,
  );
  // Held here only, so that they can be let go before the fresh indexes below are searched.
  let all: Built | null = indexes.shift()!;
  const municipalities = indexes;
  const fingerprint: Record<string, unknown> = {};
  const search = (scope: Built, q: (typeof benchQueries)[number]) =>
    searchIndex(scope.index, { ...q, limit: 20 }, { municipalityId: scope.municipalityId });
  for (const [name, scopeFor] of [
    ['all offers', () => all!],
    ['one municipality', (i: number) => at(municipalities, i % municipalities.length)],
  ] as const) {
    // The answers for the fingerprint. Each query's first search in the scope is timed too ("first"):
    // nothing remembered for it yet, and the engine's code not yet compiled.
    const first: number[] = [];
    const firstWall: number[] = [];
    const firstOf = new Map<string, number>();
    for (const [i, q] of benchQueries.entries()) {
      const scope = scopeFor(i);
      const c = cpuMs();
      const w = performance.now();
      const r = search(scope, q);
      firstWall.push(performance.now() - w);
      first.push(cpuMs() - c);
      firstOf.set(q.text, at(first, first.length - 1));
      fingerprint[`${name}|${i}|${q.text}`] = {
        total: r.total,
        hits: r.hits.map((h) => [h.offer.id, h.score, h.reasons]),
        suggestions: r.suggestions,
        withoutFilters: r.withoutFilters.map((h) => [h.offer.id, h.score]),
        understood: r.understood,
      };
    }
    const cpu: number[] = [];
    // The first repeat apart too: a query's second search, which may still do work the later ones find done.
    const firstRepeat: number[] = [];
    const perQuery = new Map<string, number>();
    for (let r = 0; r < rounds; r++) {
      for (const [i, q] of benchQueries.entries()) {
        const c = cpuMs();
        search(scopeFor(i + r * 7), q);
        const ms = cpuMs() - c;
        cpu.push(ms);
        if (r === 0) firstRepeat.push(ms);
        perQuery.set(q.text, Math.max(perQuery.get(q.text) ?? 0, ms));
      }
    }
    const worst = [...perQuery].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`  [${name}] CPU per search ${stats(cpu)}   target p95 <= 20 ms`);
    console.log(`    the first repeat alone (round 1): ${stats(firstRepeat)}`);
    console.log(
      `    each query's first search${warm ? ' (engine warmed)' : ''}: ${stats(first)}; wall ${stats(firstWall)}`,
    );
    const slowFirst = [...firstOf].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`    slowest first: ${slowFirst.map(([t, ms]) => `"${t}" ${ms.toFixed(1)}`).join(', ')}`);
    console.log(`    slowest: ${worst.map(([t, ms]) => `"${t}" ${ms.toFixed(1)}`).join(', ')}`);
  }
  console.log(`  after the searches (remembered per-index tables included)${heap()}`);
  // A server that builds an index anew lets the old one go: so does the bench (the first indexes are no
  // longer held while the fresh ones are searched, which otherwise doubled the heap the collector walks).
  all = null;
  municipalities.length = 0;
  // The first searches again, on fresh copies of the indexes in a process whose code is now compiled: a
  // running server's case, a query new to the index. The pass above also pays for compiling the engine.
  const fresh = build();
  // The first indexes are collected here, before the pass, not by a full collection during it: a server's
  // index is updated in place (ADR 044), and that collection landing on some of the queries moved this pass's
  // p95 by up to 10 ms from run to run (session 21).
  (globalThis as { gc?: () => void }).gc?.();
  for (const [name, scopeFor] of [
    ['all offers', () => at(fresh, 0)],
    ['one municipality', (i: number) => at(fresh, 1 + (i % (fresh.length - 1)))],
  ] as const) {
    const first: number[] = [];
    // The time the search took as its caller waits for it, beside the process's CPU time, which counts the
    // collector's threads running beside it too (ADR 083).
    const wall: number[] = [];
    const firstOf = new Map<string, number>();
    for (const [i, q] of benchQueries.entries()) {
      const c = cpuMs();
      const w = performance.now();
      search(scopeFor(i), q);
      wall.push(performance.now() - w);
      first.push(cpuMs() - c);
      firstOf.set(q.text, at(first, first.length - 1));
    }
    const slowFirst = [...firstOf].sort((a, b) => b[1] - a[1]).slice(0, SLOWEST);
    console.log(
      `  [${name}] each query's first search on a fresh index, code compiled: ${stats(first)}; wall ${stats(wall)}`,
    );
    console.log(`    slowest first: ${slowFirst.map(([t, ms]) => `"${t}" ${ms.toFixed(1)}`).join(', ')}`);
  }
  // More fresh passes over the all-offers scope (SEARCH_CPU_FRESH_PASSES, default 0), each on an index built
  // anew: one pass's p95 moves by several ms from run to run on these machines (a scavenge or a compile on
  // another thread lands on one query or another), so each query's median over the passes is taken too.
  const passes = Number(process.env.SEARCH_CPU_FRESH_PASSES ?? 0);
  if (passes > 0) {
    fresh.length = 0;
    const walls: number[][] = benchQueries.map(() => []);
    const passP95: string[] = [];
    for (let pass = 0; pass < passes; pass++) {
      const scope = build()[0]!;
      // The index before is let go here, not during the pass (a full collection of it then lands on a query).
      (globalThis as { gc?: () => void }).gc?.();
      const wall: number[] = [];
      for (const [i, q] of benchQueries.entries()) {
        const w = performance.now();
        search(scope, q);
        wall.push(performance.now() - w);
        at(walls, i).push(at(wall, i));
      }
      passP95.push(stats(wall).split(', ')[1]!.replace('p95 ', ''));
    }
    const medians = walls.map((w) =>
      at(
        [...w].sort((a, b) => a - b),
        Math.floor(w.length / 2),
      ),
    );
    console.log(
      `  [all offers] ${passes} more fresh passes, wall p95 per pass: ${passP95.join(', ')}; each query's median over them: ${stats(medians)}`,
    );
  }
  const text = JSON.stringify(fingerprint);
  console.log(`  answers fingerprint ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
  if (fingerprintFile) writeFileSync(fingerprintFile, JSON.stringify(fingerprint, null, 1));
}

const [mode, ...args] = process.argv.slice(2);
const fpAt = args.indexOf('--fingerprint');
const fp = fpAt >= 0 ? (args.splice(fpAt, 2)[1] ?? null) : null;
const qualityAt = args.indexOf('--quality');
if (qualityAt >= 0) args.splice(qualityAt, 1);
if (mode === 'dump')
  void dump(Number(args[0] ?? 10_000), Number(args[1] ?? 50), args[2] ?? `/tmp/search-cpu-${args[0] ?? 10000}.json`);
else run(args[0] ?? '/tmp/search-cpu-10000.json', Number(args[1] ?? 3), fp, qualityAt >= 0);
