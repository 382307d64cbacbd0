import type { SourcetraceGraph } from '../model';
import type { ExportOptions } from './export-options';
import { writeCsvZip } from './write-csv';
import { writeCyjs } from './write-cyjs';
import { writeGexf } from './write-gexf';
import { writeGraphml } from './write-graphml';
import { writeJson } from './write-json';
import { writeSvg, type SvgOptions } from './write-svg';

/**
 * The one table of export formats, read by the app's Export menu and the CLI's `export` command: what each
 * is called, the extension and media type of its file. PNG is listed for its label and name only; it is
 * rasterised by the canvas in the app and refused on the command line.
 */
export const EXPORT_FORMATS = {
  png: { label: 'PNG image', extension: 'png', mime: 'image/png' },
  svg: { label: 'SVG drawing', extension: 'svg', mime: 'image/svg+xml' },
  json: { label: 'JSON (graphology)', extension: 'json', mime: 'application/json' },
  graphml: { label: 'GraphML', extension: 'graphml', mime: 'application/graphml+xml' },
  gexf: { label: 'GEXF 1.3 (Gephi)', extension: 'gexf', mime: 'application/gexf+xml' },
  csv: { label: 'CSV (nodes + edges, zip)', extension: 'zip', mime: 'application/zip' },
  cyjs: { label: 'Cytoscape JSON', extension: 'cyjs', mime: 'application/json' },
} as const satisfies Record<string, { label: string; extension: string; mime: string }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
/** The formats written here (all but PNG). */
export type WrittenFormat = Exclude<ExportFormat, 'png'>;

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];
export const WRITTEN_FORMATS = EXPORT_FORMAT_IDS.filter((f): f is WrittenFormat => f !== 'png');

/** Options of one written file: the shared ones, the date stamped into GEXF and CSV, the SVG's own. */
export interface WriteFormatOptions extends ExportOptions {
  date: Date;
  svg?: Omit<SvgOptions, keyof ExportOptions>;
}

/** Writes `graph` in `format`: text for every format but CSV, which is a zip. */
export function writeFormat(
  format: WrittenFormat,
  graph: SourcetraceGraph,
  { date, svg, ...options }: WriteFormatOptions,
): string | Uint8Array {
  switch (format) {
    case 'svg':
      return writeSvg(graph, { ...options, ...svg });
    case 'json':
      return writeJson(graph, options);
    case 'graphml':
      return writeGraphml(graph, options);
    case 'gexf':
      return writeGexf(graph, { ...options, date });
    case 'csv':
      return writeCsvZip(graph, { ...options, date });
    case 'cyjs':
      return writeCyjs(graph, options);
  }
}
