import type { EdgeKind, NodeKind } from './kinds';

/** Where an edge came from: character offsets (JS string indices, end exclusive) into an article's `text`. */
export interface Evidence {
  article: string;
  start: number;
  end: number;
}

interface NodeBase<K extends NodeKind> {
  kind: K;
  label: string;
  aliases: string[];
  /** Layout position, when a view or an imported file placed the node. */
  x?: number;
  y?: number;
}

export interface ArticleAttributes extends NodeBase<'article'> {
  title: string;
  /** Key of the publishing outlet node (`outlet:…`), or '' when unknown. */
  outlet: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  author?: string;
  text: string;
  /** Set when `text` is only a feed item's summary, not the full article (see ArticleInput.summary). */
  summary?: boolean;
}

export interface OutletAttributes extends NodeBase<'outlet'> {
  domain?: string;
}

export interface PersonAttributes extends NodeBase<'person'> {
  anonymous: boolean;
  /** E.g. "spokeswoman"; for anonymous sources, the description ("sources with knowledge of the situation"). */
  role?: string;
}

export interface OrganizationAttributes extends NodeBase<'organization'> {
  anonymous: boolean;
  role?: string;
}

export interface DocumentAttributes extends NodeBase<'document'> {
  description: string;
}

export interface ClaimAttributes extends NodeBase<'claim'> {
  text: string;
}

export type NodeAttributes =
  | ArticleAttributes
  | OutletAttributes
  | PersonAttributes
  | OrganizationAttributes
  | DocumentAttributes
  | ClaimAttributes;

export type NodeAttributesOf<K extends NodeKind> = Extract<NodeAttributes, { kind: K }>;

export interface EdgeAttributes {
  kind: EdgeKind;
  /** Required (possibly empty only for `publishes`/`mentions`). Deduplicated, sorted by article then start. */
  evidence: Evidence[];
  /** The attributing words as written ("according to", "told", "obtained by"). */
  cue?: string;
  /** How sure the extractor is, in [0, 1]. Absent on hand-authored edges. */
  confidence?: number;
  /** For citations read from a hyperlink in the article body: the link's target (the first one seen). */
  href?: string;
}

export interface GraphAttributes {
  name?: string;
}
