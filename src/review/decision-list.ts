import { hashText } from '../model';
import type { ReviewDecision } from './decision-schema';

type DecisionInput = ReviewDecision extends infer D ? (D extends ReviewDecision ? Omit<D, 'id'> : never) : never;

/**
 * Adds a decision to the end of a list, with an id derived from its content and position, so the same
 * review replayed gives the same ids. Returns a new list.
 */
export function addDecision(decisions: readonly ReviewDecision[], input: DecisionInput): ReviewDecision[] {
  const body = JSON.stringify([decisions.length, input.action, input.target, input.params ?? null]);
  const id = `${input.action}-${decisions.length + 1}-${hashText(body)}`;
  return [...decisions, { ...input, id } as ReviewDecision];
}

/** Undo: the list without its last decision (re-apply it to the extracted graph to see the result). */
export function undoLast(decisions: readonly ReviewDecision[]): ReviewDecision[] {
  return decisions.slice(0, -1);
}
