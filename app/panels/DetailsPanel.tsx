import { expansionPages, nextPageIdOf } from '../../src/projection';
import { selectExpanded, selectSelection, useAppStore, useAppStoreApi, useGraphRevision } from '../store';
import { EdgeDetails } from './EdgeDetails';
import { MapLinkDetails, mapLinkEnds } from './MapLinkDetails';
import { NodeDetails } from './NodeDetails';

/** The side panel for the current selection: a node's fields, an edge's evidence, a map link, a group. */
export function DetailsPanel() {
  const store = useAppStoreApi();
  const { graph } = useGraphRevision();
  const selection = useAppStore(selectSelection);
  const expanded = useAppStore(selectExpanded);
  const link = selection?.type === 'edge' ? mapLinkEnds(selection.key) : null;
  let body;
  if (link && graph.hasNode(link.outlet) && graph.hasNode(link.cited)) {
    body = <MapLinkDetails graph={graph} ends={link} />;
  } else if (selection?.type === 'node' && graph.hasNode(selection.key)) {
    body = <NodeDetails graph={graph} nodeKey={selection.key} />;
  } else if (selection?.type === 'edge' && graph.hasEdge(selection.key)) {
    body = <EdgeDetails graph={graph} edgeKey={selection.key} />;
  } else if (selection?.key.startsWith('agg:')) {
    const group = selection.key;
    const next = nextPageIdOf(group, expansionPages(expanded).get(group) ?? 0);
    body = (
      <>
        <p className="hint">
          A group of folded nodes in the overview. Double-click it, or press Enter, to draw its next members.
        </p>
        <div className="node-actions">
          <button type="button" onClick={() => store.getState().toggleExpanded(next)}>
            Draw its next members
          </button>
        </div>
      </>
    );
  } else {
    body = <p className="hint">Select a node or an edge to see its details and evidence.</p>;
  }
  return (
    <aside className="details-panel" aria-label="Details">
      {body}
    </aside>
  );
}
