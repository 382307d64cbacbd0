import type { SourcetraceGraph } from '../../model';
import type { CitationChain } from '../chain-types';
import { citationChain } from '../citation-chain';
import { outletOf } from '../nodes-by-kind';
import { prepareScope } from '../trace-context';
import { reportersOf, type ClaimReporters, type Reporter } from '../reporters-of';

/** One reporting article's own trace of a claim. */
export interface ReporterTrace {
  reporter: Reporter;
  /** The article's trace, scoped to the claim. */
  chain: CitationChain;
  /** Reporting articles of the same claim that this one's trace passes through, nearest first. */
  upstreamReporters: string[];
}

/** Everything known about how a claim travelled: the claim's own chain and each reporter's trace. */
export interface ClaimTraces {
  claim: string;
  reporters: ClaimReporters;
  claimChain: CitationChain;
  traces: ReporterTrace[];
}

/** Traces a claim from the claim itself and from every article that reports it. */
export function claimTraces(graph: SourcetraceGraph, claimKey: string): ClaimTraces {
  const reporters = reportersOf(graph, claimKey);
  const reporting = new Set(reporters.articles.map((r) => r.article));
  const prepared = prepareScope(graph, [claimKey]);
  const traces = reporters.articles.map((reporter) => {
    const chain = citationChain(graph, reporter.article, { prepared });
    const upstreamReporters = chain.nodes.slice(1).filter((n) => reporting.has(n));
    return { reporter, chain, upstreamReporters };
  });
  return { claim: claimKey, reporters, claimChain: citationChain(graph, claimKey, { prepared }), traces };
}

/** The outlet a node speaks for: itself if an outlet, its publisher if an article, else null. */
export function speakingOutlet(graph: SourcetraceGraph, key: string): string | null {
  const kind = graph.getNodeAttribute(key, 'kind');
  if (kind === 'outlet') return key;
  if (kind === 'article') return outletOf(graph, key);
  return null;
}
