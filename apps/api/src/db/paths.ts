import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder upwards holding pnpm-workspace.yaml (or SUNDHED_ROOT). */
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
  throw new Error('Cannot find the repository root (pnpm-workspace.yaml); set SUNDHED_ROOT.');
}

export const repoRoot = findRoot();
export const schemaPath = join(repoRoot, 'prisma/schema.prisma');
export const migrationsDir = join(repoRoot, 'prisma/migrations');
export const webDistDir = join(repoRoot, 'apps/web/dist');
export const defaultDataDir = join(repoRoot, '.data/pglite');
