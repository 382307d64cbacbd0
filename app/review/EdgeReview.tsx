import { useState } from 'react';
import { EDGE_KINDS, type EdgeKind } from '../../src/model';
import { useAppStoreApi, type GraphRevision } from '../store';
import { formatConfidence } from './confidence';
import { NodePicker } from './NodePicker';

interface EdgeReviewProps {
  revision: GraphRevision;
  edgeKey: string;
  accepted: boolean;
  reason: string;
}

/** Review actions on one edge: accept, reject, fix its kind, re-point one end to another node. */
export function EdgeReview({ revision, edgeKey, accepted, reason }: EdgeReviewProps) {
  const store = useAppStoreApi();
  const { graph } = revision;
  const attrs = graph.getEdgeAttributes(edgeKey);
  const [kind, setKind] = useState<EdgeKind>(attrs.kind);
  const [end, setEnd] = useState<'source' | 'target'>('target');
  const [node, setNode] = useState<string | null>(null);
  const why = reason.trim() ? { reason: reason.trim() } : {};
  const { decide } = store.getState();
  const target: [string] = [edgeKey];
  return (
    <div className="edge-review">
      <p>
        Confidence {formatConfidence(attrs.confidence)}
        {accepted && <strong> · accepted</strong>}
      </p>
      <div className="review-buttons">
        <button type="button" disabled={accepted} onClick={() => void decide({ action: 'accept', target, ...why })}>
          Accept edge
        </button>
        <button type="button" onClick={() => void decide({ action: 'reject', target, ...why })}>
          Reject edge
        </button>
      </div>
      <div className="review-row">
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as EdgeKind)}>
            {EDGE_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={kind === attrs.kind}
          onClick={() => void decide({ action: 'set-kind', target, params: { kind }, ...why })}
        >
          Fix kind
        </button>
      </div>
      <fieldset className="review-row">
        <legend>Re-point</legend>
        <label>
          End{' '}
          <select value={end} onChange={(e) => setEnd(e.target.value as 'source' | 'target')}>
            <option value="source">source ({graph.getNodeAttribute(graph.source(edgeKey), 'label')})</option>
            <option value="target">target ({graph.getNodeAttribute(graph.target(edgeKey), 'label')})</option>
          </select>
        </label>
        <NodePicker revision={revision} label="Re-point to" picked={node} onPick={setNode} />
        <button
          type="button"
          disabled={!node}
          onClick={() => node && void decide({ action: 'repoint', target, params: { end, node }, ...why })}
        >
          Re-point edge
        </button>
      </fieldset>
    </div>
  );
}
