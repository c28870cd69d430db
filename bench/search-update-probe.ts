// Probe (ADR 065): where the CPU of commit → found goes at 100,000 offers. Keeps its own database
// (engine100k_probe, made once: generation takes minutes) so it can be run again; phases timed apart
// (the index update, the search, garbage collection), and a CPU profile of the edit loop alone.
// Usage: node --expose-gc --max-old-space-size=8000 --import tsx bench/search-update-probe.ts [offers] [edits] [--prof out]
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import pg from 'pg';
import { at } from '@sundhed/shared/at';
import { createRng } from '@sundhed/calc';
import { searchIndex } from '@sundhed/search';
import './search-production-env';
import { migrate } from '../apps/api/src/db/migrate';
import { migrationsDir } from '../apps/api/src/db/paths';
import { createPrisma } from '../apps/api/src/db/prisma';
import { seedDemo } from '../apps/api/src/seed/seedDemo';
import { generateCatalogue } from './lib/generateCatalogue';
import { scopeIndex } from '../apps/api/src/features/search/scopeIndexCache';

const offers = Number(process.argv[2] ?? 100_000);
const edits = Number(process.argv[3] ?? 10);
const profAt = process.argv.indexOf('--prof');
const profFile = profAt >= 0 ? process.argv[profAt + 1] : null;
const name = `engine100k_probe_${offers}`;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

async function main() {
  const admin = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  const url = `postgresql://postgres@127.0.0.1:5432/${name}`;
  if (!exists) {
    await admin.query(`CREATE DATABASE ${name}`);
    await migrate(url, migrationsDir);
    const db = createPrisma(url, { max: 4 });
    await seedDemo(db, { demoUsers: true });
    await generateCatalogue(db, { offers, municipalities: 500, seed: 42 });
    await db.$executeRawUnsafe('VACUUM ANALYZE');
    await db.$disconnect();
  }
  await admin.end();
  const db = createPrisma(url, { max: 4 });
  const ids = (
    await db.municipality.findMany({ where: { name: { startsWith: 'Syntetisk' } }, select: { id: true } })
  ).map((m) => m.id);
  const home = at(ids, 0);
  const targets = await db.offer.findMany({ where: { municipalityId: home, status: 'ACTIVE' }, take: edits });
  const [row] = await db.$queryRawUnsafe<{ change: bigint }[]>('SELECT count(*) AS change FROM "OfferSearchChange"');
  const change = row?.change;
  console.log(`${name}: change log rows ${change}`);
  for (const scope of [null, home]) {
    searchIndex(await scopeIndex(db, scope), { text: 'motion' }, { municipalityId: scope });
  }
  const session = new Session();
  if (profFile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  for (const scope of [null, home]) {
    const rows: string[] = [];
    for (const [n, target] of targets.entries()) {
      // As search-scale.ts: letters only, far from each other in spelling (no edit is a typo of another).
      const next = createRng(20261205 + n + (scope ? 500 : 0));
      const word = `qx${Array.from({ length: 9 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(next() * 20)]).join('')}`;
      await db.offer.update({ where: { id: target.id }, data: { description: `Ny tekst med ${word}.` } });
      const g0 = gcMs;
      const c0 = cpuMs();
      const t0 = performance.now();
      const index = await scopeIndex(db, scope);
      const c1 = cpuMs();
      const t1 = performance.now();
      const r = searchIndex(index, { text: word, limit: 5 }, { municipalityId: scope });
      const c2 = cpuMs();
      const t2 = performance.now();
      await new Promise((resolve) => setImmediate(resolve));
      const found = r.hits.some((h) => h.offer.id === target.id);
      rows.push(
        `update ${(c1 - c0).toFixed(1)} CPU / ${(t1 - t0).toFixed(1)} wall, search ${(c2 - c1).toFixed(1)} CPU / ${(t2 - t1).toFixed(1)} wall, gc ${(gcMs - g0).toFixed(1)} ms${found ? '' : ' NOT FOUND'}`,
      );
    }
    console.log(`[${scope ? 'one municipality' : 'all offers'}]\n  ${rows.join('\n  ')}`);
  }
  if (profFile) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profFile, JSON.stringify(profile));
  }
  await db.$disconnect();
}
void main();
