import { useMemo } from 'react';
import type { SourcetraceGraph } from '../../src/model';
import { rankedCitations } from '../../src/projection';
import { mapEdgeLabel } from '../../src/projection/labels';
import { useAppStoreApi } from '../store';
import { openNeighbourhood } from './open-neighbourhood';
import { useVisibleFilter } from './use-visible-filter';

/** The two ends of a citation-map link id, `map:<outlet>|<cited>` (node keys hold no `|`), or null. */
export function mapLinkEnds(id: string): { outlet: string; cited: string } | null {
  const bar = id.indexOf('|');
  if (!id.startsWith('map:') || bar < 0) return null;
  return { outlet: id.slice(4, bar), cited: id.slice(bar + 1) };
}

/** A citation-map link: who cites whom, how often, and one click to the articles behind the count. */
export function MapLinkDetails({ graph, ends }: { graph: SourcetraceGraph; ends: { outlet: string; cited: string } }) {
  const store = useAppStoreApi();
  const visible = useVisibleFilter();
  const { index, filter } = visible;
  // Counted as the map counted it (the same function), so the panel and the link's width agree.
  const counts = useMemo(
    () => rankedCitations(index, filter, ends.outlet, Infinity).rows.find((r) => r.key === ends.cited),
    [index, filter, ends.outlet, ends.cited],
  );
  const from = graph.getNodeAttribute(ends.outlet, 'label');
  const to = graph.getNodeAttribute(ends.cited, 'label');
  return (
    <article className="map-link-details" aria-label={`Details of ${from} citing ${to}`}>
      <h2>
        {from} → {to}
      </h2>
      <p>{counts ? mapEdgeLabel(counts.cites, counts.reports) : 'No citations under the current filters.'}</p>
      <div className="node-actions">
        <button type="button" onClick={() => openNeighbourhood(store, visible, ends.outlet, ends.cited)}>
          Open the neighbourhood
        </button>
      </div>
    </article>
  );
}
