// The decision behind e2e/ensure-browser.mjs, kept free of I/O so it can be tested: given what this
// machine has and what was already tried, the next step towards a Chromium for the end-to-end tests.

/**
 * Use a system Chromium, else Playwright's own; else install the system package (root with apt-get only:
 * it needs no network beyond the distribution's mirror and no sudo prompt), else Playwright's download;
 * else give up with instructions. Each install is tried at most once: the caller looks again after it.
 */
export function nextBrowserStep(facts) {
  if (facts.system) return { kind: 'use', browser: facts.system };
  if (facts.bundled) return { kind: 'use', browser: "Playwright's bundled Chromium" };
  if (facts.root && facts.aptGet && !facts.tried.apt) return { kind: 'install-apt' };
  if (!facts.tried.playwright) return { kind: 'install-playwright' };
  return { kind: 'give-up', message: giveUpMessage(facts) };
}

const ATTEMPTS = {
  apt: 'apt-get install chromium',
  playwright: 'npx playwright install chromium',
};

function triedLine(tried) {
  const said = Object.entries(ATTEMPTS)
    .filter(([key]) => tried[key])
    .map(([key, what]) => `${what} (${tried[key] === 'failed' ? 'failed' : 'ran, but no Chromium appeared'})`);
  return said.length ? [`  Tried: ${said.join('; ')}.`] : [];
}

/** Exactly what to run, per system, when nothing could be installed from here. */
export function giveUpMessage(facts) {
  const sudo = facts.root ? '' : 'sudo ';
  return [
    'e2e: no Chromium for the end-to-end tests, and none could be installed from here.',
    ...triedLine(facts.tried),
    'Install one, then run `npm test` again:',
    `  Debian/Ubuntu:  ${sudo}apt-get update && ${sudo}apt-get install -y chromium`,
    '                  (where that package is a snap, as on Ubuntu: npx playwright install --with-deps chromium)',
    "  Other Linux:    your distribution's chromium package (e.g. dnf install chromium, pacman -S chromium),",
    '                  or: npx playwright install --with-deps chromium',
    '  macOS/Windows:  npx playwright install chromium',
    "Playwright's download needs network access to its CDN (behind a proxy, set HTTPS_PROXY).",
  ].join('\n');
}
