#!/usr/bin/env node
// The CLI is TypeScript in src/cli; tsx runs it directly, so a checkout needs no build step.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
process.env.SOURCETRACE_CLI = '1';
await import(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
