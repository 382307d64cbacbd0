// Runs before the e2e suite (`npm run test:e2e`): finds a Chromium, installs one where it can, and
// otherwise stops with exactly what to run. The decision is e2e/ensure-browser-plan.mjs; this does the I/O.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';
import { nextBrowserStep } from './ensure-browser-plan.mjs';
import { runWithStatus } from './run-with-status.mjs';
import { findSystemChromium } from './system-chromium.mjs';

const onPath = (command) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

// `install chromium` fetches the full build and the headless shell together; the full build's path is
// the one Playwright publishes, so it stands for both.
function hasBundledChromium() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

async function installWithApt() {
  console.log("e2e: installing Debian's chromium package (apt-get, as root)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const updated = await runWithStatus('apt-get', ['update'], { env, label: 'apt-get update' });
  return updated && (await runWithStatus('apt-get', ['install', '-y', 'chromium'], { env, label: 'apt-get install' }));
}

function installWithPlaywright() {
  console.log("e2e: downloading Playwright's Chromium (npx playwright install chromium)…");
  // npx is a .cmd script on Windows, which only a shell runs.
  const run = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return run.status === 0;
}

const tried = {};
for (;;) {
  const step = nextBrowserStep({
    system: findSystemChromium(),
    bundled: hasBundledChromium(),
    root: process.getuid?.() === 0,
    aptGet: process.platform === 'linux' && onPath('apt-get'),
    tried,
  });
  if (step.kind === 'use') {
    console.log(`e2e: using ${step.browser}`);
    break;
  }
  if (step.kind === 'give-up') {
    console.error(step.message);
    process.exit(1);
  }
  if (step.kind === 'install-apt') tried.apt = (await installWithApt()) ? 'ok' : 'failed';
  else tried.playwright = installWithPlaywright() ? 'ok' : 'failed';
}
