import { extractFacts } from '../extract';
import type { ArticleInput, ExtractOptions, ExtractionResult } from '../extract';
import { buildArticleGraph } from './article-graph';

/**
 * Extracts the attributions of one article and builds its graph. Linear in the text's length. Here, not in
 * src/extract, so that extraction never depends on graph building (the corpus layer uses both).
 */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): ExtractionResult {
  const { facts, attributions } = extractFacts(input, options);
  return { articleKey: facts.articleKey, attributions, graph: buildArticleGraph(facts) };
}
