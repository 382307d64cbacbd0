import { bench, describe } from 'vitest';
import { buildCorpusGraph, clusterClaims } from '../corpus';
import { parseJsonl } from '../ingest';
import { createGraph, upsertNode } from '../model';
import { syntheticArticles, syntheticJsonl } from './synthetic-articles';
import { syntheticGraph } from './synthetic-graph';

// Small, repeatable slices of the corpus build; the 10,000-article run is `npx tsx src/bench/build-10k.ts`.
const articles = [...syntheticArticles(40, { seed: 11 })];
const jsonl = syntheticJsonl(1000, { seed: 11 });

function claimGraph(count: number) {
  const graph = createGraph();
  const verbs = ['paid', 'had paid', 'transferred', 'promised'];
  for (let i = 0; i < count; i++) {
    const text = `Company ${i % 500} ${verbs[i % 4]} ${i % 97} million to officials in region ${i % 31}`;
    upsertNode(graph, `claim:${i}`, { kind: 'claim', label: text, aliases: [], text });
  }
  return graph;
}

describe('corpus build', () => {
  bench('buildCorpusGraph, 40 synthetic 4 KB articles (in-process, the app worker path)', () => {
    buildCorpusGraph(articles);
  });
  bench('parseJsonl, 1,000 articles (4 MB)', () => {
    parseJsonl(jsonl, 'bench.jsonl');
  });
  bench('clusterClaims, 10,000 claims', () => {
    clusterClaims(claimGraph(10_000));
  });
  bench('syntheticGraph, 10,000 nodes', () => {
    syntheticGraph(10_000);
  });
});
