import type { NaiveReopen } from './app-baseline';
import type { AppRunResult } from './app-scenario';

export interface AppRow {
  result: AppRunResult;
  /** null when the naive baseline was skipped (graph above the naive cap). */
  naive: NaiveReopen | null;
}

const ms = (v: number | null) => (v === null ? '—' : Math.round(v).toLocaleString('en-US'));
const n = (v: number) => v.toLocaleString('en-US');

const NOTES = [
  'Import = files picked in the app’s file input until the report is shown, the progress gone and the new graph painted (after layout); [merging, saving] = when the worker moved on to merging into the workspace and to storing it.',
  'Reopen first frame = page reload (navigation start) until the first painted frame of the restored workspace; [record] when it was painted from the stored first-frame record (drawn elements, positions, camera), [graph] when from the whole graph. Whole graph = until the whole graph is read, rebuilt, drawn and its positions final; [layouts] run by the reopen (0: every node came back where it was).',
  'Reopen search = reload until search lists the outlet it listed first for “Reuters” before the reload (typed once the first frame is painted); [before graph] when it answered from the stored search record before the whole graph was in, [after graph] when after. Record = the stored search record (gzipped JSON of every node’s key, kind, label, aliases and degree).',
  'Naive = the bench page’s naive baseline on the same stored graph: validated JSON parse + the whole graph handed to Cytoscape with the app’s stylesheet (preset positions, no page load, no IndexedDB). Ratio = naive ÷ app reopen first frame.',
];

/** The full-app scenario as a markdown table, with the notes that say what each time covers. */
export function formatAppTable(rows: readonly AppRow[], naiveMax: number): string {
  const head = [
    '| Corpus (articles / files / MB) | Graph (nodes / edges) | Drawn nodes | Import (ms) [merging, saving at] | Reopen first frame (ms) [from] | Reopen whole graph (ms) [layouts] | Reopen search (ms) [when] | Search record (KB) | Naive reopen (ms) [parse + first frame] | Naive ÷ app |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const lines = rows.map(({ result: r, naive }) => {
    const corpus = `${n(r.articles)} / ${r.files} / ${r.megabytes.toFixed(1)}`;
    const graph = `${n(r.nodes)} / ${n(r.edges)}`;
    const imported = `${ms(r.importMs)} [${ms(r.mergingAtMs)}, ${ms(r.savingAtMs)}]`;
    const base = naive
      ? `${ms(naive.importMs + naive.firstFrameMs)} [${ms(naive.importMs)} + ${ms(naive.firstFrameMs)}]`
      : `skipped: above ${n(naiveMax)} nodes`;
    const ratio = naive ? `×${((naive.importMs + naive.firstFrameMs) / r.reopenFirstFrameMs).toFixed(1)}` : '—';
    const when = r.searchBeforeGraph === null ? '' : r.searchBeforeGraph ? ' [before graph]' : ' [after graph]';
    const search = `${ms(r.reopenSearchMs)}${when} | ${n(Math.round(r.searchRecordBytes / 1024))}`;
    return `| ${corpus} | ${graph} | ${n(r.drawnNodes)} | ${imported} | ${ms(r.reopenFirstFrameMs)} [${r.reopenFrom}] | ${ms(r.reopenReadyMs)} [${r.reopenLayouts}] | ${search} | ${base} | ${ratio} |`;
  });
  const headlines = rows.map(({ result: r }) => `- ${n(r.articles)} articles: “${r.headline}”`);
  return [...head, ...lines, '', ...NOTES, '', 'Import reports:', ...headlines].join('\n');
}
