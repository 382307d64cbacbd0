import { useId, useMemo, useState } from 'react';
import type { GraphRevision } from '../store';
import { buildSearchIndex, searchNodes } from '../panels/search-index';

interface NodePickerProps {
  revision: GraphRevision;
  /** Visible label of the search field, e.g. "Re-point to". */
  label: string;
  /** A node that may not be picked (the one being reviewed). */
  exclude?: string;
  picked: string | null;
  onPick: (key: string | null) => void;
}

/** Picks another node by searching names and aliases (the search box's index), as a list of buttons. */
export function NodePicker({ revision, label, exclude, picked, onPick }: NodePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const { graph } = revision;
  const index = useMemo(() => buildSearchIndex(revision.graph), [revision]);
  const hits = searchNodes(index, query, 6).filter((h) => h.item.key !== exclude);
  return (
    <div className="node-picker">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {hits.length > 0 && (
        <ul aria-label={`${label}: matches`}>
          {hits.map((h) => (
            <li key={h.item.key}>
              <button
                type="button"
                aria-pressed={picked === h.item.key}
                onClick={() => onPick(picked === h.item.key ? null : h.item.key)}
              >
                {h.item.label} <span className="hint">({h.item.kind})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {picked && graph.hasNode(picked) && <p className="picked">Picked: {graph.getNodeAttribute(picked, 'label')}</p>}
    </div>
  );
}
