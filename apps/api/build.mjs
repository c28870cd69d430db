// Bundles the API into dist/main.mjs. Our own code and workspace packages are bundled; third-party
// packages stay external (PGlite and Prisma load WebAssembly files relative to their own modules).
// dist/ runs without the source tree: the SDL is bundled into main.mjs, the migrations are copied to
// dist/migrations and the built web app (when there is one) to dist/web. `--outdir <dir>` builds elsewhere
// (apps/api/test/distAlone.test.ts).
import { build } from 'esbuild';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

await build({
  entryPoints: [join(here, 'src/main.ts')],
  outfile: join(outdir, 'main.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: {
    __SUNDHED_SDL__: JSON.stringify(sdl.map((f) => readFileSync(f, 'utf8'))),
    __SUNDHED_BUNDLE__: 'true',
  },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [
    {
      name: 'external-node-modules',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@sundhed/') || args.path.startsWith('node:')
            ? undefined
            : { path: args.path, external: true },
        );
      },
    },
  ],
});

// The business-case worker (ADR 036) runs in worker threads: its own bundle beside main.mjs.
await build({
  entryPoints: [join(here, 'src/features/calculations/calcWorker.ts')],
  outfile: join(outdir, 'calcWorker.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [
    {
      name: 'external-node-modules',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@sundhed/') || args.path.startsWith('node:')
            ? undefined
            : { path: args.path, external: true },
        );
      },
    },
  ],
});

for (const [from, to] of [
  [join(root, 'prisma/migrations'), join(outdir, 'migrations')],
  [join(root, 'apps/web/dist'), join(outdir, 'web')],
]) {
  rmSync(to, { recursive: true, force: true });
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}
