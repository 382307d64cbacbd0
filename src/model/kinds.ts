/** Closed sets of the model. Arrays are the source of truth; the unions derive from them. */
export const NODE_KINDS = ['article', 'outlet', 'person', 'organization', 'document', 'claim'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  'publishes', // outlet → article
  'cites', // article | outlet → outlet | person | organization | document
  'asserts', // source → claim
  'reports', // article → claim
  'authored', // person | organization → document
  'affiliated', // person → organization
  'disputes', // source → claim | source
  'supports', // source → claim | source
  'mentions', // article → entity that is not a source
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Edge kinds whose every instance must point at the sentence it came from. */
export const EVIDENCED_EDGE_KINDS: readonly EdgeKind[] = EDGE_KINDS.filter(
  (k) => k !== 'publishes' && k !== 'mentions',
);

/** Kinds that can be the origin of information (the right-hand end of a citation chain). */
export const SOURCE_KINDS: readonly NodeKind[] = ['outlet', 'person', 'organization', 'document'];

export const isNodeKind = (value: unknown): value is NodeKind => NODE_KINDS.includes(value as NodeKind);
export const isEdgeKind = (value: unknown): value is EdgeKind => EDGE_KINDS.includes(value as EdgeKind);
