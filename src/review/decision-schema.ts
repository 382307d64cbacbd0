import { z } from 'zod';
import { EDGE_KINDS, SourcetraceError } from '../model';

/** Everything a reviewer can decide about the extracted graph. */
export const REVIEW_ACTIONS = ['accept', 'reject', 'set-kind', 'repoint', 'merge', 'split', 'rename'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const key = z.string().min(1).max(10_000);
const base = { id: z.string().min(1).max(200), reason: z.string().max(10_000).optional() };
const oneKey = z.array(key).length(1);

/**
 * One review decision as data. `target` holds edge keys (accept, reject, set-kind, repoint) or node keys
 * (merge: the survivor first; split, rename: the node), so decisions can be stored, exported and re-applied
 * to a freshly extracted graph. Unknown keys are stripped.
 */
export const reviewDecisionSchema = z.discriminatedUnion('action', [
  z.object({ ...base, action: z.literal('accept'), target: oneKey, params: z.object({}).optional() }),
  z.object({ ...base, action: z.literal('reject'), target: oneKey, params: z.object({}).optional() }),
  z.object({ ...base, action: z.literal('set-kind'), target: oneKey, params: z.object({ kind: z.enum(EDGE_KINDS) }) }),
  z.object({
    ...base,
    action: z.literal('repoint'),
    target: oneKey,
    params: z.object({ end: z.enum(['source', 'target']), node: key }),
  }),
  z.object({
    ...base,
    action: z.literal('merge'),
    target: z.array(key).min(2).max(1000),
    params: z.object({}).optional(),
  }),
  z.object({
    ...base,
    action: z.literal('split'),
    target: oneKey,
    params: z.object({
      key,
      label: z.string().min(1).max(10_000),
      /** Aliases that belong to the new node. */
      aliases: z.array(z.string().max(10_000)).max(10_000).optional(),
      /** Edges (keys as in the graph at that point) that move to the new node whole. */
      edges: z.array(key).max(100_000).optional(),
      /** Articles whose evidence moves to the new node: "in these articles it was the other person". */
      articles: z.array(key).max(100_000).optional(),
    }),
  }),
  z.object({
    ...base,
    action: z.literal('rename'),
    target: oneKey,
    params: z.object({ label: z.string().min(1).max(10_000) }),
  }),
]);

export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
export type ReviewDecisionOf<A extends ReviewAction> = Extract<ReviewDecision, { action: A }>;

export const reviewDecisionsSchema = z.array(reviewDecisionSchema).max(100_000);

/** Validates an untrusted decision list (from a snapshot or JSON export); names the first bad field. */
export function parseReviewDecisions(data: unknown): ReviewDecision[] {
  const parsed = reviewDecisionsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
    throw new SourcetraceError('review/decisions', `decisions${where}: ${issue?.message ?? 'invalid'}`);
  }
  const seen = new Set<string>();
  parsed.data.forEach((d, i) => {
    if (seen.has(d.id)) throw new SourcetraceError('review/decisions', `decisions[${i}].id: duplicate id "${d.id}"`);
    seen.add(d.id);
  });
  return parsed.data;
}
