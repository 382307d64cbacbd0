/**
 * Ingest: pure parsers turning files (bytes + name) into articles for the extractor, graphs to merge,
 * and per-item problems. HTML and feed parsing take a DOMParser-like parser as an argument.
 */
export * from './types';
export * from './dom';
export { ingestFile, type IngestOptions } from './ingest-file';
export { decodeText, MAX_FILE_BYTES, type DecodeOutcome } from './decode-text';
export { detectFormat, extensionOf } from './detect-format';
export { parseText } from './parse-text';
export { parseJson, looksLikeGraph } from './parse-json';
export { parseJsonl } from './parse-jsonl';
export { parseHtml } from './parse-html';
export { parseFeed, MIN_FEED_ITEM_CHARS } from './parse-feed';
export { readHtmlMetadata, type HtmlMetadata } from './html-metadata';
export { domText } from './dom-text';
export { articleRecordSchema, readArticleRecord, type ArticleRecord } from './article-record';
