/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./app', import.meta.url));

export default defineConfig({
  root,
  // data/ sits beside app/, outside Vite's root: allow the dev server to read it.
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    // e2e/**/*.test.ts: plain unit tests of the e2e helpers; Playwright's journeys are *.spec.ts, never run here.
    include: ['src/**/*.test.ts', 'app/**/*.test.ts', 'app/**/*.test.tsx', 'data/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
