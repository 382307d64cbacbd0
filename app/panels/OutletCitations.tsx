import { useMemo } from 'react';
import { rankedCitations, type FilterResult, type GraphIndex, type RankedCitation } from '../../src/projection';
import { mapEdgeLabel } from '../../src/projection/labels';
import { NODE_KIND_STYLES } from '../canvas';
import { useAppStoreApi } from '../store';
import { openNeighbourhood } from './open-neighbourhood';
import { useVisibleFilter } from './use-visible-filter';

/** Rows listed before "and N more": enough to see who an outlet relies on, short enough to read. */
const SHOWN = 15;

/** One ranked row: who, what kind, how many citations and reports; a click opens the detail behind it. */
function CitationRow({
  outlet,
  row,
  visible,
}: {
  outlet: string;
  row: RankedCitation;
  visible: { index: GraphIndex; filter: FilterResult };
}) {
  const store = useAppStoreApi();
  const counts = mapEdgeLabel(row.cites, row.reports);
  return (
    <li>
      <button
        type="button"
        aria-label={`${row.label}: ${counts} — open the neighbourhood`}
        onClick={() => openNeighbourhood(store, visible, outlet, row.key)}
      >
        <span>
          {row.label} <small>({NODE_KIND_STYLES[row.kind].label.toLowerCase()})</small>
        </span>
        <span className="count">{counts}</span>
      </button>
    </li>
  );
}

/**
 * Whom an outlet cites or reports, ranked by count, under the current filters, as the citation map counts
 * its links. Labels are rendered as text (they come from articles).
 */
export function OutletCitations({ outlet }: { outlet: string }) {
  const visible = useVisibleFilter();
  const { index, filter } = visible;
  const ranked = useMemo(() => rankedCitations(index, filter, outlet, SHOWN), [index, filter, outlet]);
  return (
    <section className="ranked-citations" aria-label="Citations ranked">
      <h3>Cites and reports ({ranked.total})</h3>
      {ranked.rows.length === 0 ? (
        <p className="hint">No citations of others under the current filters.</p>
      ) : (
        <ol>
          {ranked.rows.map((row) => (
            <CitationRow key={row.key} outlet={outlet} row={row} visible={visible} />
          ))}
        </ol>
      )}
      {ranked.total > ranked.rows.length && <p className="hint">and {ranked.total - ranked.rows.length} more</p>}
    </section>
  );
}
