import type { EdgeKind, NodeKind, SourcetraceGraph } from '../model';
import type { ColumnValue } from './columns';
import type { Position } from './export-options';

/** A node as read from a file, before it is mapped onto the model. `where` names the element for messages. */
export interface RawNode {
  id: string;
  where: string;
  label?: string;
  position?: Position;
  fields: Map<string, ColumnValue>;
}

export interface RawEdge {
  source: string;
  target: string;
  where: string;
  fields: Map<string, ColumnValue>;
}

export interface RawGraph {
  name?: string;
  nodes: RawNode[];
  edges: RawEdge[];
  /** Things skipped while reading that the user should hear about (nested graphs, hyperedges). */
  warnings: string[];
}

/** Kinds a foreign node or edge may fall back to. Articles and claims need text, so they are never a default. */
export type DefaultNodeKind = Exclude<NodeKind, 'article' | 'claim'>;

export interface ReadOptions {
  /** File name used in messages. */
  file?: string;
  /**
   * Refuse nodes and edges whose `kind` is missing or not one of ours. Otherwise (the default) they are
   * read as `defaultNodeKind` / `mentions` (an evidence-free link) and a warning says how many.
   */
  strict?: boolean;
  /** Kind given to foreign nodes without a Sourcetrace kind; `organization` unless set. */
  defaultNodeKind?: DefaultNodeKind;
}

export const DEFAULT_NODE_KIND: DefaultNodeKind = 'organization';
export const DEFAULT_EDGE_KIND: EdgeKind = 'mentions';

/** A validated graph plus the view data the file carried (positions), or the reasons it was refused. */
export type ReadResult =
  | { ok: true; graph: SourcetraceGraph; positions: Map<string, Position>; warnings: string[] }
  | { ok: false; problems: string[] };
