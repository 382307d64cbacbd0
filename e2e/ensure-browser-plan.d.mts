export type Attempt = 'apt' | 'playwright';
export type Outcome = 'ok' | 'failed';

export interface BrowserFacts {
  /** A system Chromium's path, when there is one. */
  system: string | undefined;
  /** Playwright's own downloaded Chromium is there. */
  bundled: boolean;
  root: boolean;
  aptGet: boolean;
  /** What was tried so far and how it ended ('ok': the command succeeded). */
  tried: Partial<Record<Attempt, Outcome>>;
}

export type BrowserStep =
  | { kind: 'use'; browser: string }
  | { kind: 'install-apt' }
  | { kind: 'install-playwright' }
  | { kind: 'give-up'; message: string };

export declare function nextBrowserStep(facts: BrowserFacts): BrowserStep;
export declare function giveUpMessage(facts: BrowserFacts): string;
