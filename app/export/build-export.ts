import {
  exportFileName,
  writeCsvZip,
  writeCyjs,
  writeGexf,
  writeGraphml,
  writeJson,
  writeSvg,
  type ExportOptions,
  type Position,
} from '../../src/export';
import type { SourcetraceGraph } from '../../src/model';
import { hiddenElements, type FilterState, type Focus } from '../store';

/** The file formats the menu offers besides PNG (which the canvas draws) and snapshots. */
export const FILE_FORMATS = ['svg', 'json', 'graphml', 'gexf', 'csv', 'cyjs'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const FORMAT_LABELS: Record<FileFormat | 'png', string> = {
  png: 'PNG image',
  svg: 'SVG drawing',
  json: 'JSON (graphology)',
  graphml: 'GraphML',
  gexf: 'GEXF 1.3 (Gephi)',
  csv: 'CSV (nodes + edges, zip)',
  cyjs: 'Cytoscape JSON',
};

const EXTENSION: Record<FileFormat, string> = {
  svg: 'svg',
  json: 'json',
  graphml: 'graphml',
  gexf: 'gexf',
  csv: 'zip',
  cyjs: 'cyjs',
};

const MIME: Record<FileFormat, string> = {
  svg: 'image/svg+xml',
  json: 'application/json',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'application/zip',
  cyjs: 'application/json',
};

/** Which part of the graph a file holds: what the filters show, or everything. */
export type ExportScope = 'filtered' | 'whole';

/** Everything that decides what is shown: filters, the neighbourhood focus and the confidence threshold. */
export interface ShownView {
  filters: FilterState;
  focus?: Focus | null;
  expanded?: readonly string[];
  minConfidence?: number;
}

/**
 * The keys left visible, as an export filter; undefined for the whole graph. The same rules the canvas
 * follows (`useHiddenElements`), so a filtered file holds what is on screen.
 */
export function scopeFilter(
  graph: SourcetraceGraph,
  view: ShownView,
  scope: ExportScope,
): ExportOptions['filter'] | undefined {
  if (scope === 'whole') return undefined;
  const hidden = hiddenElements(graph, view.filters, view.focus ?? null, view.expanded ?? [], view.minConfidence ?? 0);
  return {
    nodes: graph.filterNodes((k) => !hidden.nodes.has(k)),
    edges: graph.filterEdges((k) => !hidden.edges.has(k)),
  };
}

/** The outlets a filtered file is about, for its name: none (so `all`) unless the outlet filter narrows it. */
export function scopeOutlets(graph: SourcetraceGraph, filters: FilterState, scope: ExportScope): string[] {
  if (scope === 'whole' || filters.hiddenOutlets.length === 0) return [];
  return graph.filterNodes((k, a) => a.kind === 'outlet' && !filters.hiddenOutlets.includes(k));
}

export interface FileRequest {
  format: FileFormat;
  scope: ExportScope;
  view: ShownView;
  /** Positions and colours as drawn, when a canvas exists. */
  positions?: Record<string, Position>;
  colors?: Record<string, string>;
  background?: 'transparent' | 'white';
  date: Date;
}

export interface BuiltFile {
  blob: Blob;
  fileName: string;
}

function svgOf(graph: SourcetraceGraph, options: ExportOptions, background: string): string {
  // The SVG needs a position for every node: keep only drawn ones (all of them once the canvas has laid out).
  const placed = options.positions ?? {};
  const nodes = [...(options.filter?.nodes ?? graph.nodes())].filter((k) => Object.hasOwn(placed, k));
  if (nodes.length === 0) throw new Error('export/svg: no drawn node to put in the drawing');
  return writeSvg(graph, { ...options, filter: { ...options.filter, nodes }, background });
}

/** Builds one export file in memory from the graph as drawn (review decisions applied). Throws the writers' named errors (e.g. an SVG without positions). */
export function buildFile(graph: SourcetraceGraph, request: FileRequest): BuiltFile {
  const options: ExportOptions = {};
  const filter = scopeFilter(graph, request.view, request.scope);
  if (filter) options.filter = filter;
  if (request.positions) options.positions = request.positions;
  if (request.colors) options.colors = request.colors;
  const { format, date } = request;
  let body: string | Uint8Array<ArrayBuffer>;
  switch (format) {
    case 'svg':
      body = svgOf(graph, options, request.background ?? 'transparent');
      break;
    case 'json':
      body = writeJson(graph, options);
      break;
    case 'graphml':
      body = writeGraphml(graph, options);
      break;
    case 'gexf':
      body = writeGexf(graph, { ...options, date });
      break;
    case 'csv':
      body = writeCsvZip(graph, { ...options, date }) as Uint8Array<ArrayBuffer>;
      break;
    case 'cyjs':
      body = writeCyjs(graph, options);
      break;
  }
  const outlets = scopeOutlets(graph, request.view.filters, request.scope);
  return { blob: new Blob([body], { type: MIME[format] }), fileName: exportFileName(EXTENSION[format], date, outlets) };
}
