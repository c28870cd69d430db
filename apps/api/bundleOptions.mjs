// The esbuild settings of the API's bundles (build.mjs: dist/main.mjs and the calculation worker) and of the
// benches that measure the code as the API runs it (bench/bundled.mjs, ADR 082): one ES module for Node, our own
// code and workspace packages bundled, third-party packages left external (PGlite and Prisma load WebAssembly
// files relative to their own modules).
export function nodeBundle(entry, outfile, extra = {}) {
  return {
    entryPoints: [entry],
    outfile,
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
    ...extra,
  };
}
