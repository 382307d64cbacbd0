/**
 * Export and import: pure writers from the graph to JSON, GraphML, GEXF, CSV (+ zip), Cytoscape JSON and
 * SVG, and readers of JSON, GraphML and GEXF (ours or other tools') that validate before anything merges.
 * XML readers take a DOMParser-like parser, so this folder runs unchanged in Node, a browser or a worker.
 */
export type { ExportOptions, Position } from './export-options';
export { selectGraph, positionOf, colorOf } from './export-options';
export { NODE_KIND_STYLE, EDGE_KIND_COLORS, NODE_SHAPES, type NodeShape } from './palette';
export { NODE_COLUMNS, EDGE_COLUMNS, type Column, type ColumnType } from './columns';
export type { XmlParser, XmlDocumentLike, XmlElementLike } from './xml-dom';
export { escapeXmlText, escapeXmlAttr } from './xml-text';
export type { ReadOptions, ReadResult, DefaultNodeKind } from './raw-graph';
export { DEFAULT_NODE_KIND, DEFAULT_EDGE_KIND } from './raw-graph';
export { writeJson } from './write-json';
export { readJson } from './read-json';
export { writeGraphml } from './write-graphml';
export { readGraphml } from './read-graphml';
export { writeGexf } from './write-gexf';
export { readGexf } from './read-gexf';
export { readGraphFile, importGraphFile, detectGraphFormat, GRAPH_FILE_FORMATS } from './read-graph-file';
export type { GraphFile, GraphFileFormat } from './read-graph-file';
export { writeNodesCsv, writeEdgesCsv, writeCsvZip, csvField, type CsvOptions } from './write-csv';
export { evidenceSentences } from './evidence-sentence';
export { writeCyjs } from './write-cyjs';
export { writeSvg, type SvgOptions } from './write-svg';
export { layoutGraph, type LayoutOptions } from './layout-graph';
export { exportFileName } from './file-name';
export {
  EXPORT_FORMATS,
  EXPORT_FORMAT_IDS,
  WRITTEN_FORMATS,
  writeFormat,
  type ExportFormat,
  type WrittenFormat,
  type WriteFormatOptions,
} from './file-formats';
