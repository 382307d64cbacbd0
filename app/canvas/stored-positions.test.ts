import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { positionsOf, restorePositions } from './stored-positions';

const headless = () =>
  cytoscape({
    headless: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'a' }, position: { x: 1, y: 2 } },
      { data: { id: 'b' }, position: { x: 0, y: 0 } },
      { data: { id: 'c' }, position: { x: 0, y: 0 } },
    ],
  });

describe('stored positions', () => {
  it('reads model positions by node id', () => {
    const cy = headless();
    expect(positionsOf(cy.nodes())).toEqual({ a: { x: 1, y: 2 }, b: { x: 0, y: 0 }, c: { x: 0, y: 0 } });
  });

  it('puts known nodes back and returns the ones the store never placed', () => {
    const cy = headless();
    const unplaced = restorePositions(cy, cy.nodes(), { b: { x: 30, y: 40 }, zz: { x: 9, y: 9 } });
    expect(unplaced.map((n) => n.id()).sort()).toEqual(['a', 'c']);
    expect(cy.getElementById('b').position()).toEqual({ x: 30, y: 40 });
    expect(cy.getElementById('a').position()).toEqual({ x: 1, y: 2 });
  });

  it('ignores keys inherited from Object.prototype', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'constructor' } }] });
    expect(restorePositions(cy, cy.nodes(), {}).length).toBe(1);
  });
});
