import { parseReviewDecisions, type ReviewDecision } from '../../src/review';
import { CURRENT, openWorkspaceDb, WORKSPACE_DB_NAME } from '../persistence/workspace-db';
import type { DecisionStorage } from './decision-storage';

/**
 * Review decisions in the workspace database's `decisions` store (added in its version 2), beside the
 * graph they apply to but in their own record: a decision is saved the moment it is made, without
 * rewriting the graph. Stored data is validated on the way back in, never trusted.
 */
export function createDecisionStorage(name = WORKSPACE_DB_NAME): DecisionStorage {
  return {
    async load() {
      const db = await openWorkspaceDb(name);
      try {
        const record = await db.get('decisions', CURRENT);
        if (!record) return null;
        try {
          return parseReviewDecisions(record.decisions);
        } catch (err) {
          throw new Error(`app/review: stored decisions unreadable: ${(err as Error).message}`);
        }
      } finally {
        db.close();
      }
    },
    async save(decisions: readonly ReviewDecision[]) {
      const db = await openWorkspaceDb(name);
      try {
        await db.put('decisions', { decisions: [...decisions], savedAt: new Date().toISOString() }, CURRENT);
      } finally {
        db.close();
      }
    },
  };
}
