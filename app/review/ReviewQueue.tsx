import { useId, useState, type KeyboardEvent } from 'react';
import type { QueueItem } from '../../src/review';
import { selectReviewed, useAppStore, useAppStoreApi } from '../store';
import { formatConfidence } from './confidence';
import { useRankedQueue } from './use-ranked-queue';

/** How many queue items are listed at once: a reviewer works from the top. */
export const QUEUE_LIMIT = 50;

function ItemText({ item, label }: { item: QueueItem; label: (k: string) => string }) {
  return (
    <>
      <span className="queue-edge">
        {label(item.source)} <em>{item.kind}</em> {label(item.target)}
      </span>
      <span className="queue-meta">
        {' '}
        · confidence {formatConfidence(item.confidence)} · on {item.chains} chain{item.chains === 1 ? '' : 's'}
      </span>
      {item.sentence && <q className="queue-sentence">{item.sentence}</q>}
    </>
  );
}

/**
 * The review queue: least confident and most consequential edges first, each with its evidence sentence.
 * Keyboard-driven while focused: `a` accept, `r` reject, `n`/`j`/↓ next, `k`/↑ previous. Decided items
 * leave the queue (accepted ones are skipped, rejected ones are gone), so the next comes up in place;
 * decisions are saved, so the queue picks up where it was after a reload.
 */
function QueueBody() {
  const store = useAppStoreApi();
  // A new object on every graph change, in place or not (see reviewedGraph): what triggers a new ranking.
  const reviewed = useAppStore(selectReviewed);
  const listId = useId();
  const [index, setIndex] = useState(0);
  const ranked = useRankedQueue(reviewed, QUEUE_LIMIT);
  const items = ranked.items ?? [];
  const current = Math.min(index, Math.max(0, items.length - 1));
  const item = items[current];
  const label = (k: string) => (reviewed.graph.hasNode(k) ? reviewed.graph.getNodeAttribute(k, 'label') : k);
  const go = (i: number) => {
    const next = Math.min(Math.max(0, i), items.length - 1);
    setIndex(next);
    const edge = items[next]?.edge;
    if (edge) store.getState().select({ type: 'edge', key: edge });
  };
  const decide = (action: 'accept' | 'reject') => {
    // The list may lag a decision (deferred): never decide twice on an edge already decided.
    const now = selectReviewed(store.getState());
    if (!item || !now.graph.hasEdge(item.edge) || (action === 'accept' && now.accepted.has(item.edge))) return;
    void store.getState().decide({ action, target: [item.edge] });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const moves: Record<string, () => void> = {
      a: () => decide('accept'),
      r: () => decide('reject'),
      n: () => go(current + 1),
      j: () => go(current + 1),
      ArrowDown: () => go(current + 1),
      k: () => go(current - 1),
      ArrowUp: () => go(current - 1),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    e.stopPropagation();
    move();
  };
  const optionId = (i: number) => `${listId}-${i}`;
  if (ranked.error) return <p className="hint">{ranked.error}</p>;
  if (!ranked.items) return <p className="hint">Ranking the edges to review…</p>;
  return (
    <>
      <p className="queue-count" aria-busy={ranked.ranking}>
        {items.length === QUEUE_LIMIT ? `The ${QUEUE_LIMIT} most urgent edges` : `${items.length} edges`}
      </p>
      <p className="hint" id={`${listId}-help`}>
        Focus the list: <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>n</kbd>/<kbd>j</kbd> next, <kbd>k</kbd> previous.
      </p>
      {items.length === 0 ? (
        <p className="hint">Nothing left to review.</p>
      ) : (
        <ul
          role="listbox"
          tabIndex={0}
          aria-label="Edges to review"
          aria-describedby={`${listId}-help`}
          aria-activedescendant={optionId(current)}
          onKeyDown={onKeyDown}
        >
          {items.map((it, i) => (
            <li
              key={it.edge}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'current' : undefined}
              onClick={() => go(i)}
            >
              <ItemText item={it} label={label} />
            </li>
          ))}
        </ul>
      )}
      {item && (
        <div className="review-buttons">
          <button type="button" onClick={() => decide('accept')}>
            Accept
          </button>
          <button type="button" onClick={() => decide('reject')}>
            Reject
          </button>
        </div>
      )}
    </>
  );
}

/**
 * Ranking walks every claim's chains (about 0.2 s at 300 articles, tens of seconds at 10,000), so it runs in
 * a worker, and only while the reviewer has the queue open — never on every render of the panel after an import.
 */
export function ReviewQueue() {
  const [open, setOpen] = useState(false);
  return (
    <details className="review-queue" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Review queue</summary>
      {open && <QueueBody />}
    </details>
  );
}
