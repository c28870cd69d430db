// Search quality on a realistic catalogue (issue 11, deliverable 1). Loads the 207 offers of
// bench/search-quality/catalogue.ts into one municipality of a database of its own on the real PostgreSQL
// (replacing its demo offers, keeping the seeded synonyms), runs every query of the quality set through the
// app's search engine (searchOffers, the function the GraphQL resolver calls) and, side by side, a plain
// PostgreSQL full-text search over the same catalogue, and prints top-1, top-3, top-10, MRR and the
// zero-result rate, overall and per failure class, for the main set and the holdout set separately.
// Usage: pnpm exec tsx bench/search-quality.ts [--set blind] [--json] [--misses] [--query "text" ...: top 10 with scores and reasons]
// --set blind: the blind generalisation set instead (bench/search-quality/blind/: its own catalogue and queries,
// written without looking at the engine or the main set); no holdout.
import { at } from '@sundhed/shared/at';
import './search-production-env';
import { homeMunicipality } from '../prisma/seed';
import type { Db } from '../apps/api/src/db/prisma';
import { searchOffers } from '../apps/api/src/features/search/searchOffers';
import { blindCatalogueByKey } from './search-quality/blind/catalogue';
import { blindQueries } from './search-quality/blind/queries';
import { catalogueByKey } from './search-quality/catalogue';
import { loadCatalogue, loadHoldout } from './search-quality/load';
import { queries } from './search-quality/queries';
import { FAILURE_CLASSES, type QualityQuery } from './search-quality/types';
import { withSeededDatabase } from './lib/seededDatabase';

const json = process.argv.includes('--json');
const showMisses = process.argv.includes('--misses');
const setArg = process.argv[process.argv.indexOf('--set') + 1];
const blind = process.argv.includes('--set') && setArg === 'blind';
if (process.argv.includes('--set') && !blind) throw new Error(`--set takes "blind", not ${setArg ?? 'nothing'}`);
/** The catalogue and the query sets to run: the main set (+ holdout), or the blind generalisation set. */
const catalogue = blind ? blindCatalogueByKey() : catalogueByKey();
const mainSet: [string, QualityQuery[]] = blind ? ['blind', blindQueries] : ['main', queries];
const TOP = 10;
/** `--query "text"` (repeatable): prints the engine's top 10 for each text with scores and reasons instead of the tables. */
const explainQueries = process.argv.flatMap((arg, i) => (arg === '--query' ? [process.argv[i + 1] ?? ''] : []));

/** The naive baseline of issue 11: Danish full text over name and description, ranked by ts_rank. */
const FTS_SQL = `
  SELECT o."id" FROM "Offer" o
   WHERE o."municipalityId" = $2 AND o."status" = 'ACTIVE'
     AND to_tsvector('danish', o."name" || ' ' || o."description") @@ websearch_to_tsquery('danish', $1)
   ORDER BY ts_rank(to_tsvector('danish', o."name" || ' ' || o."description"), websearch_to_tsquery('danish', $1)) DESC,
            o."name"
   LIMIT ${TOP}`;

type Method = 'engine' | 'fts';

interface Outcome {
  query: QualityQuery;
  /** Offer keys in rank order, at most TOP. */
  ranked: Record<Method, string[]>;
  /** 1-based rank of the first acceptable offer, or null. */
  rank: Record<Method, number | null>;
}

interface Metrics {
  queries: number;
  top1: number;
  top3: number;
  top10: number;
  mrr: number;
  zeroResults: number;
}

function check(set: string, list: QualityQuery[], keys: Set<string>) {
  for (const q of list) {
    if (q.accept.length === 0) throw new Error(`${set}: "${q.query}" accepts no offer`);
    for (const k of q.accept) if (!keys.has(k)) throw new Error(`${set}: "${q.query}" names unknown offer ${k}`);
  }
}

function firstRank(ranked: string[], accept: string[]): number | null {
  const i = ranked.findIndex((k) => accept.includes(k));
  return i < 0 ? null : i + 1;
}

async function run(db: Db, municipalityId: string, keyOf: Map<string, string>, list: QualityQuery[]) {
  const outcomes: Outcome[] = [];
  for (const query of list) {
    const f = query.filters ?? {};
    const result = await searchOffers(
      db,
      { text: query.query, age: f.age, freeOnly: f.freeOnly, language: f.language, format: f.format, limit: TOP },
      { municipalityId },
    );
    const engine = result.hits.map((h) => keyOf.get(h.offer.id) ?? h.offer.id);
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(FTS_SQL, query.query, municipalityId);
    const fts = rows.map((r) => keyOf.get(r.id) ?? r.id);
    outcomes.push({
      query,
      ranked: { engine, fts },
      rank: { engine: firstRank(engine, query.accept), fts: firstRank(fts, query.accept) },
    });
  }
  return outcomes;
}

function metrics(outcomes: Outcome[], method: Method): Metrics {
  const n = outcomes.length;
  const share = (pred: (o: Outcome) => boolean) => (n === 0 ? 0 : outcomes.filter(pred).length / n);
  const within = (k: number) => share((o) => (o.rank[method] ?? Infinity) <= k);
  return {
    queries: n,
    top1: within(1),
    top3: within(3),
    top10: within(10),
    mrr: n === 0 ? 0 : outcomes.reduce((s, o) => s + (o.rank[method] ? 1 / (o.rank[method] ?? 1) : 0), 0) / n,
    zeroResults: share((o) => o.ranked[method].length === 0),
  };
}

