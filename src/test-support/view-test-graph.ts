import type { SourcetraceGraph } from '../model';
import { StoryBuilder } from './story-builder';
import { createRandom } from '../util/seeded-random';

/**
 * A small corpus-shaped graph of about `size` nodes for tests, using every feature the filters read:
 * dated and undated articles, anonymous people and organisations, confidences, disputes and supports.
 */
export function testGraph(size: number, seed = 1): SourcetraceGraph {
  const rnd = createRandom(seed).next;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const b = new StoryBuilder();
  const count = (share: number) => Math.max(2, Math.round(size * share));
  const outlets = Array.from({ length: count(0.03) }, (_, i) => b.outlet(`outlet ${i}`));
  const people = Array.from({ length: count(0.15) }, (_, i) => b.person(`person ${i}`, i % 4 === 0));
  const orgs = Array.from({ length: count(0.05) }, (_, i) => b.organization(`org ${i}`, i % 5 === 0));
  const documents = Array.from({ length: count(0.04) }, (_, i) => b.document(`document ${i}`));
  const claims = Array.from({ length: count(0.3) }, (_, i) => b.claim(`c${i}`, `claim ${i}`));
  const sources = [...people, ...orgs, ...documents];
  for (let i = 0; i < count(0.43); i++) {
    const day = i % 7 === 0 ? undefined : `2025-0${1 + (i % 9)}-1${i % 10}`;
    const article = b.article(`a${i}`, pick(outlets), 'text', day);
    const claim = pick(claims);
    const source = pick(sources);
    b.edge('reports', article, claim);
    b.edge('cites', article, source, { confidence: Math.round(rnd() * 100) / 100 });
    b.edge('asserts', source, claim, { cue: 'said' });
    if (i % 6 === 0) b.edge('disputes', pick(sources), claim, { confidence: 0.9 });
    if (i % 8 === 0) b.edge('supports', pick(sources), claim);
    if (i % 9 === 0) b.edge('affiliated', pick(people), pick(orgs));
    if (i % 10 === 0) b.edge('cites', article, pick(outlets));
  }
  return b.graph;
}
