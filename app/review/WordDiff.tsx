import type { WordChange } from '../../src/query';

/** A word-level diff as text: insertions in `<ins>`, deletions in `<del>`, so screen readers say which is which. */
export function WordDiff({ changes }: { changes: readonly WordChange[] }) {
  return (
    <span className="word-diff">
      {changes.map((c, i) =>
        c.op === 'added' ? (
          <ins key={i}>{c.text}</ins>
        ) : c.op === 'removed' ? (
          <del key={i}>{c.text}</del>
        ) : (
          <span key={i}>{c.text}</span>
        ),
      )}
    </span>
  );
}
