import { articlesBehind, type FilterResult, type GraphIndex } from '../../src/projection';
import type { AppStore } from '../store';

/** Articles behind a count that are opened at once: enough to read the pattern, few enough to draw whole. */
export const ARTICLES_OPENED = 30;

/**
 * From the citation map to the detail behind one of its counts, with the existing focus and expansion:
 * focuses on the outlet (it and its articles) and expands its articles that cite the node, so those
 * articles, the node, what they report and whom else they cite are drawn — whole when that fits the
 * budget, otherwise as the detailed overview with groups to expand. Selects the cited node.
 */
export function openNeighbourhood(
  store: AppStore,
  visible: { index: GraphIndex; filter: FilterResult },
  outlet: string,
  cited: string,
): void {
  const articles = articlesBehind(visible.index, visible.filter, outlet, cited, ARTICLES_OPENED);
  const s = store.getState();
  s.setFocus({ key: outlet, hops: 1 }, articles);
  s.select({ type: 'node', key: cited });
}
