/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./app', import.meta.url));

// The app loads only its own files. Styles need no 'unsafe-inline': React and Cytoscape set styles through
// the CSSOM, which CSP does not restrict; the one <style> Cytoscape inserts is allowed by its hash
// (sha256 of `.__________cytoscape_container { position: relative; }`; e2e/csp.spec.ts fails if it changes).
// blob: is for workers and exported images; data: for the favicon. frame-ancestors cannot be set from a
// <meta>; the server hosting the build should send it.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to built pages only: the dev server injects inline scripts (HMR, React refresh). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'sourcetrace-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root,
  // data/ sits beside app/, outside Vite's root: allow the dev server to read it.
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  plugins: [react(), contentSecurityPolicy()],
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
