// Writes a synthetic offer catalogue into a database (never into the repository).
// Usage: pnpm exec tsx bench/generate-catalogue.ts --url postgresql://… [--offers 10000] [--municipalities 50] [--seed 42]
// The database must be migrated (pnpm db:migrate). The same seed gives the same catalogue.
import { createPrisma } from '../apps/api/src/db/prisma';
import { generateCatalogue } from './lib/generateCatalogue';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  const url = arg('url', process.env.DATABASE_URL);
  if (!url) throw new Error('Give --url postgresql://… or DATABASE_URL.');
  const offers = Number(arg('offers', '10000'));
  const municipalities = Number(arg('municipalities', '50'));
  const seed = Number(arg('seed', '42'));
  const db = createPrisma(url, { max: 1 });
  const t0 = performance.now();
  await generateCatalogue(db, { offers, municipalities, seed });
  console.log(
    `${offers} offers over ${municipalities} municipalities (seed ${seed}) written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  await db.$disconnect();
}

void main();
