import { selectCanRedo, selectCanUndo, useAppStore, useAppStoreApi } from '../store';

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
