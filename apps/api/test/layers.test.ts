// The API's layers depend downwards only (docs/architecture.md, "Dependency direction"): this test reads
// every import of apps/api/src (tests excepted) and fails on one that points upwards.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../src/db/paths';

const src = join(repoRoot, 'apps/api/src');

/** Layer of a path under apps/api/src, lowest first; a module may import its own layer and lower ones. */
const layers: Record<string, number> = {
  __generated__: 0,
  db: 1,
  auth: 1,
  graphql: 2,
  http: 2,
  features: 3,
  seed: 4,
  server: 5,
  cli: 6,
  'main.ts': 6,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)];
  return specs.map((m) => resolve(dirname(file), m[1]!));
}

const layerOf = (path: string): { name: string; rank: number } | null => {
  const rel = relative(src, path);
  if (rel.startsWith('..')) return null;
  const name = rel.split('/')[0]!;
  const rank = layers[name] ?? layers[`${name}.ts`];
  if (rank === undefined) throw new Error(`apps/api/src/${name} has no layer in layers.test.ts`);
  return { name, rank };
};

const files = sourceFiles(src);

test('every module imports its own layer or a lower one', () => {
  const upwards: string[] = [];
  for (const file of files) {
    const from = layerOf(file)!;
    for (const target of relativeImports(file)) {
      const to = layerOf(target);
      if (to && to.rank > from.rank) upwards.push(`${relative(src, file)} → ${relative(src, target)}`);
    }
  }
  expect(upwards).toEqual([]);
});

test('the app at run time does not import the demo data (prisma/seed) or anything under bench/ or test/', () => {
  const runtime = files.filter((f) => !['seed', 'cli'].includes(layerOf(f)!.name));
  const outside = runtime.flatMap((file) =>
    relativeImports(file)
      .filter((target) => relative(src, target).startsWith('..'))
      .map((target) => `${relative(src, file)} → ${relative(repoRoot, target)}`),
  );
  expect(outside).toEqual([]);
});

test('the check sees the imports it judges (a known downward import is found)', () => {
  const app = relativeImports(join(src, 'server/app.ts')).map((t) => relative(src, t));
  expect(app).toEqual(expect.arrayContaining(['server/schema', 'features/hsds/hsdsRouter', 'db/paths']));
});
