import type { EdgeKind, SourcetraceGraph } from '../model';
import type { TyperModel } from './entity-typer';
import type { OutletEntry } from './gazetteer';
import type { TaggerModel } from './tagger-model';

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
  /**
   * The text is only the summary a feed gave for the item, not the full article: it is imported (the
   * user asked for the feed's items) and shown as a summary wherever the article is.
   */
  summary?: boolean;
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

/** What an entity mention is typed as: a source kind, or a place (a place is named, never a node). */
export const MENTION_KINDS = [...SOURCE_SPAN_KINDS, 'place'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

/**
 * One entity mention the extractor found (a name, or a source phrase and what it resolved to), for scoring
 * typing and coreference: mentions with the same `key` are the same entity. Places are keyed by their name.
 */
export interface EntityMention extends Span {
  kind: MentionKind;
  key: string;
  anonymous: boolean;
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
  /** Who the source was obtained through, outermost last (additive: absent when the source is direct). */
  via?: ViaSpan[];
}

export interface ExtractionResult {
  articleKey: string;
  attributions: Attribution[];
  /** The article's own graph: article, outlet, sources, claims and their edges, all with evidence. */
  graph: SourcetraceGraph;
}

/** Options of `extractArticle`. */
export interface ExtractOptions {
  /** The outlet gazetteer (data/outlets.json format); a small built-in list when absent. */
  outlets?: readonly OutletEntry[];
  /** Outlet names already named in full elsewhere in the corpus, so their short names resolve ("the Journal"). */
  seenOutlets?: Iterable<string>;
  /** The learned entity typer's weights (data/models/entity-typer.json when absent); false to type by rules only. */
  typer?: TyperModel | false;
  /** The learned tagger's layer: `false` switches it off (rules only); otherwise how it joins the rules. */
  attributionModel?: false | AttributionModelOptions;
  /**
   * `false` leaves the rules' attributions out of the result, to measure the model alone. The rules still
   * run — the model reads their spans — and their relations stay in the graph.
   */
  rules?: false;
  /** A tagger other than the bundled data/models/attribution-tagger.json (training, cross-validation). */
  tagger?: TaggerModel;
}

/** How the learned tagger's attributions join the rules' (see model-attributions.ts). */
export interface AttributionModelOptions {
  /** Model attributions the rules did not find are added from this calibrated confidence up. */
  minConfidence?: number;
  /**
   * Where rules and model found the same attribution with other source boundaries, whose span is kept;
   * `extend` takes the model's only when it holds the rules' ("Spokeswoman [Haley Morris]", "[Haley Morris],
   * a spokeswoman,"), `extend-left` only when it also ends where the rules' does (the first example).
   */
  sourceSpans?: 'rules' | 'model' | 'extend' | 'extend-left';
  /** The same for the content span. */
  contentSpans?: 'rules' | 'model';
}

/** Where an attribution's source was obtained from: "memos obtained by [The Washington Post]". Additive to `Attribution`. */
export interface ViaSpan extends SourceSpan {
  cue: string;
}

/** An entity of the article graph, as the extractor found it. */
export interface FactEntity {
  key: string;
  kind: SourceSpanKind;
  label: string;
  aliases: string[];
  anonymous: boolean;
  role?: string;
  domain?: string;
}

/** A claim node: the normalised content of one or more attributions. */
export interface FactClaim {
  key: string;
  text: string;
}

/** One evidenced edge. `start`/`end` slice the article text (the attribution sentence). */
export interface FactRelation {
  kind: EdgeKind;
  source: string;
  target: string;
  start?: number;
  end?: number;
  cue?: string;
  confidence?: number;
}

/** Everything the extractor learned from one article; `src/corpus/article-graph.ts` turns it into a graph. */
export interface ArticleFacts {
  articleKey: string;
  input: ArticleInput;
  /** Key of the publishing outlet, when known from metadata or the text. */
  publisher?: string;
  entities: FactEntity[];
  claims: FactClaim[];
  relations: FactRelation[];
}
