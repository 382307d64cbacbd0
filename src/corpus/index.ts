/**
 * Corpus graph construction: an article's graph from its extraction (extractArticle), and the graph across
 * articles (merge, aliases, claim clusters, cites between articles, removal).
 */
export { buildArticleGraph } from './article-graph';
export { extractArticle } from './extract-article';
export {
  addArticles,
  buildCorpusGraph,
  mergeExtracted,
  createCorpusMerger,
  type CorpusMerger,
  articleIdConflict,
  type CorpusOptions,
  type CorpusReport,
  type ExtractedArticle,
} from './corpus-graph';
export { clusterClaims, resetClaimIndex } from './cluster-claims';
export { consolidateEntities } from './consolidate-entities';
export { outletDirectory, type OutletDirectory } from './outlet-directory';
export { addLinkCites } from './link-cites';
export { mergeNodeInto, mergeNodesInto } from './merge-nodes';
export { removeArticle } from './remove-article';
export { reportersInOrder, DATE_UNKNOWN, type Reporter } from './report-order';
export { sameClaim, CLAIM_THRESHOLD } from './claim-similarity';
export { claimTokens } from '../util/claim-tokens';
