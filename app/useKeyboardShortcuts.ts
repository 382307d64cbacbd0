import { useEffect } from 'react';
import { hiddenElements } from './store';
import { neighbourStep, type NeighbourKey } from './neighbour-steps';
import { SEARCH_INPUT_ID } from './panels';
import { useAppStoreApi, type AppStore } from './store';

const ARROWS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Moves the selection to a neighbour; `anchor` remembers whose neighbours Left/Right walk. */
function walk(store: AppStore, anchor: { key: string | null }, key: NeighbourKey): boolean {
  const s = store.getState();
  if (s.selection?.type !== 'node') return false;
  const hidden = hiddenElements(s.graph, s, s.focus, s.expanded).nodes;
  const step = neighbourStep(s.graph, anchor.key, s.selection.key, key, hidden);
  if (!step) return false;
  anchor.key = step.anchor;
  s.reveal(step.select);
  return true;
}

/**
 * App-wide keys: `/` search, `Esc` clear the selection, arrows walk between neighbours, Ctrl+Z /
 * Ctrl+Shift+Z (or Ctrl+Y) undo and redo the view.
 */
export function useKeyboardShortcuts(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const anchor = { key: null as string | null };
    const onKey = (e: KeyboardEvent) => {
      const plain = !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;
      if (ARROWS.includes(e.key) && plain && !isTyping(e.target) && store.getState().mode === 'network') {
        if (walk(store, anchor, e.key as NeighbourKey)) e.preventDefault();
        return;
      }
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
