import { strToU8, zipSync } from 'fflate';
import type { SourcetraceGraph } from '../model';
import { evidenceSentences } from './evidence-sentence';
import type { ExportOptions } from './export-options';
import { colorOf, positionOf, selectGraph } from './export-options';

type Cell = string | number | boolean | undefined;

export interface CsvOptions extends ExportOptions {
  /**
   * Put `'` before any text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) — at the start
   * of a cell and after every `,` `;` or tab inside it, since a spreadsheet set to another delimiter splits
   * there. On by default, because labels and sentences come from untrusted articles.
   */
  guardFormulas?: boolean;
}

// `;` and tab are quoted too: spreadsheets in many locales split CSV on `;`, and some on tabs.
const NEEDS_QUOTES = /[",;\t\r\n]/;
// A formula may start a cell, or a piece of it after any delimiter a spreadsheet could split on; spaces
// before it do not help, since importers can trim them. Two passes, because a tab is both a delimiter and a
// formula start: "\t=x" needs a guard before the tab and after it.
const FORMULA_AFTER_DELIMITER = /([,;\t])(?=[ ]*[=+\-@\t\r])/g;
const FORMULA_AT_START = /^(?=[ ]*[=+\-@\t\r])/;

/** One RFC 4180 field: quoted when it holds a delimiter, quote or line break, quotes doubled. */
export function csvField(value: Cell, guardFormulas = true): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && guardFormulas) {
    text = text.replace(FORMULA_AFTER_DELIMITER, "$1'").replace(FORMULA_AT_START, "'");
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvTable(header: readonly string[], rows: Cell[][], guard: boolean): string {
  // RFC 4180 ends every record, the last one included, with CRLF.
  return [header, ...rows].map((row) => row.map((cell) => csvField(cell, guard)).join(',') + '\r\n').join('');
}

const NODE_HEADER = [
  'id',
  'kind',
  'label',
  'outlet',
  'aliases',
  'anonymous',
  'role',
  'domain',
  'title',
  'url',
  'published_at',
  'author',
  'summary',
  'description',
  'claim_text',
  'x',
  'y',
  'color',
] as const;
const EDGE_HEADER = [
  'id',
  'source',
  'target',
  'kind',
  'source_label',
  'target_label',
  'cue',
  'confidence',
  'evidence_count',
  'evidence',
] as const;

/** `nodes.csv`: one row per node with its kind-specific fields; article bodies stay out (they are in JSON). */
export function writeNodesCsv(graph: SourcetraceGraph, options: CsvOptions = {}): string {
  const rows: Cell[][] = [];
  selectGraph(graph, options).forEachNode((key, attrs) => {
    const a = attrs as unknown as Record<string, Cell>;
    const p = positionOf(key, attrs, options);
    rows.push([
      key,
      attrs.kind,
      attrs.label,
      a.outlet,
      attrs.aliases.join('; '),
      a.anonymous,
      a.role,
      a.domain,
      a.title,
      a.url,
      a.publishedAt,
      a.author,
      a.summary,
      a.description,
      attrs.kind === 'claim' ? attrs.text : undefined,
      p?.x,
      p?.y,
      colorOf(key, attrs, options),
    ]);
  });
  return csvTable(NODE_HEADER, rows, options.guardFormulas ?? true);
}

/** `edges.csv`: one row per edge; `evidence` holds the sentences it came from, one per line. */
export function writeEdgesCsv(graph: SourcetraceGraph, options: CsvOptions = {}): string {
  const rows: Cell[][] = [];
  selectGraph(graph, options).forEachEdge((key, attrs, source, target, sourceAttrs, targetAttrs) => {
    // Sentences come from the whole graph, so an article filtered out of view still lends its text.
    const sentences = evidenceSentences(graph, attrs.evidence);
    rows.push([
      key,
      source,
      target,
      attrs.kind,
      sourceAttrs.label,
      targetAttrs.label,
      attrs.cue,
      attrs.confidence,
      attrs.evidence.length,
      sentences.join('\n'),
    ]);
  });
  return csvTable(EDGE_HEADER, rows, options.guardFormulas ?? true);
}

/** Both tables in one zip (`nodes.csv`, `edges.csv`). `date` stamps the entries; 1980-01-01 when absent. */
export function writeCsvZip(graph: SourcetraceGraph, options: CsvOptions & { date?: Date } = {}): Uint8Array {
  const mtime = options.date ?? new Date(1980, 0, 1);
  return zipSync(
    { 'nodes.csv': strToU8(writeNodesCsv(graph, options)), 'edges.csv': strToU8(writeEdgesCsv(graph, options)) },
    { mtime, level: 6 },
  );
}
