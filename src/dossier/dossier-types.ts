import type { EdgeKind, NodeKind } from '../model';
import type { ChainStatus, PrimaryLabel, PrimaryStatus, WordChange } from '../query';
import type { ReviewAction } from '../review';

/** Where one piece of evidence was found, ready to print (all strings are untrusted text). */
export interface DossierEvidence {
  article: string;
  title: string;
  outlet: string;
  /** ISO date as given, or null: printed as "date unknown". */
  publishedAt: string | null;
  /** The article's text is only a feed item's summary, not the full article. */
  summary: boolean;
  sentence: string;
}

export interface DossierHop {
  edge: string;
  kind: EdgeKind;
  /** Graph direction of the edge: `source` —kind→ `target`. */
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  cue: string | null;
  confidence: number | null;
  accepted: boolean;
  evidence: DossierEvidence[];
}

export interface DossierReporter {
  article: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  /** The article's text is only a feed item's summary: its report of the claim may be cut short. */
  summary: boolean;
  first: boolean;
}

export interface DossierDecision {
  id: string;
  action: ReviewAction;
  target: string[];
  reason: string | null;
  applied: boolean;
  note: string | null;
}

/** One node of a path from a publishing outlet to a primary source, as claimPaths gives it. */
export interface DossierPathStep {
  key: string;
  label: string;
  kind: NodeKind;
  /** The cue of the step that reached it; null for the first node or a step without one. */
  cue: string | null;
  /** Set when it is one of the claim's primary sources. */
  primary: PrimaryStatus | null;
}

export interface DiagramNode {
  key: string;
  label: string;
  kind: NodeKind;
  layer: number;
  row: number;
}

export interface DiagramEdge {
  source: string;
  target: string;
  kind: EdgeKind;
}

/** Everything a dossier shows about one claim's chain, computed once and rendered as HTML or Markdown. */
export interface Dossier {
  title: string;
  claim: { key: string; text: string };
  /** E.g. "3 outlets, 1 independent source". */
  summary: string;
  independent: number;
  /** The claim's chain (claimPaths, as `sourcetrace trace` and the chain view show it): outlet first. */
  paths: DossierPathStep[][];
  primary: { key: string; label: string; kind: NodeKind; status: PrimaryStatus }[];
  disputedBy: { key: string; label: string; kind: NodeKind }[];
  groups: { key: string; label: PrimaryLabel; description: string; outlets: string[] }[];
  status: ChainStatus;
  statusText: string;
  reporters: DossierReporter[];
  firstNote: string;
  /** Each path article's report of the claim, then the paths' steps after the publishing outlet, each once. */
  hops: DossierHop[];
  /** The disputers' disputes and any support aimed at the claim or a node on its paths. */
  stances: DossierHop[];
  drift: { article: string; outlet: string; upstream: string | null; text: string; changes: WordChange[] | null }[];
  decisions: DossierDecision[];
  diagram: { nodes: DiagramNode[]; edges: DiagramEdge[] };
}
