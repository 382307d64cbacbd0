import { useShallow } from 'zustand/react/shallow';
import { EDGE_KINDS, NODE_KINDS } from '../../src/model';
import { EDGE_KIND_STYLES, NODE_KIND_STYLES, useHiddenElements } from '../canvas';
import { selectFilters, useAppStore, useAppStoreApi, useGraphRevision } from '../store';
import { OutletFilter } from './OutletFilter';
import { articleDateSpan } from './outlet-summaries';

/** Every filter: outlets, node and edge kinds, dates, anonymity, disputes. Filters hide, never delete. */
export function FilterPanel() {
  const store = useAppStoreApi();
  const { graph } = useGraphRevision();
  const f = useAppStore(useShallow(selectFilters));
  const hidden = useHiddenElements();
  const nodeTotals = new Map<string, [number, number]>();
  graph.forEachNode((k, a) => {
    const t = nodeTotals.get(a.kind) ?? [0, 0];
    nodeTotals.set(a.kind, [t[0] + (hidden.nodes.has(k) ? 0 : 1), t[1] + 1]);
  });
  const edgeTotals = new Map<string, [number, number]>();
  graph.forEachEdge((k, a) => {
    const t = edgeTotals.get(a.kind) ?? [0, 0];
    edgeTotals.set(a.kind, [t[0] + (hidden.edges.has(k) ? 0 : 1), t[1] + 1]);
  });
  const span = articleDateSpan(graph);
  const s = store.getState();
  const shownNodes = graph.order - hidden.nodes.size;
  return (
    <section className="filter-panel" aria-label="Filters">
      <h2>Filters</h2>
      <p className="filter-summary" data-testid="filter-summary">
        Showing {shownNodes} of {graph.order} nodes, {graph.size - hidden.edges.size} of {graph.size} edges
      </p>
      <button type="button" onClick={s.resetFilters}>
        Reset filters
      </button>
      <OutletFilter hiddenNodes={hidden.nodes} />
      <fieldset>
        <legend>Node kinds</legend>
        {NODE_KINDS.filter((k) => nodeTotals.has(k)).map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={!f.hiddenNodeKinds.includes(kind)}
              onChange={() => s.toggleNodeKind(kind)}
            />
            {NODE_KIND_STYLES[kind].label} <span className="count">{countText(nodeTotals.get(kind))}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Edge kinds</legend>
        {EDGE_KINDS.filter((k) => edgeTotals.has(k)).map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={!f.hiddenEdgeKinds.includes(kind)}
              onChange={() => s.toggleEdgeKind(kind)}
            />
            {EDGE_KIND_STYLES[kind].label} <span className="count">{countText(edgeTotals.get(kind))}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Published</legend>
        <label className="date">
          From
          <input
            type="date"
            value={f.dateFrom}
            min={span?.from}
            max={span?.to}
            onChange={(e) => s.setDateRange(e.target.value, f.dateTo)}
          />
        </label>
        <label className="date">
          To
          <input
            type="date"
            value={f.dateTo}
            min={span?.from}
            max={span?.to}
            onChange={(e) => s.setDateRange(f.dateFrom, e.target.value)}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Sources and claims</legend>
        <label className="check">
          <input type="checkbox" checked={f.hideAnonymous} onChange={(e) => s.setHideAnonymous(e.target.checked)} />
          Hide anonymous sources
        </label>
        <label className="check">
          <input type="checkbox" checked={f.onlyDisputed} onChange={(e) => s.setOnlyDisputed(e.target.checked)} />
          Only disputed claims
        </label>
      </fieldset>
    </section>
  );
}

function countText(t: [number, number] | undefined): string {
  if (!t) return '';
  return t[0] === t[1] ? `(${t[1]})` : `(${t[0]}/${t[1]})`;
}
