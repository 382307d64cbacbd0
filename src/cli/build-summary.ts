import type { IngestProblem } from '../ingest';
import type { SourcetraceGraph } from '../model';
import { EDGE_KINDS, NODE_KINDS } from '../model';
import type { BuildOutcome } from './build-runner';

const MAX_PROBLEMS_SHOWN = 25;

function countBy(kinds: readonly string[], each: (visit: (kind: string) => void) => void): string {
  const counts = new Map<string, number>(kinds.map((k) => [k, 0]));
  each((kind) => counts.set(kind, (counts.get(kind) ?? 0) + 1));
  return (
    [...counts]
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none'
  );
}

export function nodeCounts(graph: SourcetraceGraph): string {
  return countBy(NODE_KINDS, (visit) => graph.forEachNode((_k, a) => visit(a.kind)));
}

export function edgeCounts(graph: SourcetraceGraph): string {
  return countBy(EDGE_KINDS, (visit) => graph.forEachEdge((_k, a) => visit(a.kind)));
}

function problemLines(problems: readonly IngestProblem[]): string[] {
  if (problems.length === 0) return [];
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  ${p.file}: ${p.message}`);
  const more = problems.length - shown.length;
  return [`skipped (${problems.length}):`, ...shown, ...(more > 0 ? [`  … and ${more} more`] : [])];
}

/** The human summary printed after a build: what loaded, what the graph holds, what was skipped and why. */
export function formatSummary(outcome: BuildOutcome, files: number, ignored: number, seconds: number): string {
  const { graph, report, problems, filesLoaded } = outcome;
  const extracted = report.added.length;
  const inGraph = graph.filterNodes((_k, a) => a.kind === 'article').length;
  // Said up front: a graph drawn partly from feed teasers is read differently from one of full articles.
  const summaries = graph.filterNodes((_k, a) => a.kind === 'article' && a.summary === true).length;
  const partial = summaries ? `, ${summaries} only a feed summary` : '';
  const rate = seconds > 0 ? ` (${Math.round(extracted / seconds)} articles/s)` : '';
  const lines = [
    `sourcetrace build: ${inGraph} articles (${extracted} extracted${partial}) from ${filesLoaded} of ${files} files ` +
      `in ${seconds.toFixed(1)} s${rate}`,
    `  nodes ${graph.order}: ${nodeCounts(graph)}`,
    `  edges ${graph.size}: ${edgeCounts(graph)}`,
    `  merged across articles: ${report.entitiesMerged} entities, ${report.claimsFolded} claims clustered, ` +
      `${report.linkCites} link citations; ${report.duplicates} duplicate articles, ${report.renamed} renamed ids`,
  ];
  if (ignored) lines.push(`  ${ignored} files in folders ignored (not a supported extension)`);
  return [...lines, ...problemLines(problems)].join('\n') + '\n';
}
