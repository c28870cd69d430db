import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Repository root, found from this file so it works from src/ (tsx, Jest) and from dist/ (bundle). */
export const repoRoot = resolve(here, process.env.SUNDHED_BUNDLED ? '../../..' : '../../../..');
export const schemaPath = resolve(repoRoot, 'prisma/schema.prisma');
export const migrationsDir = resolve(repoRoot, 'prisma/migrations');
