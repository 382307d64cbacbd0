import { describe, expect, it } from 'vitest';
import { createGraph } from '../model';
import type { Position } from './export-options';
import { writeSvg } from './write-svg';

function organizations(count: number) {
  const graph = createGraph();
  const positions = new Map<string, Position>();
  for (let i = 0; i < count; i++) {
    const key = `organization:o${i}`;
    // addNode, not upsertNode: validating 130k nodes is not what this test is about.
    graph.addNode(key, { kind: 'organization', label: `O${i}`, aliases: [], anonymous: false });
    positions.set(key, { x: i % 400, y: Math.floor(i / 400) });
  }
  return { graph, positions };
}

/** The control point of each edge path: `M… Q<cx>,<cy> …`. */
function controlPoints(svg: string): Position[] {
  return [...svg.matchAll(/<path d="M[^"]* Q(-?[\d.]+),(-?[\d.]+) /g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
  }));
}

describe('writeSvg at scale', () => {
  it('draws 130,000 nodes (an argument spread over every position overflowed the call stack)', () => {
    const { graph, positions } = organizations(130_000);
    const svg = writeSvg(graph, { positions, legend: false });
    expect(svg.match(/<circle|<rect|<polygon/g)?.length).toBe(130_000);
    // Scaled into the drawing: the extremes land on the padding, whatever the layout's units.
    // (Checked as booleans: a failure should not print a 30 MB string.)
    expect(svg.includes('<text x="60" y="60"')).toBe(false);
    expect(svg.includes('<text x="60" y="85"')).toBe(true);
    expect(svg.includes('<text x="1060" y="85"')).toBe(true);
  }, 60_000);

  it('fans 40,000 parallel edges out symmetrically, within a generous time budget (was quadratic: 14 s)', () => {
    const { graph, positions } = organizations(2);
    const count = 40_000;
    for (let i = 0; i < count; i++) {
      const [source, target] = i % 2 ? ['organization:o1', 'organization:o0'] : ['organization:o0', 'organization:o1'];
      graph.addDirectedEdgeWithKey(`e${i}`, source, target, { kind: 'mentions', evidence: [] });
    }
    const started = performance.now();
    const svg = writeSvg(graph, { positions, legend: false });
    const elapsed = performance.now() - started;
    const controls = controlPoints(svg);
    expect(controls).toHaveLength(count);
    // Both nodes sit on y = 0, so the bends are vertical offsets, distinct and symmetric about the line.
    const offsets = controls.map((p) => p.y - controls[0]!.y + (controls[0]!.y - 60));
    expect(new Set(offsets).size).toBe(count);
    expect(offsets.reduce((sum, y) => sum + y, 0) / count).toBeCloseTo(0, 3);
    expect(elapsed).toBeLessThan(5000);
  }, 60_000);
});
