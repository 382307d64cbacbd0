import { selectSelection, useAppStore, useGraphRevision } from '../store';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';

/** The side panel for the current selection: a node's fields or an edge's evidence. */
export function DetailsPanel() {
  const { graph } = useGraphRevision();
  const selection = useAppStore(selectSelection);
  let body;
  if (selection?.type === 'node' && graph.hasNode(selection.key)) {
    body = <NodeDetails graph={graph} nodeKey={selection.key} />;
  } else if (selection?.type === 'edge' && graph.hasEdge(selection.key)) {
    body = <EdgeDetails graph={graph} edgeKey={selection.key} />;
  } else if (selection?.key.startsWith('agg:')) {
    body = (
      <p className="hint">
        A group of folded nodes in the overview. Double-click it, or press Enter, to draw its next members.
      </p>
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
