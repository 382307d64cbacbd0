/** Benchmark material: seeded synthetic articles and graphs (reused by the explorer's benchmarks). */
export { syntheticArticles, syntheticJsonl, type SyntheticCorpusOptions } from './synthetic-corpus';
export { syntheticGraph } from './synthetic-graph';
export { createRandom, type Random } from '../util/seeded-random';
