// Runs before the e2e suite: fail early, with the exact fix, when no browser is available.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
const bundled = existsSync(cache) && readdirSync(cache).some((d) => d.startsWith('chromium'));

if (!system && !bundled) {
  console.error(
    [
      'e2e: no Chromium found for the end-to-end tests.',
      '  On Debian/Ubuntu:   apt-get update && apt-get install -y chromium',
      '  Elsewhere:          npx playwright install chromium',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`e2e: using ${system ?? 'Playwright bundled Chromium'}`);
