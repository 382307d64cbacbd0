/**
 * Attribution extraction: from an article's text to who said, reported, wrote, obtained or disputed what,
 * with exact spans, and the article's graph built from it. Pure: runs in Node and in Web Workers.
 */
import { buildArticleGraph } from '../build/article-graph';
import { extractFacts } from './extract-article';
import type { ArticleInput, ExtractOptions, ExtractionResult } from './types';

export type * from './types';
export { SOURCE_SPAN_KINDS, ATTRIBUTION_TYPES, STANCES } from './types';
export type { OutletEntry, Gazetteer } from './gazetteer';
export { createGazetteer, normaliseName } from './gazetteer';
export { DEFAULT_OUTLETS, extractFacts, normaliseClaim } from './extract-article';

/** Extracts the attributions of one article and builds its graph. Linear in the text's length. */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): ExtractionResult {
  const { facts, attributions } = extractFacts(input, options);
  return { articleKey: facts.articleKey, attributions, graph: buildArticleGraph(facts) };
}
