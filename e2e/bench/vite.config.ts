import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Where the bench page is built; under node_modules/.cache so it is never committed nor wiped by Playwright. */
export const BENCH_OUT_DIR = fileURLToPath(new URL('../../node_modules/.cache/bench-browser', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { outDir: BENCH_OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
