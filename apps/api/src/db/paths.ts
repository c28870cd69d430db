import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Set by build.mjs in dist/main.mjs: the bundle carries its SDL, migrations and web app beside it. */
declare const __SUNDHED_BUNDLE__: boolean | undefined;

/** The folder of dist/main.mjs when running the bundle; null when running the sources (tsx, Jest). */
const bundleDir =
  typeof __SUNDHED_BUNDLE__ !== 'undefined' && process.argv[1] ? dirname(resolve(process.argv[1])) : null;

/**
 * The repository root: the nearest folder upwards holding pnpm-workspace.yaml (or SUNDHED_ROOT). The
 * bundle deployed on its own has none: it then keeps its data beside itself (the folder above dist/).
 */
function findRoot(): string {
  if (process.env.SUNDHED_ROOT) return resolve(process.env.SUNDHED_ROOT);
  const starts = [process.cwd(), process.argv[1] ? dirname(resolve(process.argv[1])) : undefined];
  for (const start of starts) {
    let dir = start;
    while (dir) {
      if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  if (bundleDir) return dirname(bundleDir);
  throw new Error('Cannot find the repository root (pnpm-workspace.yaml); set SUNDHED_ROOT.');
}

export const repoRoot = findRoot();
export const schemaPath = join(repoRoot, 'prisma/schema.prisma');
export const migrationsDir = bundleDir ? join(bundleDir, 'migrations') : join(repoRoot, 'prisma/migrations');
export const webDistDir =
  bundleDir && existsSync(join(bundleDir, 'web')) ? join(bundleDir, 'web') : join(repoRoot, 'apps/web/dist');
export const defaultDataDir = join(repoRoot, '.data/pglite');
/** The business-case worker (ADR 036): bundled beside dist/main.mjs, else the TypeScript source run through tsx. */
export const calcWorker = bundleDir
  ? { file: join(bundleDir, 'calcWorker.mjs'), execArgv: [] as string[] }
  : {
      file: join(repoRoot, 'apps/api/src/features/calculations/calcWorker.ts'),
      execArgv: ['--import', pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href],
    };
