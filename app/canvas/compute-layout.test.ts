import { describe, expect, it } from 'vitest';
import { computeLayout } from './compute-layout';
import { NETWORK_LAYOUT } from './layouts';

const node = (id: string, x = 0, y = 0) => ({ id, w: 30, h: 30, x, y });

describe('computeLayout (the layout worker’s work)', () => {
  it('keeps fixed nodes where they were and spreads the new ones apart', () => {
    const nodes = [node('a', 500, 500), node('b', 700, 500), node('c'), node('d'), node('e')];
    const edges = ['c', 'd', 'e'].map((t, i) => ({ id: `e${i}`, source: i % 2 ? 'a' : 'b', target: t }));
    const fixedNodeConstraint = [
      { nodeId: 'a', position: { x: 500, y: 500 } },
      { nodeId: 'b', position: { x: 700, y: 500 } },
    ];
    const options = {
      ...(NETWORK_LAYOUT as unknown as Record<string, unknown>),
      randomize: false,
      fixedNodeConstraint,
    };
    const positions = computeLayout({ nodes, edges, options });
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(positions.a!.x).toBeCloseTo(500, 0);
    expect(positions.b!.y).toBeCloseTo(500, 0);
    const fresh = ['c', 'd', 'e'].map((k) => positions[k]!);
    for (const [i, p] of fresh.entries()) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      for (const q of fresh.slice(i + 1)) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(20);
    }
  });
});
