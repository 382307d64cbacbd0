import type { EdgeKind } from '../model';
import { EDGE_KIND_STYLE } from '../style';

/** The writers' view of the one style table (src/style): node kinds as they are, edges by colour. */
export { NODE_KIND_STYLE, NODE_SHAPES, type NodeShape } from '../style';

export const EDGE_KIND_COLORS = Object.fromEntries(
  Object.entries(EDGE_KIND_STYLE).map(([kind, style]) => [kind, style.color]),
) as Readonly<Record<EdgeKind, string>>;
