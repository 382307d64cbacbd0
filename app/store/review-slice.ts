import type { StateCreator } from 'zustand/vanilla';
import { addDecision, parseReviewDecisions, undoLast, type ReviewDecision } from '../../src/review';
import type { DecisionStorage } from '../review/decision-storage';
import type { ReviewSlice, AppState } from './app-state';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The review slice, bound to where decisions are saved (IndexedDB in the app, memory in tests). */
export function createReviewSlice(storage: () => DecisionStorage): StateCreator<AppState, [], [], ReviewSlice> {
  return (set, get) => {
    /**
     * Shows first (decisions are cheap to redo), then saves; a failed save is said, never silent. The drawn
     * graph is derived from the decisions, so it follows by itself; graphVersion (which re-runs the layout)
     * is bumped only when elements may arrive: accepting or rejecting leaves everything else where it is.
     */
    async function commit(decisions: ReviewDecision[], relayout = true): Promise<void> {
      const graphVersion = get().graphVersion + (relayout ? 1 : 0);
      set({ decisions, graphVersion, reviewError: null });
      try {
        await storage().save(decisions);
      } catch (err) {
        set({ reviewError: `app/review: decisions not saved (${message(err)}); they will not survive a reload` });
      }
    }

    // One read per store: every change waits for it, so a decision made during start-up is never lost
    // under the saved list (nor saves over it).
    let loading: Promise<void> | null = null;
    const loaded = () => (loading ??= load());
    async function load(): Promise<void> {
      try {
        const saved = await storage().load();
        if (saved && saved.length > 0) set({ decisions: saved, graphVersion: get().graphVersion + 1 });
      } catch (err) {
        set({ reviewError: message(err) });
      }
      set({ decisionsLoaded: true });
    }

    return {
      decisions: [],
      minConfidence: 0,
      decisionsLoaded: false,
      reviewError: null,
      decide: async (input) => {
        await loaded();
        await commit(addDecision(get().decisions, input), input.action !== 'accept' && input.action !== 'reject');
      },
      undoDecision: async () => {
        await loaded();
        if (get().decisions.length > 0) await commit(undoLast(get().decisions));
      },
      replaceDecisions: async (data) => {
        await loaded();
        try {
          await commit(parseReviewDecisions(data));
          return true;
        } catch (err) {
          set({ reviewError: message(err) });
          return false;
        }
      },
      restoreDecisions: loaded,
      setMinConfidence: (min) => set({ minConfidence: Math.min(1, Math.max(0, Number.isFinite(min) ? min : 0)) }),
    };
  };
}
