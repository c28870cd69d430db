// Bundles the API into dist/main.mjs. Our own code and workspace packages are bundled; third-party
// packages stay external (PGlite and Prisma load WebAssembly files relative to their own modules).
// dist/ runs without the source tree: the SDL is bundled into main.mjs, the migrations are copied to
// dist/migrations and the built web app (when there is one) to dist/web. `--outdir <dir>` builds elsewhere
// (apps/api/test/distAlone.test.ts).
import { build } from 'esbuild';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundle } from './bundleOptions.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const outIndex = process.argv.indexOf('--outdir');
const outdir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(here, 'dist');

// The same files in the same order as sdlFiles() in src/server/schema.ts.
const src = join(here, 'src');
const sdl = [join(src, 'graphql/base.graphql')];
for (const feature of readdirSync(join(src, 'features')).sort()) {
  for (const file of readdirSync(join(src, 'features', feature)).sort()) {
    if (file.endsWith('.graphql')) sdl.push(join(src, 'features', feature, file));
  }
}

await build(
  nodeBundle(join(here, 'src/main.ts'), join(outdir, 'main.mjs'), {
    define: {
      __SUNDHED_SDL__: JSON.stringify(sdl.map((f) => readFileSync(f, 'utf8'))),
      __SUNDHED_BUNDLE__: 'true',
    },
  }),
);

// The business-case worker (ADR 036) runs in worker threads: its own bundle beside main.mjs.
await build(nodeBundle(join(here, 'src/features/calculations/calcWorker.ts'), join(outdir, 'calcWorker.mjs')));

for (const [from, to] of [
  [join(root, 'prisma/migrations'), join(outdir, 'migrations')],
  [join(root, 'apps/web/dist'), join(outdir, 'web')],
]) {
  rmSync(to, { recursive: true, force: true });
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}
