/**
 * Human review of the extracted graph as data: decisions (accept, reject, set-kind, repoint, merge, split,
 * rename) replayed onto each fresh extraction, their validation, undo, and the review queue.
 */
export {
  REVIEW_ACTIONS,
  parseReviewDecisions,
  reviewDecisionSchema,
  reviewDecisionsSchema,
  type ReviewAction,
  type ReviewDecision,
  type ReviewDecisionOf,
} from './decision-schema';
export { addDecision, undoLast } from './decision-list';
export { applyReview, type DecisionOutcome, type ReviewedGraph } from './apply-review';
export { chainCounts, reviewQueue, type QueueItem, type ReviewQueueOptions } from './review-queue';
