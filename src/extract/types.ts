import type { SourcetraceGraph } from '../model';

/** One article as given to the extractor. Offsets everywhere are JS string indices into `text`. */
export interface ArticleInput {
  /** Stable id; the article node's key is `article:<id>`. Derived from a hash of the text when absent. */
  id?: string;
  text: string;
  /** Publishing outlet's name or domain, when the metadata knows it. */
  outlet?: string;
  url?: string;
  publishedAt?: string;
  title?: string;
  author?: string;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export const SOURCE_SPAN_KINDS = ['outlet', 'person', 'organization', 'document'] as const;
export type SourceSpanKind = (typeof SOURCE_SPAN_KINDS)[number];

export interface SourceSpan extends Span {
  kind: SourceSpanKind;
  /** Node key of the resolved entity (aliases, surnames and pronouns resolve to the full entity). */
  key: string;
  anonymous?: boolean;
}

export const ATTRIBUTION_TYPES = ['direct', 'indirect', 'mixed'] as const;
export type AttributionType = (typeof ATTRIBUTION_TYPES)[number];

export const STANCES = ['asserts', 'disputes', 'supports'] as const;
export type Stance = (typeof STANCES)[number];

export interface Attribution {
  source: SourceSpan | null;
  cue: Span;
  content: Span;
  type: AttributionType;
  stance: Stance;
  /** In [0, 1]: how likely this attribution is right, from the evidence the extractor had. */
  confidence: number;
}

export interface ExtractionResult {
  articleKey: string;
  attributions: Attribution[];
  /** The article's own graph: article, outlet, sources, claims and their edges, all with evidence. */
  graph: SourcetraceGraph;
}
