import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { graphqlDocuments } from './graphqlDocuments';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
    // Each chunk carries only the GraphQL documents it uses (ADR 062).
    graphqlDocuments(fileURLToPath(new URL('src/__generated__', import.meta.url))),
    react(),
    // The service worker (src/sw.ts, ADR 025): Workbox precaches every file of the build, every route's
    // chunks included. Registered by src/registerServiceWorker.ts (no injected or inline script, ADR 017);
    // no web app manifest.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,svg,png,ico,woff2}'],
        // Above the largest chunk (recharts, ~350 kB); the offline e2e test checks every file is precached.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
    }),
  ],
  server: {
    proxy: {
      '/graphql': api,
      '/api': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The bundle-size bench (bench/web-bundle-size.ts) reads the manifest for each route's static imports.
    manifest: true,
    sourcemap: false,
  },
});
