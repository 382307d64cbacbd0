import { z } from 'zod';

// zod probes for `Function` (to compile fast parsers) the first time it parses an object; under the app's
// Content-Security-Policy (no 'unsafe-eval') that probe is blocked and reported as a violation. Imported
// first by main.tsx, so it applies before any schema runs.
z.config({ jitless: true });
