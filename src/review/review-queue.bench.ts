import { bench, describe } from 'vitest';
import { syntheticCorpus } from '../query';
import { applyReview } from './apply-review';
import { reviewQueue } from './review-queue';

const corpus = syntheticCorpus(10_000);
const edges = corpus.graph.edges().filter((_, i) => i % 50 === 0);

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
