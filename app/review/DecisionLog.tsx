import { selectDecisions, selectReviewed, useAppStore, useAppStoreApi } from '../store';

/** Every decision, newest first, with what became of it, and an undo for the last one. */
export function DecisionLog() {
  const store = useAppStoreApi();
  const decisions = useAppStore(selectDecisions);
  const { outcomes } = useAppStore(selectReviewed);
  const outcome = new Map(outcomes.map((o) => [o.id, o]));
  return (
    <section className="decision-log" aria-label="Review decisions">
      <h3>Decisions ({decisions.length})</h3>
      <button type="button" disabled={decisions.length === 0} onClick={() => void store.getState().undoDecision()}>
        Undo last decision
      </button>
      {decisions.length > 0 && (
        <ol reversed>
          {[...decisions].reverse().map((d) => {
            const note = outcome.get(d.id)?.note;
            return (
              <li key={d.id}>
                <strong>{d.action}</strong> {d.target.join(' + ')}
                {d.reason && <span> — “{d.reason}”</span>}
                {note && <span className="hint"> (not applied: {note})</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
