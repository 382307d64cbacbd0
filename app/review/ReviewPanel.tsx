import { useEffect, useState } from 'react';
import {
  selectReviewed,
  selectReviewError,
  selectSelection,
  useAppStore,
  useAppStoreApi,
  useGraphRevision,
} from '../store';
import { ClaimTrust } from './ClaimTrust';
import { DecisionLog } from './DecisionLog';
import { EdgeReview } from './EdgeReview';
import { NodeReview } from './NodeReview';
import { ReviewQueue } from './ReviewQueue';

/** Review of the selection (and a claim's trust signals), the review queue, and the decisions so far. */
export function ReviewPanel() {
  const store = useAppStoreApi();
  // The saved decisions are read once per store, whenever the panel first mounts (StrictMode's second
  // mount waits for the same read).
  useEffect(() => {
    void store.getState().restoreDecisions();
  }, [store]);
  const revision = useGraphRevision();
  const { graph } = revision;
  const { accepted } = useAppStore(selectReviewed);
  const selection = useAppStore(selectSelection);
  const error = useAppStore(selectReviewError);
  const [reason, setReason] = useState('');
  const edge = selection?.type === 'edge' && graph.hasEdge(selection.key) ? selection.key : null;
  const node = selection?.type === 'node' && graph.hasNode(selection.key) ? selection.key : null;
  const claim = node && graph.getNodeAttribute(node, 'kind') === 'claim' ? node : null;
  return (
    <aside className="review-panel" aria-label="Review">
      <h2>Review</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {claim && <ClaimTrust revision={revision} claimKey={claim} />}
      {(edge || node) && (
        <section className="selection-review" aria-label="Review the selection">
          <h3>Correct the {edge ? 'edge' : 'node'}</h3>
          <label className="review-reason">
            Why (optional) <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
          </label>
          {edge && (
            <EdgeReview key={edge} revision={revision} edgeKey={edge} accepted={accepted.has(edge)} reason={reason} />
          )}
          {node && <NodeReview key={node} revision={revision} nodeKey={node} reason={reason} />}
        </section>
      )}
      <ReviewQueue />
      <DecisionLog />
    </aside>
  );
}
