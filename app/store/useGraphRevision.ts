import { selectGraphRevision, type GraphRevision } from './selectors';
import { useAppStore } from './useAppStore';

/**
 * The graph on screen, re-rendering the component whenever it changes — the one way components subscribe
 * to the graph. graphology mutates in place, so the graph object alone never signals a change; the
 * revision does. Use the revision itself as the dependency of memos and effects over the graph
 * (`useMemo(() => f(revision.graph), [revision])`), which the exhaustive-deps lint rule accepts as it is.
 */
export function useGraphRevision(): GraphRevision {
  return useAppStore(selectGraphRevision);
}
