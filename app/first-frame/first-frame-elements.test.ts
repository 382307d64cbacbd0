import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { makeFirstFrame, readFirstFrame } from '../persistence/first-frame';
import { drawFirstFrame, drawnElements, framePositions } from './first-frame-elements';

function drawnCanvas() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    {
      group: 'nodes',
      data: { id: 'outlet:a', kind: 'outlet', label: 'A' },
      classes: 'outlet is-selected',
      position: { x: 10, y: 20 },
    },
    {
      group: 'nodes',
      data: { id: 'agg:sources', kind: 'aggregate', count: 3 },
      classes: 'aggregate sources',
      position: { x: -5, y: 7.5 },
    },
    {
      group: 'edges',
      data: { id: 'cites|outlet:a|agg:sources', source: 'outlet:a', target: 'agg:sources', kind: 'cites' },
      classes: 'cites counted',
    },
  ]);
  cy.viewport({ zoom: 1.25, pan: { x: 30, y: -40 } });
  return cy;
}

describe('first-frame elements', () => {
  it('draws back what was drawn: same elements, data, positions, camera; the selection is not kept', () => {
    const before = drawnCanvas();
    const frame = readFirstFrame(
      structuredClone(makeFirstFrame(drawnElements(before), { zoom: before.zoom(), pan: before.pan() })),
    );
    expect(frame).not.toBeNull();
    const after = cytoscape({ headless: true, styleEnabled: true });
    drawFirstFrame(after, frame!);
    expect(
      after
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(
      before
        .elements()
        .map((e) => e.id())
        .sort(),
    );
    expect(after.getElementById('agg:sources').position()).toEqual({ x: -5, y: 7.5 });
    expect(after.getElementById('agg:sources').data('count')).toBe(3);
    expect(after.getElementById('cites|outlet:a|agg:sources').classes()).toEqual(['cites', 'counted']);
    expect(after.getElementById('outlet:a').classes()).toEqual(['outlet']);
    expect(after.zoom()).toBe(1.25);
    expect(after.pan()).toEqual({ x: 30, y: -40 });
    expect(framePositions(frame!)).toEqual({ 'outlet:a': { x: 10, y: 20 }, 'agg:sources': { x: -5, y: 7.5 } });
  });
});
