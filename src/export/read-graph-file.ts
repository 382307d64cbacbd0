import type { SourcetraceGraph } from '../model';
import { mergeGraphs } from '../model';
import type { ReadOptions, ReadResult } from './raw-graph';
import { readGexf } from './read-gexf';
import { readGraphml } from './read-graphml';
import { readJson } from './read-json';
import type { XmlParser } from './xml-dom';

export const GRAPH_FILE_FORMATS = ['json', 'graphml', 'gexf'] as const;
export type GraphFileFormat = (typeof GRAPH_FILE_FORMATS)[number];

/** The format by extension, else by a look at the first characters; undefined when neither tells. */
export function detectGraphFormat(name: string, text: string): GraphFileFormat | undefined {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'json' || ext === 'graphml' || ext === 'gexf') return ext;
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('{')) return 'json';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  return undefined;
}

export interface GraphFile {
  name: string;
  text: string;
}

/** Reads a JSON, GraphML or GEXF file into a validated graph, or the problems that stopped it. */
export function readGraphFile(
  file: GraphFile,
  xmlParser: XmlParser,
  options: Omit<ReadOptions, 'file'> = {},
): ReadResult {
  const opts = { ...options, file: file.name };
  switch (detectGraphFormat(file.name, file.text)) {
    case 'json':
      return readJson(file.text, opts);
    case 'graphml':
      return readGraphml(file.text, xmlParser, opts);
    case 'gexf':
      return readGexf(file.text, xmlParser, opts);
    default:
      return { ok: false, problems: [`export/import: ${file.name}: not a JSON, GraphML or GEXF graph`] };
  }
}

/**
 * Reads a graph file and merges it into `workspace` (nodes meet by key, evidence unites). The workspace
 * is only touched once the whole file has been read and validated, so a bad file changes nothing.
 */
export function importGraphFile(
  workspace: SourcetraceGraph,
  file: GraphFile,
  xmlParser: XmlParser,
  options: Omit<ReadOptions, 'file'> = {},
): ReadResult {
  const result = readGraphFile(file, xmlParser, options);
  // An article whose key the workspace holds with another text comes in under a free key (mergeGraphs).
  if (result.ok) mergeGraphs(workspace, result.graph);
  return result;
}
