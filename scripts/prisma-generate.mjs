// Generates the Prisma Client. Prisma's CLI insists on a native schema engine even for `generate`,
// which does not use it; where the engine cannot be downloaded (no internet) we point the CLI at a
// placeholder file for this one command only, so machines with internet keep the normal behaviour.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiDir = join(root, 'apps/api');

function hasRealEngine() {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY) return true;
  const enginesDir = join(apiDir, 'node_modules/@prisma/engines');
  if (!existsSync(enginesDir)) return false;
  return readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!hasRealEngine()) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;

const result = spawnSync('pnpm', ['exec', 'prisma', 'generate', '--schema', join(root, 'prisma/schema.prisma')], {
  cwd: apiDir,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
