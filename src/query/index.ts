/**
 * Read-only questions asked of the attribution graph: selections, citation chains, reporters,
 * neighbourhoods, trust signals and the sentence behind a piece of evidence.
 */
export * from './nodes-by-kind';
export type * from './chain-types';
export { citationChain, primaryStatus } from './citation-chain';
export { reportersOf, type Reporter, type ClaimReporters } from './reporters-of';
export { neighbourhood, type Neighbourhood, type NeighbourhoodOptions } from './neighbourhood';
export { prepareScope, sameSentence } from './trace-context';
export type { ClaimScope } from './trace-types';
export { MoveEdges, type MoveEdge } from './move-edges';
export * from './trust';
export { evidenceSentence, type EvidenceSentence } from './evidence-sentence';
export { claimPaths, findClaims, type ClaimPaths, type PathNode } from './claim-paths';
export { claimPathEdges, stepEdge, type ClaimPathEdges } from './claim-path-edges';
