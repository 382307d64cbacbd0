/** Side panels: details/evidence of the selection (filters, search and chain follow). */
export { DetailsPanel } from './DetailsPanel';
export { evidenceContext, type EvidenceContext } from './evidence-context';
export { nodeCounts, type NodeCounts } from './node-summary';
