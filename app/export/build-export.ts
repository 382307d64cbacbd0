import {
  EXPORT_FORMATS,
  WRITTEN_FORMATS,
  exportFileName,
  writeFormat,
  type ExportFormat,
  type ExportOptions,
  type Position,
  type WrittenFormat,
} from '../../src/export';
import type { SourcetraceGraph } from '../../src/model';
import { hiddenElements, type FilterState, type Focus } from '../store';

/** The file formats the menu offers besides PNG (which the canvas draws) and snapshots: src/export's table. */
export const FILE_FORMATS: readonly WrittenFormat[] = WRITTEN_FORMATS;
export type FileFormat = WrittenFormat;

export const FORMAT_LABELS = Object.fromEntries(
  Object.entries(EXPORT_FORMATS).map(([id, f]) => [id, f.label]),
) as Record<ExportFormat, string>;

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

/** The SVG needs a position for every node: keep only drawn ones (all of them once the canvas has laid out). */
function drawnOnly(graph: SourcetraceGraph, options: ExportOptions): ExportOptions {
  const placed = options.positions ?? {};
  const nodes = [...(options.filter?.nodes ?? graph.nodes())].filter((k) => Object.hasOwn(placed, k));
  if (nodes.length === 0) throw new Error('export/svg: no drawn node to put in the drawing');
  return { ...options, filter: { ...options.filter, nodes } };
}

/** Builds one export file in memory from the graph as drawn (review decisions applied). Throws the writers' named errors (e.g. an SVG without positions). */
export function buildFile(graph: SourcetraceGraph, request: FileRequest): BuiltFile {
  const options: ExportOptions = {};
  const filter = scopeFilter(graph, request.view, request.scope);
  if (filter) options.filter = filter;
  if (request.positions) options.positions = request.positions;
  if (request.colors) options.colors = request.colors;
  const { format, date } = request;
  const body =
    format === 'svg'
      ? writeFormat(format, graph, {
          ...drawnOnly(graph, options),
          date,
          svg: { background: request.background ?? 'transparent' },
        })
      : writeFormat(format, graph, { ...options, date });
  const outlets = scopeOutlets(graph, request.view.filters, request.scope);
  const { mime, extension } = EXPORT_FORMATS[format];
  return {
    blob: new Blob([body as string | Uint8Array<ArrayBuffer>], { type: mime }),
    fileName: exportFileName(extension, date, outlets),
  };
}
