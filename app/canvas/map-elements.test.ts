import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildViewGraph } from '../../src/projection';
import { syntheticCorpus } from '../../src/test-support/story-corpus';
import { EMPTY_FILTERS, viewStateOf } from '../store';
import { STYLESHEET } from './stylesheet';
import { MAP_LINK_CLASS, MAP_NODE_CLASS, viewEdgeElement, viewNodeElement } from './view-graph-elements';

describe('citation map elements and styles', () => {
  const { graph } = syntheticCorpus(3000);
  const view = buildViewGraph(graph, viewStateOf(EMPTY_FILTERS, null, []), { budget: 400, overview: 'map' });
  const elements = [...view.nodes.map(viewNodeElement), ...view.edges.map(viewEdgeElement)];
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET, elements });

  it('marks the map nodes with their kind and the map class, and labels links by their count', () => {
    expect(view.mode).toBe('map');
    const outlet = cy.nodes(`.${MAP_NODE_CLASS}.outlet`);
    expect(outlet.length).toBe(view.nodes.length);
    const links = cy.edges(`.${MAP_LINK_CLASS}`);
    expect(links.length).toBe(view.edges.length);
    const link = view.edges[0]!;
    expect(cy.getElementById(link.id).style('label')).toBe(link.type === 'map-edge' ? String(link.count) : '');
  });

  it('sizes nodes and links by their pre-scaled weight, from the one stylesheet', () => {
    const bySize = cy.nodes().sort((a, b) => Number(a.data('size')) - Number(b.data('size')));
    const small = bySize.first();
    const large = bySize.last();
    expect(large.numericStyle('width')).toBeGreaterThan(small.numericStyle('width'));
    expect(large.numericStyle('width')).toBeCloseTo(96, 0);
    const byWeight = cy.edges().sort((a, b) => Number(a.data('weight')) - Number(b.data('weight')));
    expect(byWeight.last().numericStyle('width')).toBeGreaterThan(byWeight.first().numericStyle('width'));
    // Link counts stay off the overview: painted only from a zoom where 11px text reaches 12px.
    expect(byWeight.last().numericStyle('min-zoomed-font-size')).toBeGreaterThan(
      byWeight.last().numericStyle('font-size'),
    );
  });

  it('keeps a decluttered label measurable but unpainted', () => {
    const node = cy.nodes().first();
    node.addClass('label-hidden');
    expect(node.numericStyle('text-opacity')).toBe(0);
    expect(node.style('label')).not.toBe('');
  });
});
