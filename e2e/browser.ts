import { findSystemChromium } from './system-chromium.mjs';

/**
 * The system's Chromium when the machine has one (Debian's package); otherwise undefined, and Playwright
 * launches its own downloaded build. e2e/ensure-browser.mjs makes sure one of the two is there.
 */
export const SYSTEM_CHROMIUM = findSystemChromium();

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
