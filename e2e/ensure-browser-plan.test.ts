import { describe, expect, it } from 'vitest';
import { nextBrowserStep, type BrowserFacts } from './ensure-browser-plan.mjs';
import { findSystemChromium } from './system-chromium.mjs';

const bare: BrowserFacts = { system: undefined, bundled: false, root: false, aptGet: false, tried: {} };
const facts = (over: Partial<BrowserFacts>): BrowserFacts => ({ ...bare, ...over });

describe('nextBrowserStep', () => {
  it('uses a system Chromium first, then Playwright\u2019s own, installing nothing', () => {
    const both = facts({ system: '/usr/bin/chromium', bundled: true, root: true, aptGet: true });
    expect(nextBrowserStep(both)).toEqual({ kind: 'use', browser: '/usr/bin/chromium' });
    expect(nextBrowserStep(facts({ bundled: true, root: true, aptGet: true }))).toMatchObject({ kind: 'use' });
  });

  it('installs the system package as root with apt-get, before any download', () => {
    expect(nextBrowserStep(facts({ root: true, aptGet: true }))).toEqual({ kind: 'install-apt' });
  });

  it('downloads Playwright\u2019s Chromium without root, without apt-get, or after apt-get failed', () => {
    const download = { kind: 'install-playwright' };
    expect(nextBrowserStep(facts({ aptGet: true }))).toEqual(download);
    expect(nextBrowserStep(facts({ root: true }))).toEqual(download);
    expect(nextBrowserStep(facts({ root: true, aptGet: true, tried: { apt: 'failed' } }))).toEqual(download);
  });

  it('uses what an install brought', () => {
    const afterApt = facts({ system: '/usr/bin/chromium', root: true, aptGet: true, tried: { apt: 'ok' } });
    expect(nextBrowserStep(afterApt)).toEqual({ kind: 'use', browser: '/usr/bin/chromium' });
  });

  it('gives up once each install was tried, saying what failed and what to run per system', () => {
    const step = nextBrowserStep(facts({ aptGet: true, tried: { playwright: 'failed' } }));
    expect(step.kind).toBe('give-up');
    const message = step.kind === 'give-up' ? step.message : '';
    expect(message).toContain('Tried: npx playwright install chromium (failed)');
    expect(message).toContain('Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium');
    expect(message).toMatch(/Other Linux: .*chromium/);
    expect(message).toContain('macOS/Windows:  npx playwright install chromium');
  });

  it('never repeats an install, even when it succeeded without bringing a browser', () => {
    const step = nextBrowserStep(facts({ root: true, aptGet: true, tried: { apt: 'ok', playwright: 'ok' } }));
    expect(step.kind).toBe('give-up');
    const message = step.kind === 'give-up' ? step.message : '';
    expect(message).toContain('apt-get install chromium (ran, but no Chromium appeared)');
    expect(message).toContain('Debian/Ubuntu:  apt-get update && apt-get install -y chromium'); // root: no sudo
  });
});

describe('findSystemChromium', () => {
  it('prefers Debian\u2019s path and falls back to chromium-browser', () => {
    expect(findSystemChromium(() => true)).toBe('/usr/bin/chromium');
    expect(findSystemChromium((p) => p.endsWith('chromium-browser'))).toBe('/usr/bin/chromium-browser');
    expect(findSystemChromium(() => false)).toBeUndefined();
  });
});
