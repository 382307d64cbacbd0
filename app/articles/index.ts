/** Articles: the panel listing the workspace's articles, the reader, and the pure helpers behind them. */
export { ArticlesPanel } from './ArticlesPanel';
export { ArticleReader } from './ArticleReader';
export { listArticles, type ArticleRow } from './list-articles';
export { segmentText, type TextSegment } from './segment-text';
export { evidenceHighlights } from './article-highlights';