function report(outcomes: Outcome[]) {
  const groups: [string, Outcome[]][] = [
    ['all', outcomes],
    ...FAILURE_CLASSES.map((c): [string, Outcome[]] => [c, outcomes.filter((o) => o.query.class === c)]),
  ];
  return groups
    .filter(([, list]) => list.length > 0)
    .map(([group, list]) => ({ group, engine: metrics(list, 'engine'), fts: metrics(list, 'fts') }));
}

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;

function printTable(title: string, rows: ReturnType<typeof report>) {
  console.log(`\n${title}`);
  console.log(
    `${'class'.padEnd(20)} ${'n'.padStart(4)}  ${'method'.padEnd(7)} ${'top-1'.padStart(7)} ${'top-3'.padStart(7)} ${'top-10'.padStart(7)} ${'MRR'.padStart(6)} ${'zero'.padStart(7)}`,
  );
  for (const r of rows) {
    for (const m of ['engine', 'fts'] as const) {
      const x = r[m];
      console.log(
        `${(m === 'engine' ? r.group : '').padEnd(20)} ${(m === 'engine' ? String(x.queries) : '').padStart(4)}  ${m.padEnd(7)} ${pct(x.top1)} ${pct(x.top3)} ${pct(x.top10)} ${x.mrr.toFixed(3).padStart(6)} ${pct(x.zeroResults)}`,
      );
    }
  }
}

function printMisses(title: string, outcomes: Outcome[]) {
  const misses = outcomes.filter((o) => (o.rank.engine ?? Infinity) > 3);
  console.log(`\n${title}: ${misses.length} queries without an acceptable offer in the engine's top 3`);
  for (const o of misses) {
    console.log(
      `- [${o.query.class}] "${o.query.query}" → want ${o.query.accept.join(', ')}; engine rank ${o.rank.engine ?? '–'}, fts rank ${o.rank.fts ?? '–'}`,
    );
    console.log(`    engine: ${o.ranked.engine.slice(0, 3).join(', ') || '(nothing)'}`);
    console.log(`    fts:    ${o.ranked.fts.slice(0, 3).join(', ') || '(nothing)'}`);
  }
}

async function main() {
  const holdout = blind ? null : await loadHoldout();
  const keys = new Set(catalogue.keys());
  check(mainSet[0], mainSet[1], keys);
  if (holdout) check('holdout', holdout, keys);
  const started = performance.now();
  await withSeededDatabase(blind ? 'search_quality_blind' : 'search_quality', { pool: 2 }, async (db) => {
    const municipality = await db.municipality.findUnique({ where: { code: homeMunicipality.code } });
    if (!municipality) throw new Error('The seed has no home municipality');
    const keyOf = await loadCatalogue(db, municipality.id, catalogue);
    const synonymGroups = await db.searchSynonym.count({ where: { municipalityId: municipality.id } });
    if (explainQueries.length > 0) {
      for (const text of explainQueries) {
        const result = await searchOffers(db, { text, limit: TOP }, { municipalityId: municipality.id });
        console.log(`\n"${text}": ${result.total} hits`);
        for (const hit of result.hits) {
          console.log(
            `  ${hit.score.toFixed(2).padStart(7)} ${keyOf.get(hit.offer.id) ?? hit.offer.id}  ${hit.reasons.join(' | ')}`,
          );
        }
      }
      return;
    }
    const sets: [string, QualityQuery[]][] = [mainSet];
    if (holdout) sets.push(['holdout', holdout]);
    const results: Record<string, { summary: ReturnType<typeof report>; outcomes: Outcome[] }> = {};
    for (const [name, list] of sets) {
      const outcomes = await run(db, municipality.id, keyOf, list);
      results[name] = { summary: report(outcomes), outcomes };
    }
    const seconds = (performance.now() - started) / 1000;
    if (json) {
      console.log(
        JSON.stringify(
          {
            offers: keyOf.size,
            synonymGroups,
            seconds,
            sets: Object.fromEntries(
              Object.entries(results).map(([name, r]) => [
                name,
                {
                  summary: r.summary,
                  outcomes: r.outcomes.map((o) => ({
                    query: o.query.query,
                    class: o.query.class,
                    accept: o.query.accept,
                    rank: o.rank,
                    top3: { engine: o.ranked.engine.slice(0, 3), fts: o.ranked.fts.slice(0, 3) },
                  })),
                },
              ]),
            ),
          },
          null,
          2,
        ),
      );
      return;
    }
    console.log(
      `Search quality: ${keyOf.size} catalogue offers in ${municipality.name} (${synonymGroups} seeded synonym groups), ` +
        `engine = searchOffers (the GraphQL resolver's engine), fts = to_tsvector('danish', name || ' ' || description) ` +
        `@@ websearch_to_tsquery('danish', q) by ts_rank; ${seconds.toFixed(1)} s`,
    );
    for (const [name, r] of Object.entries(results)) {
      printTable(`${name} set (${r.outcomes.length} queries)`, r.summary);
    }
    if (!holdout && !blind) console.log('\n(no bench/search-quality/holdout.ts: holdout set not run)');
    if (showMisses) for (const [name, r] of Object.entries(results)) printMisses(`${name} set`, r.outcomes);
    const main = at(results[mainSet[0]]?.summary ?? [], 0);
    console.log(
      `\n${mainSet[0]} set engine: top-3 ${pct(main.engine.top3).trim()}, top-1 ${pct(main.engine.top1).trim()}, zero ${pct(main.engine.zeroResults).trim()} (targets: ≥ 90 %, ≥ 75 %, ≤ 2 %)`,
    );
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
