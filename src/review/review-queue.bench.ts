import { bench, describe } from 'vitest';
import { syntheticArticles } from '../bench/synthetic-articles';
import { buildCorpusGraph } from '../corpus';
import { syntheticCorpus } from '../test-support/story-corpus';
import { applyReview } from './apply-review';
import { chainCounts, reviewQueue } from './review-queue';

// The measured case of the freeze: 300 synthetic articles built like an import (1,453 nodes, 15,769 edges).
const articles = buildCorpusGraph([...syntheticArticles(300, { seed: 1 })]).graph;
const corpus = syntheticCorpus(10_000);
const edges = corpus.graph.edges().filter((_, i) => i % 50 === 0);

describe(`review on 300 built articles (${articles.order} nodes / ${articles.size} edges)`, () => {
  bench('chainCounts (every claim, every reporter trace, joint replay)', () => {
    chainCounts(articles);
  });
  bench('reviewQueue (limit 50)', () => {
    reviewQueue(articles, { limit: 50 });
  });
});

describe(`review on ${corpus.graph.order} nodes / ${corpus.graph.size} edges`, () => {
  bench('reviewQueue (every claim traced to weigh each edge)', () => {
    reviewQueue(corpus.graph, { limit: 50 });
  });
  bench(`applyReview (${edges.length} rejections on a copy)`, () => {
    applyReview(
      corpus.graph,
      edges.map((edge, i) => ({ id: `r${i}`, action: 'reject' as const, target: [edge] })),
    );
  });
});
