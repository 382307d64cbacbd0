import { useEffect } from 'react';
import { SEARCH_INPUT_ID } from './panels';
import { useAppStoreApi } from './store';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** App-wide keys: `/` search, `Esc` clear the selection, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo the view. */
export function useKeyboardShortcuts(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (e.key === 'Escape') {
        store.getState().clearSelection();
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && !isTyping(e.target)) {
        const key = e.key.toLowerCase();
        if (key === 'z' && !e.shiftKey) store.getState().undoView();
        else if ((key === 'z' && e.shiftKey) || key === 'y') store.getState().redoView();
        else return;
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
