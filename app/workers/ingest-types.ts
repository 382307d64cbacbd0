import type { IngestFormat } from '../../src/ingest';

// Shared by the worker and the main thread; kept free of the extractor so the page bundle stays small.

/** What one imported file gave: counts and every skipped item's message (naming module, file and reason). */
export interface FileReport {
  file: string;
  format: IngestFormat | null;
  articles: number;
  /** How many of `articles` are only a feed item's summary, not the full article (imported, marked so). */
  summaries: number;
  graphs: number;
  problems: string[];
}

/** `evidence` marks a whole attribution sentence, for articles known only from the graph (no extractor spans). */
export const HIGHLIGHT_ROLES = ['source', 'cue', 'claim', 'evidence'] as const;
export type HighlightRole = (typeof HIGHLIGHT_ROLES)[number];

/** A graph element a highlight leads to (same shape as the view slice's selection). */
export type HighlightTarget = { type: 'node'; key: string } | { type: 'edge'; key: string };

/** A span of an article's text (JS string offsets, end exclusive) that the reader marks. */
export interface Highlight {
  start: number;
  end: number;
  role: HighlightRole;
  target: HighlightTarget | null;
}

/** What the app keeps about an article it imported itself, beside the article node in the graph. */
export interface ImportedArticle {
  key: string;
  file: string;
  highlights: Highlight[];
}
