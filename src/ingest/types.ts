import type { ArticleInput } from '../extract/types';
import type { SourcetraceGraph } from '../model';

/** A hyperlink kept from an article body, with offsets (JS string indices, end exclusive) into the article text. */
export interface ArticleLink {
  href: string;
  text: string;
  start: number;
  end: number;
}

/**
 * An article as the ingest parsers produce it: the extractor's input plus the body links that HTML and
 * feeds carry. The corpus build turns links to other outlets into `cites` edges.
 */
export interface IngestedArticle extends ArticleInput {
  links?: ArticleLink[];
}

/** Something that could not be loaded. A problem never stops the other records of the same file. */
export interface IngestProblem {
  file: string;
  /** 1-based line, when the input is line-oriented (JSONL). */
  line?: number;
  /** Module, position and reason, e.g. `ingest/jsonl: line 4: text: required`. */
  message: string;
  /**
   * The whole input was a graph (a corpus to merge) and could not be loaded. Skipping it would write a
   * graph without that corpus — and with `build g.json new.txt -o g.json` replace it — so callers stop.
   */
  fatal?: boolean;
}

export const INGEST_FORMATS = ['text', 'html', 'json', 'jsonl', 'feed', 'graph'] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

/** What one file yielded: articles to extract, whole graphs to merge, and what was skipped and why. */
export interface IngestResult {
  file: string;
  format: IngestFormat | null;
  articles: IngestedArticle[];
  graphs: SourcetraceGraph[];
  problems: IngestProblem[];
}

export function emptyResult(file: string, format: IngestFormat | null = null): IngestResult {
  return { file, format, articles: [], graphs: [], problems: [] };
}

/** A refused input as a one-problem result. */
export function refused(file: string, message: string, format: IngestFormat | null = null): IngestResult {
  return { ...emptyResult(file, format), problems: [{ file, message }] };
}
