import { describe, expect, it } from 'vitest';
import { edgeKey } from '../model';
import { StoryBuilder } from '../test-support/story-builder';
import { echoStory } from '../test-support/echo-story';
import { chainCounts, reviewQueue } from './review-queue';

describe('reviewQueue', () => {
  it('puts low confidence first and, at equal confidence, the edge more chains rest on', () => {
    const b = new StoryBuilder();
    const a = b.article('a', b.outlet('A'), 'X said c1 and d. Y said e.');
    const x = b.person('X');
    const y = b.person('Y');
    for (const c of ['c1', 'd']) {
      const claim = b.claim(c, c);
      b.edge('asserts', x, claim, { in: a, phrase: c, confidence: 0.9 });
      b.edge('reports', a, claim, { in: a, phrase: c, confidence: 0.9 });
    }
    const e = b.claim('e', 'e');
    b.edge('asserts', y, e, { in: a, phrase: 'e.', confidence: 0.9 });
    b.edge('cites', a, x, { in: a, phrase: 'X said', confidence: 0.5 });
    b.edge('cites', a, y, { in: a, phrase: 'Y said', confidence: 0.5 });
    b.edge('reports', a, e, { in: a, phrase: 'e.', confidence: 0.2 });
    const queue = reviewQueue(b.graph);
    expect(queue.slice(0, 3).map((q) => [q.edge, q.chains])).toEqual([
      [edgeKey('reports', a, e), 1],
      [edgeKey('cites', a, x), 2],
      [edgeKey('cites', a, y), 1],
    ]);
    expect(queue.every((q, i) => i === 0 || (queue[i - 1]?.priority ?? 0) >= q.priority)).toBe(true);
  });

  it('leaves out accepted edges and edges without evidence duty, and honours the limit', () => {
    const s = echoStory();
    const spokesman = edgeKey('cites', s.articles.wire, s.spokesman);
    expect(reviewQueue(s.graph)[0]).toMatchObject({ edge: spokesman, sentence: 'Port spokesman Tom Reyes denied it.' });
    const rest = reviewQueue(s.graph, { accepted: new Set([spokesman]) });
    expect(rest.map((q) => q.edge)).not.toContain(spokesman);
    expect(rest.some((q) => q.kind === 'publishes')).toBe(false);
    expect(reviewQueue(s.graph, { limit: 2 })).toHaveLength(2);
    expect(chainCounts(s.graph).get(edgeKey('cites', s.articles.echo, s.harbor))).toBe(1);
  });
});
