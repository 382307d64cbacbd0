import type { SourcetraceGraph } from '../../src/model';
import { NODE_KIND_STYLES } from '../graph-view';
import { useAppStoreApi } from '../store';
import { nodeCounts } from './node-summary';

function kindFields(graph: SourcetraceGraph, key: string): [string, string][] {
  const a = graph.getNodeAttributes(key);
  switch (a.kind) {
    case 'article': {
      const outlet = a.outlet && graph.hasNode(a.outlet) ? graph.getNodeAttribute(a.outlet, 'label') : a.outlet;
      return [
        ['Title', a.title],
        ['Outlet', outlet || 'unknown'],
        ['Published', a.publishedAt ?? 'unknown'],
        ...(a.author ? ([['Author', a.author]] as [string, string][]) : []),
        ...(a.url ? ([['URL', a.url]] as [string, string][]) : []),
      ];
    }
    case 'outlet':
      return a.domain ? [['Domain', a.domain]] : [];
    case 'person':
    case 'organization':
      return [
        ['Anonymous', a.anonymous ? 'yes' : 'no'],
        ['Role', a.role ?? '—'],
      ];
    case 'document':
      return [['Description', a.description]];
    case 'claim':
      return [['Claim', a.text]];
  }
}

/** A node's fields and counts, as plain text. */
export function NodeDetails({ graph, nodeKey }: { graph: SourcetraceGraph; nodeKey: string }) {
  const store = useAppStoreApi();
  const a = graph.getNodeAttributes(nodeKey);
  const counts = nodeCounts(graph, nodeKey);
  const rows: [string, string][] = [
    ['Kind', NODE_KIND_STYLES[a.kind].label],
    ['Aliases', a.aliases.length ? a.aliases.join(', ') : '—'],
    ...kindFields(graph, nodeKey),
    ['Cited by', String(counts.citedBy)],
    ['Cites', String(counts.cites)],
    ['Claims', String(counts.claims)],
    ['Articles', String(counts.articles)],
  ];
  return (
    <article className="node-details" aria-label={`Details of ${a.label}`}>
      <h2>{a.label}</h2>
      <button type="button" className="trace-button" onClick={() => store.getState().traceChain(nodeKey)}>
        Trace citation chain
      </button>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term} className="field">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
