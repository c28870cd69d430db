// Issue 9, deliverable 7: how long the quarterly report's PDF takes on the server, on real PostgreSQL.
//  1. The seeded demo data (the ten projects and seven themes): report assembled (SQL) and PDF rendered.
//  2. With 500 generated projects and 5,000 milestones on top: a committee report far larger than a real one.
// Each: median and max of N runs after one warm-up, split into assembling (buildQuarterlyReport) and
// rendering (quarterlyPdf), plus the PDF's size and pages. The clock is fixed at 15 January 2027, so the
// report is for 4. kvt. 2026. `--out FILE` also writes the demo data's PDF (to look at it).
// Usage: pnpm exec tsx bench/quarterly-pdf.ts [runs] [--out FILE]
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setClock } from '@sundhed/shared/clock';
import type { Db } from '../apps/api/src/db/prisma';
import { buildQuarterlyReport } from '../apps/api/src/features/reports/quarterlyReport';
import { quarterlyPdf } from '../apps/api/src/features/reports/quarterlyPdf';
import { generatePortfolio } from '../apps/api/src/seed/generatePortfolio';
import { withSeededDatabase } from './lib/seededDatabase';

const runs = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 7);
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
const Q = { year: 2026, quarter: 4 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measure(label: string, db: Db, municipalityId: string, file?: string) {
  const build: number[] = [];
  const render: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const report = await buildQuarterlyReport(db, municipalityId, Q);
    const t1 = performance.now();
    pdf = await quarterlyPdf(report);
    const t2 = performance.now();
    if (i === 0) continue; // warm-up
    build.push(t1 - t0);
    render.push(t2 - t1);
  }
  const total = build.map((b, i) => b + render[i]!);
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(
    `${label}: ${runs} runs, total median ${median(total).toFixed(0)} ms (max ${Math.max(...total).toFixed(0)}), ` +
      `assemble ${median(build).toFixed(0)} ms, render PDF ${median(render).toFixed(0)} ms; ${pdf.byteLength} bytes, ${pages} pages`,
  );
  if (file) writeFileSync(file, pdf);
}

async function main() {
  setClock('2027-01-15T09:00:00Z');
  await withSeededDatabase('quarterly', { pool: 4 }, async (db) => {
    const director = await db.staffUser.findFirstOrThrow({ where: { role: 'direktoer' } });
    const municipalityId = director.municipalityId!;
    await measure('seeded demo data', db, municipalityId, out);
    const generated = await generatePortfolio(db, municipalityId, { projects: 500, milestonesPerProject: 10 });
    await measure(`+ ${generated.projects} generated projects, ${generated.milestones} milestones`, db, municipalityId);
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
