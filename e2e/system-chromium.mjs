// Where a system package puts Chromium: Debian's `chromium`, and the older/Ubuntu name `chromium-browser`.
// Shared by e2e/browser.ts (which launches it) and e2e/ensure-browser.mjs (which provisions one).
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The first system Chromium on this machine, or undefined. */
export function findSystemChromium(exists = existsSync) {
  return SYSTEM_CHROMIUM_PATHS.find((p) => exists(p));
}
