import { bench, describe } from 'vitest';
import { syntheticCorpus } from '../test-support/story-corpus';
import { buildViewGraph, EMPTY_VIEW_STATE } from './build-view-graph';
import { diffViewGraph } from './diff-view-graph';
import { buildGraphIndex, getGraphIndex } from './graph-index';
import type { ViewState } from './types';

const { graph, hotClaim } = syntheticCorpus(100_000);
getGraphIndex(graph);
const base = buildViewGraph(graph, EMPTY_VIEW_STATE);
const outletHidden: ViewState = { ...EMPTY_VIEW_STATE, hiddenOutlets: ['outlet:outlet-3'] };
const claimsHidden: ViewState = { ...EMPTY_VIEW_STATE, hiddenNodeKinds: ['claim'] };
const expanded: ViewState = { ...EMPTY_VIEW_STATE, expanded: ['agg:sources'] };
const focused: ViewState = { ...EMPTY_VIEW_STATE, focus: { key: hotClaim, hops: 2 } };

describe(`view graph of ${graph.order} nodes / ${graph.size} edges (budget 3000)`, () => {
  bench('index the graph (once per graph change)', () => {
    buildGraphIndex(graph);
  });
  bench('build: nothing filtered (overview)', () => {
    buildViewGraph(graph, EMPTY_VIEW_STATE);
  });
  bench('filter toggle: hide one outlet, build + diff', () => {
    diffViewGraph(base, buildViewGraph(graph, outletHidden));
  });
  bench('filter toggle: hide claims, build + diff', () => {
    diffViewGraph(base, buildViewGraph(graph, claimsHidden));
  });
  bench('expand "more sources", build + diff', () => {
    diffViewGraph(base, buildViewGraph(graph, expanded));
  });
  bench('focus: hot claim, 2 hops', () => {
    buildViewGraph(graph, focused);
  });
  bench('build: outlet citation map', () => {
    buildViewGraph(graph, EMPTY_VIEW_STATE, { overview: 'map' });
  });
  bench('build: citation map + 25 top sources, hide one outlet', () => {
    buildViewGraph(graph, outletHidden, { overview: 'map', mapSources: 25 });
  });
});

const half = syntheticCorpus(50_000).graph;
getGraphIndex(half);

describe(`citation map of ${half.order} nodes / ${half.size} edges (budget 3000)`, () => {
  bench('build: outlet citation map', () => {
    buildViewGraph(half, EMPTY_VIEW_STATE, { overview: 'map' });
  });
  bench('build: detailed overview, for comparison', () => {
    buildViewGraph(half, EMPTY_VIEW_STATE);
  });
});
