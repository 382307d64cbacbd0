/** A label's box on screen and how much it matters (the node's size: bigger nodes keep their labels). */
export interface LabelBox {
  id: string;
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlaceLabelsOptions {
  /** Gap kept between two labels, in the boxes' units. */
  padding?: number;
  /** Most labels to keep: a cap on density, so a zoomed-out view shows its few largest nodes only. */
  max?: number;
}

const byPriority = (a: LabelBox, b: LabelBox) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Which labels to draw so that none overlaps another: highest priority first (ties by id), each kept only
 * when its box, grown by `padding` on every side, meets no kept box, until `max` are kept. Greedy, so a
 * large node's label is never dropped for a smaller one. A uniform grid keeps each test local, so a few
 * thousand labels cost milliseconds. Pure: the same boxes always give the same set.
 */
export function placeLabels(boxes: readonly LabelBox[], options: PlaceLabelsOptions = {}): Set<string> {
  const pad = Math.max(0, options.padding ?? 2);
  const max = options.max ?? Infinity;
  const kept = new Set<string>();
  const sorted = boxes.filter((b) => b.x2 > b.x1 && b.y2 > b.y1).sort(byPriority);
  if (sorted.length === 0 || max <= 0) return kept;
  const widths = sorted.map((b) => b.x2 - b.x1 + 2 * pad).sort((a, b) => a - b);
  const cell = Math.max(1, widths[Math.floor(widths.length / 2)]!);
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox, visit: (key: string) => boolean | void): boolean => {
    for (let gx = Math.floor((b.x1 - pad) / cell); gx <= Math.floor((b.x2 + pad) / cell); gx++) {
      for (let gy = Math.floor((b.y1 - pad) / cell); gy <= Math.floor((b.y2 + pad) / cell); gy++) {
        if (visit(`${gx},${gy}`) === true) return true;
      }
    }
    return false;
  };
  // Two labels clash when they overlap or come closer than `pad` on both axes.
  const clash = (a: LabelBox, b: LabelBox) =>
    a.x1 < b.x2 + pad && b.x1 < a.x2 + pad && a.y1 < b.y2 + pad && b.y1 < a.y2 + pad;
  for (const box of sorted) {
    if (cells(box, (key) => grid.get(key)?.some((other) => clash(box, other)))) continue;
    kept.add(box.id);
    cells(box, (key) => {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    });
    if (kept.size >= max) break;
  }
  return kept;
}
