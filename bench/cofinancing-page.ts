// Co-financing page figure of issue 13: with 10 years × 98 municipalities of monthly aggregates by sector,
// contact type, age group and diagnosis group (~1.4 million activity rows, synthetic) on real PostgreSQL,
// each query of the page for one municipality and its comparison sets p95 ≤ 50 ms. The rows go in with
// INSERT … SELECT generate_series (the import itself is bench/cofinancing-import.ts); the queries are the
// resolvers' service calls (no response cache, no HTTP).
// Run from the repository root: pnpm exec tsx bench/cofinancing-page.ts   (PostgreSQL on 127.0.0.1:5432)
import { performance } from 'node:perf_hooks';
import { cardFor, overviewFor } from '../apps/api/src/features/cofinancing/overviewService';
import { withSeededDatabase } from './lib/seededDatabase';

const RUNS = Number(process.env.RUNS ?? 60);
// Loading 1.4 million rows takes longer than the app's statement timeout; the timed queries keep theirs off too.
process.env.SUNDHED_STATEMENT_TIMEOUT_MS ??= '0';
process.env.SUNDHED_QUERY_TIMEOUT_MS ??= '0';

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

async function main(): Promise<void> {
  await withSeededDatabase('cofin_page', { pool: 4 }, async (db) => {
    const region = await db.region.findFirstOrThrow({ where: { code: '1084' } });
    const existing = await db.municipality.count({ where: { kind: 'MUNICIPALITY', code: { not: null } } });
    // Synthetic stand-ins up to 98 municipalities (the seed holds Region Hovedstaden's).
    await db.municipality.createMany({
      data: Array.from({ length: 98 - existing }, (_, i) => ({
        name: `Benchkommune ${i + 1}`,
        code: `B${String(i + 1).padStart(3, '0')}`,
        regionId: region.id,
      })),
    });
    const started = performance.now();
    await db.$executeRawUnsafe(`
      INSERT INTO "CofinancingImport" ("id","municipalityId","periodFrom","periodTo","granularity","sourceKind","sourceText","fileName","synthetic","activityRows","paymentRows","importedByName")
      SELECT 'bench-' || m."id", m."id", DATE '2015-01-01', DATE '2024-12-31', 'MONTH', 'ESUNDHED', 'syntetiske data (benchmark)', 'bench.csv', true, 14400, 0, 'bench'
        FROM "Municipality" m WHERE m."kind" = 'MUNICIPALITY' AND m."code" IS NOT NULL`);
    await db.$executeRawUnsafe(`
      INSERT INTO "CofinancingActivity" ("importId","line","year","month","sector","contactType","ageGroup","drgGroup","diagnosisGroup","count","tariffValue","amount")
      SELECT i."id", g + 2, 2015 + g / 1440, 1 + (g / 120) % 12,
             (ARRAY['somatik','somatik','psykiatri','psykiatri','praksis','praksis'])[1 + g % 6],
             (ARRAY['stationaer','ambulant','stationaer','ambulant','almen_laege','speciallaege'])[1 + g % 6],
             (ARRAY['0-2','3-64','65-79','80+'])[1 + (g / 6) % 4], NULL,
             (ARRAY['DJ18','DE86','DN39','DI50','DF32'])[1 + (g / 24) % 5],
             1 + g % 17, 1000 + g % 900, 300 + g % 700
        FROM "CofinancingImport" i, generate_series(0, 14399) g WHERE i."id" LIKE 'bench-%'`);
    await db.$executeRawUnsafe(`
      INSERT INTO "CofinancingSummary" ("importId","municipalityId","year","month","dimension","key","count","tariffValue","amount","uncomputed")
      SELECT a."importId", i."municipalityId", a."year", a."month",
        CASE WHEN GROUPING(a."sector") = 0 THEN 'sector' WHEN GROUPING(a."contactType") = 0 THEN 'contactType'
             WHEN GROUPING(a."ageGroup") = 0 THEN 'ageGroup' WHEN GROUPING(a."diagnosisGroup") = 0 THEN 'diagnosisGroup' ELSE 'total' END,
        CASE WHEN GROUPING(a."sector") = 0 THEN a."sector" WHEN GROUPING(a."contactType") = 0 THEN a."contactType"
             WHEN GROUPING(a."ageGroup") = 0 THEN a."ageGroup" WHEN GROUPING(a."diagnosisGroup") = 0 THEN a."diagnosisGroup" ELSE '' END,
        sum(a."count"), sum(a."tariffValue"), sum(a."amount"), 0
      FROM "CofinancingActivity" a JOIN "CofinancingImport" i ON i."id" = a."importId"
      GROUP BY a."importId", i."municipalityId", a."year", a."month",
        GROUPING SETS ((), (a."sector"), (a."contactType"), (a."ageGroup"), (a."diagnosisGroup"))`);
    await db.$executeRawUnsafe(`
      INSERT INTO "CofinancingYearSummary" ("importId","municipalityId","year","dimension","key","amount")
      SELECT "importId", "municipalityId", "year", "dimension", "key", sum("amount") FROM "CofinancingSummary"
       WHERE "dimension" <> 'total' GROUP BY 1, 2, 3, 4, 5`);
    const source = await db.source.create({ data: { documentKey: 'bench', title: 'syntetiske data (benchmark)' } });
    await db.$executeRawUnsafe(
      `INSERT INTO "CofinancingPopulation" ("municipalityId","year","ageGroup","population","sourceId")
       SELECT m."id", y, a, 1000 + y, $1 FROM "Municipality" m, generate_series(2015, 2024) y, unnest(ARRAY['0-2','3-64','65-79','80+']) a
        WHERE m."kind" = 'MUNICIPALITY' AND m."code" IS NOT NULL`,
      source.id,
    );
    await db.$executeRawUnsafe('ANALYZE');
    const rows = await db.cofinancingActivity.count();
    console.log(
      `loaded ${rows.toLocaleString('en')} activity rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const ishoj = await db.municipality.findFirstOrThrow({ where: { code: '183' } });
    const time = async (run: () => Promise<unknown>) => {
      for (let i = 0; i < 5; i++) await run();
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await run();
        samples.push(performance.now() - t);
      }
      return p95(samples);
    };
    const page = await time(() => overviewFor({ db }, ishoj.id, 2015, 2024, false));
    const card = await time(() => cardFor({ db }, ishoj.id, '2025-06-01'));
    // The same page without the breakdowns' and preventable admissions' comparison levels (ADR 068), under
    // the same load: what the levels cost.
    const plain = await time(() => overviewFor({ db }, ishoj.id, 2015, 2024, false, false));
    console.log(
      `page query (cofinancingOverview, 10 years, social group + 2 sets + national) p95 ${page.toFixed(1)} ms; ` +
        `card (cofinancingCard) p95 ${card.toFixed(1)} ms (≤ 50 ms each); ` +
        `page without the breakdown levels p95 ${plain.toFixed(1)} ms`,
    );
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
