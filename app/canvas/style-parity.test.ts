import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { writeSvg } from '../../src/export';
import { EDGE_KINDS, NODE_KINDS, type NodeKind } from '../../src/model';
import { StoryBuilder } from '../../src/test-support/story-builder';
import { EDGE_KIND_STYLE } from '../../src/style';
import { STYLESHEET } from './stylesheet';
import { toCyElements } from './to-cy-elements';

/** One node of every kind (an outlet and its article included), each at its own spot. */
function everyKind() {
  const b = new StoryBuilder();
  const outlet = b.outlet('Coast Gazette');
  const article = b.article('a1', outlet, 'text', '2025-01-01');
  const keys: Record<NodeKind, string> = {
    outlet,
    article,
    person: b.person('harbour master'),
    organization: b.organization('port authority'),
    document: b.document('refit plan'),
    claim: b.claim('refit', 'the ferry will be refitted'),
  };
  return { graph: b.graph, keys };
}

/** What the SVG writer must draw for each Cytoscape shape name, told apart by element and outline. */
const SVG_SHAPE_OF: Record<string, string> = {
  ellipse: 'circle',
  rectangle: 'rect',
  'round-rectangle': 'rect rounded',
  hexagon: 'polygon 6 narrow-top',
  diamond: 'polygon 4',
  barrel: 'polygon 6 wide-top',
};

function svgShape(element: string): string {
  const tag = /^<(\w+)/.exec(element)![1]!;
  if (tag === 'rect') return /\srx="/.test(element) ? 'rect rounded' : 'rect';
  if (tag !== 'polygon') return tag;
  const points = /points="([^"]+)"/
    .exec(element)![1]!
    .split(' ')
    .map((p) => p.split(',').map(Number) as [number, number]);
  if (points.length !== 6) return `polygon ${points.length}`;
  const xs = points.map(([x]) => x);
  const top = Math.min(...points.map(([, y]) => y));
  const topXs = points.filter(([, y]) => Math.abs(y - top) < 0.5).map(([x]) => x);
  const wide = Math.max(...topXs) - Math.min(...topXs) > 0.75 * (Math.max(...xs) - Math.min(...xs));
  return `polygon 6 ${wide ? 'wide-top' : 'narrow-top'}`;
}

const hex = (rgb: string) =>
  '#' +
  /rgb\((\d+),\s*(\d+),\s*(\d+)\)/
    .exec(rgb)!
    .slice(1)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('');

describe('one style table', () => {
  const { graph, keys } = everyKind();
  const positions = Object.fromEntries(NODE_KINDS.map((k, i) => [keys[k], { x: i * 100, y: (i % 2) * 50 }]));
  const svg = writeSvg(graph, { positions, legend: false });
  const nodeGroup = svg.slice(svg.indexOf('<g class="nodes"'));
  const drawn = Array.from(nodeGroup.matchAll(/<(circle|rect|polygon)\s[^>]*\/>/g), (m) => m[0]);
  const order = graph.nodes();
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET, elements: toCyElements(graph) });

  it.each(NODE_KINDS)('%s: the SVG export draws the canvas colour and shape', (kind) => {
    const element = drawn[order.indexOf(keys[kind])]!;
    const node = cy.getElementById(keys[kind]);
    expect(svgShape(element)).toBe(SVG_SHAPE_OF[node.style('shape') as string]);
    expect(/fill="(#[0-9a-f]{6})"/.exec(element)![1]).toBe(hex(node.style('background-color') as string));
  });

  it('the canvas gives every node kind its own shape, and every edge kind the table colour', () => {
    const shapes = NODE_KINDS.map((k) => cy.getElementById(keys[k]).style('shape') as string);
    expect(new Set(shapes).size).toBe(NODE_KINDS.length);
    const edges = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
    for (const kind of EDGE_KINDS) {
      const e = edges.add([
        { group: 'nodes', data: { id: `s-${kind}` } },
        { group: 'nodes', data: { id: `t-${kind}` } },
        { group: 'edges', data: { id: kind, source: `s-${kind}`, target: `t-${kind}` }, classes: kind },
      ]);
      expect(hex(e.getElementById(kind).style('line-color') as string)).toBe(EDGE_KIND_STYLE[kind].color);
    }
  });
});
