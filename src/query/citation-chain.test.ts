import { describe, expect, it } from 'vitest';
import { citationChain } from './citation-chain';
import { echoStory } from '../test-support/echo-story';
import { StoryBuilder } from '../test-support/story-builder';

describe('citationChain', () => {
  it('traces a claim to the sources that assert it and lists disputes', () => {
    const s = echoStory();
    const chain = citationChain(s.graph, s.claim);
    expect(chain.scope).toEqual([s.claim]);
    expect(chain.hops.map((h) => [h.from, h.to, h.kind, h.depth])).toEqual([
      [s.claim, s.officials, 'asserts', 1],
      [s.claim, s.mayor, 'asserts', 1],
    ]);
    expect(chain.primarySources).toEqual([
      { key: s.officials, kind: 'person', status: 'anonymous', depth: 1 },
      { key: s.mayor, kind: 'person', status: 'named', depth: 1 },
    ]);
    expect(chain.stances.map((st) => [st.kind, st.source])).toEqual([['disputes', s.spokesman]]);
    expect(chain.truncated).toBe(false);
  });

  it('scoped to a claim, follows an echoing article through the cited outlet into its own report', () => {
    const s = echoStory();
    const chain = citationChain(s.graph, s.articles.echo, { scope: [s.claim] });
    expect(chain.hops.map((h) => `${h.depth}:${h.kind}:${h.to}`)).toEqual([
      `1:cites:${s.harbor}`,
      `2:publishes:${s.articles.harbor}`,
      `3:cites:${s.officials}`,
    ]);
    expect(chain.primarySources.map((p) => p.key)).toEqual([s.officials]);
  });

  it('scoped to a claim, skips a citation in another sentence about something else', () => {
    const s = echoStory();
    const chain = citationChain(s.graph, s.articles.wire, { scope: [s.claim] });
    expect(chain.nodes).not.toContain(s.spokesman);
    expect(chain.primarySources.map((p) => p.key)).toEqual([s.officials]);
  });

  it('unscoped, follows every citation of an article', () => {
    const s = echoStory();
    const chain = citationChain(s.graph, s.articles.wire);
    expect(chain.primarySources.map((p) => [p.key, p.status])).toEqual([
      [s.harbor, 'named'],
      [s.spokesman, 'named'],
    ]);
  });

  it('from an outlet, walks into its articles', () => {
    const s = echoStory();
    const chain = citationChain(s.graph, s.harbor);
    expect(chain.hops[0]).toMatchObject({ from: s.harbor, to: s.articles.harbor, kind: 'publishes', depth: 1 });
    expect(chain.primarySources.map((p) => p.key)).toEqual([s.officials]);
  });

  it('goes from a document to its author, and follows outlet-level citations found in the same article', () => {
    const b = new StoryBuilder();
    const agg = b.outlet('Aggregator');
    const paper = b.outlet('Paper');
    const a = b.article('a', agg, 'Memos obtained by the Paper show the plan. Unrelated: the Paper sued a club.');
    const claim = b.claim('plan', 'the plan');
    const memos = b.document('memos');
    const author = b.organization('Ministry of Ports');
    b.edge('reports', a, claim, { in: a, phrase: 'show the plan' });
    b.edge('cites', a, paper, { in: a, phrase: 'the Paper' });
    b.edge('cites', paper, memos, { in: a, phrase: 'Memos obtained by' });
    b.edge('authored', author, memos, { in: a, phrase: 'Memos' });
    const chain = citationChain(b.graph, a, { scope: [claim] });
    expect(chain.hops.map((h) => [h.from, h.to, h.kind])).toEqual([
      [a, paper, 'cites'],
      [paper, memos, 'cites'],
      [memos, author, 'authored'],
    ]);
    expect(chain.primarySources).toEqual([{ key: author, kind: 'organization', status: 'named', depth: 3 }]);
  });

  it("follows an outlet's own citations only where it makes the claim, including a quote set off by a colon", () => {
    const b = new StoryBuilder();
    const herald = b.outlet('Herald');
    const a = b.article(
      'a',
      b.outlet('Digest'),
      'The Herald reported the dam is failing, citing engineers. The Herald also quoted Ann Lee on taxes. The Herald wrote:\nThe levee, officials said, is weak.',
    );
    const dam = b.claim('dam', 'the dam is failing');
    const levee = b.claim('levee', 'The levee is weak');
    b.edge('cites', a, herald, { in: a, phrase: 'The Herald' });
    b.edge('asserts', herald, dam, { in: a, phrase: 'the dam is failing' });
    b.edge('reports', a, dam, { in: a, phrase: 'the dam is failing' });
    b.edge('cites', herald, b.person('engineers', true), { in: a, phrase: 'citing engineers' });
    b.edge('cites', herald, b.person('Ann Lee'), { in: a, phrase: 'quoted Ann Lee' });
    b.edge('asserts', herald, levee, { in: a, phrase: 'The Herald wrote:' });
    b.edge('reports', a, levee, { in: a, phrase: 'The Herald wrote:' });
    b.edge('cites', herald, b.person('officials', true), { in: a, phrase: 'The levee, officials said, is weak.' });
    const keys = (claim: string) => citationChain(b.graph, a, { scope: [claim] }).primarySources.map((p) => p.key);
    expect(keys(dam)).toEqual(['person:engineers']);
    expect(keys(levee)).toEqual(['person:officials']);
  });

  it('ends on cycles and says when a bound cut the trace short', () => {
    const b = new StoryBuilder();
    const x = b.outlet('X');
    const y = b.outlet('Y');
    const a = b.article('a', b.outlet('Z'), 'text');
    b.edge('cites', a, x);
    b.edge('cites', x, y);
    b.edge('cites', y, x);
    const loop = citationChain(b.graph, a);
    expect(loop.hops).toHaveLength(3);
    expect(loop.primarySources).toEqual([]);
    expect(loop.truncated).toBe(false);

    const line = new StoryBuilder();
    const outlets = Array.from({ length: 30 }, (_, i) => line.outlet(`o${i}`));
    outlets.slice(1).forEach((o, i) => line.edge('cites', outlets[i] as string, o));
    const cut = citationChain(line.graph, outlets[0] as string, { maxDepth: 5 });
    expect(cut.hops).toHaveLength(5);
    expect(cut.truncated).toBe(true);
    expect(citationChain(line.graph, outlets[0] as string, { maxHops: 3 }).hops).toHaveLength(3);
  });

  it('names the module and the key of a missing node', () => {
    expect(() => citationChain(new StoryBuilder().graph, 'claim:nope')).toThrow(
      'query/citation-chain: no node "claim:nope"',
    );
  });
});
