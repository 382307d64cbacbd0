import type { SourcetraceGraph } from '../model';
import { createRandom } from '../util/seeded-random';
import { StoryBuilder } from './story-builder';

/** Keys the benches start from. */
export interface SyntheticCorpus {
  graph: SourcetraceGraph;
  /** A claim reported by many articles through an echo chain of outlets. */
  hotClaim: string;
  /** One of the articles reporting it, at the far end of the echo chain. */
  hotArticle: string;
}

/**
 * A corpus-shaped graph of about `size` nodes (articles 40%, claims 33%, people 20%, documents 5%,
 * outlets 2%): every article is published, reports a claim and cites a source asserting it; a tenth
 * echo another outlet. One hot claim travels through a 12-outlet echo chain to 200 reporting articles.
 */
export function syntheticCorpus(size: number, seed = 7): SyntheticCorpus {
  const rnd = createRandom(seed).next;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const b = new StoryBuilder();
  const outlets = Array.from({ length: Math.max(12, Math.round(size * 0.02)) }, (_, i) => b.outlet(`outlet ${i}`));
  const people = Array.from({ length: Math.round(size * 0.2) }, (_, i) => b.person(`person ${i}`, i % 3 === 0));
  const documents = Array.from({ length: Math.round(size * 0.05) }, (_, i) => b.document(`document ${i}`));
  const claims = Array.from({ length: Math.round(size * 0.33) }, (_, i) => b.claim(`claim-${i}`, `claim ${i}`));
  const sources = [...people, ...documents];
  for (let i = 0; i < Math.round(size * 0.4); i++) {
    const article = b.article(`a${i}`, pick(outlets), 'Someone said something.');
    const claim = pick(claims);
    const source = pick(sources);
    b.edge('reports', article, claim, { in: article });
    b.edge('cites', article, source, { in: article, phrase: 'Someone' });
    b.edge('asserts', source, claim, { in: article, phrase: 'something' });
    if (i % 10 === 0) b.edge('cites', article, pick(outlets), { in: article, phrase: 'said' });
  }
  return { graph: b.graph, ...hotChain(b, outlets, pick(documents)) };
}

function hotChain(b: StoryBuilder, outlets: string[], origin: string): Omit<SyntheticCorpus, 'graph'> {
  const hotClaim = b.claim('hot', 'the hot claim');
  let hotArticle = '';
  for (let i = 0; i < 200; i++) {
    const step = i % 12;
    const outlet = outlets[step] as string;
    hotArticle = b.article(`hot${i}`, outlet, 'Hot news, per the upstream.');
    b.edge('reports', hotArticle, hotClaim, { in: hotArticle, phrase: 'Hot news' });
    const upstream = step === 0 ? origin : (outlets[step - 1] as string);
    b.edge('cites', hotArticle, upstream, { in: hotArticle, phrase: 'the upstream' });
    if (step === 0) b.edge('asserts', origin, hotClaim, { in: hotArticle, phrase: 'Hot news' });
  }
  return { hotClaim, hotArticle };
}
