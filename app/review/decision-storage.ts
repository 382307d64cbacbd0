import type { ReviewDecision } from '../../src/review';

/** Where review decisions are kept between sessions (IndexedDB in the app, an in-memory fake in tests). */
export interface DecisionStorage {
  /** The saved decisions, validated; null when none were ever saved. Throws naming the store on bad data. */
  load(): Promise<ReviewDecision[] | null>;
  save(decisions: readonly ReviewDecision[]): Promise<void>;
}

/** A storage that keeps decisions in memory only (tests, and the app when IndexedDB is unavailable). */
export function memoryDecisionStorage(initial: ReviewDecision[] | null = null): DecisionStorage {
  let saved = initial;
  return {
    load: () => Promise.resolve(saved ? [...saved] : null),
    save: (decisions) => {
      saved = [...decisions];
      return Promise.resolve();
    },
  };
}
