import type { SourcetraceGraph } from '../../src/model';
import { NODE_KIND_STYLES } from '../canvas';
import { selectExpanded, selectFocus, useAppStore, useAppStoreApi } from '../store';
import { nodeCounts } from './node-summary';
import { OutletCitations } from './OutletCitations';

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
        ...(a.summary ? ([['Text', 'only a feed summary, not the full article']] as [string, string][]) : []),
      ];
    }
    case 'outlet':
      return a.domain ? [['Domain', a.domain]] : [];
    case 'person':
    case 'organization': {
      const affiliations: string[] = [];
      graph.forEachOutEdge(key, (_e, ea, _s, target) => {
        if (ea.kind === 'affiliated') affiliations.push(graph.getNodeAttribute(target, 'label'));
      });
      return [
        ['Anonymous', a.anonymous ? 'yes' : 'no'],
        ['Role', a.role ?? '—'],
        ...(affiliations.length ? ([['Affiliation', affiliations.join(', ')]] as [string, string][]) : []),
      ];
    }
    case 'document':
      return [['Description', a.description]];
    case 'claim':
      return [['Claim', a.text]];
  }
}

/** A node's fields and counts, as plain text. */
export function NodeDetails({ graph, nodeKey }: { graph: SourcetraceGraph; nodeKey: string }) {
  const store = useAppStoreApi();
  const focus = useAppStore(selectFocus);
  const expanded = useAppStore(selectExpanded);
  const a = graph.getNodeAttributes(nodeKey);
  const { traceChain, focusOn, toggleExpanded } = store.getState();
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
      <div className="node-actions">
        <button type="button" onClick={() => traceChain(nodeKey)}>
          Trace citation chain
        </button>
        <span role="group" aria-label="Focus on neighbourhood">
          Focus:{' '}
          {[1, 2, 3].map((hops) => (
            <button
              key={hops}
              type="button"
              aria-pressed={focus?.key === nodeKey && focus.hops === hops}
              aria-label={`Focus ${hops} hop${hops === 1 ? '' : 's'}`}
              onClick={() => focusOn(nodeKey, hops)}
            >
              {hops}
            </button>
          ))}
        </span>
        {focus && focus.key !== nodeKey && (
          <button type="button" onClick={() => toggleExpanded(nodeKey)}>
            {expanded.includes(nodeKey) ? 'Collapse neighbours' : 'Expand neighbours'}
          </button>
        )}
      </div>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term} className="field">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {a.kind === 'outlet' && <OutletCitations outlet={nodeKey} />}
    </article>
  );
}
