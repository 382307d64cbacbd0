import { useAppStore, useAppStoreApi, type AppState } from '../store';

const selectCanUndo = (s: AppState) => s.viewPast.length > 0;
const selectCanRedo = (s: AppState) => s.viewFuture.length > 0;

/** Undo/redo of view changes (filters, selection, chain), also on Ctrl+Z / Ctrl+Shift+Z. */
export function HistoryButtons() {
  const store = useAppStoreApi();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  return (
    <div className="history-buttons" role="group" aria-label="View history">
      <button type="button" disabled={!canUndo} onClick={() => store.getState().undoView()} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={() => store.getState().redoView()} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
    </div>
  );
}
