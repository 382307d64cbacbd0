import { bench, describe } from 'vitest';
import { citationChain } from './citation-chain';
import { neighbourhood } from './neighbourhood';
import { reportersOf } from './reporters-of';
import { syntheticCorpus } from '../test-support/story-corpus';
import { independentConfirmations, wordingDrift } from './trust';

const corpus = syntheticCorpus(100_000);

describe(`queries on ${corpus.graph.order} nodes / ${corpus.graph.size} edges`, () => {
  bench('citationChain(hot claim)', () => {
    citationChain(corpus.graph, corpus.hotClaim);
  });
  bench('citationChain(article at the end of a 12-outlet echo chain, scoped to its claim)', () => {
    citationChain(corpus.graph, corpus.hotArticle, { scope: [corpus.hotClaim] });
  });
  bench('reportersOf(hot claim)', () => {
    reportersOf(corpus.graph, corpus.hotClaim);
  });
  bench('neighbourhood(hot claim, 2 hops)', () => {
    neighbourhood(corpus.graph, corpus.hotClaim, 2);
  });
  bench('independentConfirmations(hot claim: 200 reporters)', () => {
    independentConfirmations(corpus.graph, corpus.hotClaim);
  });
  bench('wordingDrift(hot claim: 200 reporters)', () => {
    wordingDrift(corpus.graph, corpus.hotClaim);
  });
});
