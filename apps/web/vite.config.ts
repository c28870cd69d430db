import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
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
