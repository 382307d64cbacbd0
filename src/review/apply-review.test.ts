import { describe, expect, it } from 'vitest';
import { edgeKey, mergeGraphs, serializeGraph } from '../model';
import { StoryBuilder } from '../test-support/story-builder';
import { echoStory } from '../test-support/echo-story';
import { applyReview } from './apply-review';
import type { ReviewDecision } from './decision-schema';
import { undoLast } from './decision-list';

const reimport = () => {
  const first = echoStory();
  mergeGraphs(first.graph, echoStory().graph);
  return first;
};

describe('applyReview', () => {
  it('keeps a rejected edge out when the same article is imported again, and undo brings it back', () => {
    const s = echoStory();
    const edge = edgeKey('cites', s.articles.wire, s.spokesman);
    const decisions: ReviewDecision[] = [{ id: 'r1', action: 'reject', target: [edge], reason: 'not a source' }];
    expect(applyReview(s.graph, decisions).graph.hasEdge(edge)).toBe(false);
    expect(s.graph.hasEdge(edge)).toBe(true); // the extracted graph is untouched
    expect(applyReview(reimport().graph, decisions).graph.hasEdge(edge)).toBe(false);
    expect(applyReview(s.graph, undoLast(decisions)).graph.hasEdge(edge)).toBe(true);
  });

  it('accepts, re-kinds and re-points edges; acceptance follows the edge to its new key', () => {
    const s = echoStory();
    const dispute = edgeKey('disputes', s.spokesman, s.claim);
    const echoCite = edgeKey('cites', s.articles.echo, s.harbor);
    const result = applyReview(s.graph, [
      { id: 'a', action: 'accept', target: [dispute] },
      { id: 'k', action: 'set-kind', target: [dispute], params: { kind: 'supports' } },
      { id: 'p', action: 'repoint', target: [echoCite], params: { end: 'target', node: s.outlets.ledger } },
    ]);
    const support = edgeKey('supports', s.spokesman, s.claim);
    expect(result.graph.hasEdge(dispute)).toBe(false);
    expect(result.accepted).toEqual(new Set([support]));
    const moved = edgeKey('cites', s.articles.echo, s.outlets.ledger);
    expect(result.graph.getEdgeAttributes(moved)).toMatchObject({
      kind: 'cites',
      confidence: 0.9,
      evidence: s.graph.getEdgeAttribute(echoCite, 'evidence'),
    });
    expect(result.outcomes.every((o) => o.applied)).toBe(true);
  });

  it('merges nodes (aliases and evidence unite) and they stay merged after re-import', () => {
    const s = echoStory();
    const decisions: ReviewDecision[] = [{ id: 'm', action: 'merge', target: [s.mayor, s.officials] }];
    for (const graph of [s.graph, reimport().graph]) {
      const { graph: out } = applyReview(graph, decisions);
      expect(out.hasNode(s.officials)).toBe(false);
      expect(out.getNodeAttribute(s.mayor, 'aliases')).toContain('officials familiar with the plan');
      const asserts = out.getEdgeAttribute(edgeKey('asserts', s.mayor, s.claim), 'evidence');
      expect(asserts.map((e) => e.article).sort()).toEqual([s.articles.harbor, s.articles.ledger]);
      expect(out.hasEdge(edgeKey('cites', s.articles.harbor, s.mayor))).toBe(true);
    }
  });

  it('merges into a survivor missing from a re-extraction, and refuses mixed kinds with a note', () => {
    const s = echoStory();
    const result = applyReview(s.graph, [
      { id: 'm1', action: 'merge', target: ['person:ruth-alvarez-mayor', s.mayor] },
      { id: 'm2', action: 'merge', target: [s.claim, s.officials] },
    ]);
    expect(result.graph.hasNode('person:ruth-alvarez-mayor')).toBe(true);
    expect(result.graph.hasNode(s.mayor)).toBe(false);
    expect(result.outcomes[1]).toMatchObject({ applied: false, note: expect.stringContaining('different kinds') });
  });

  it('does not let a merge bring back a rejected edge', () => {
    const s = echoStory();
    const rejected = edgeKey('cites', s.articles.ledger, s.officials);
    const result = applyReview(s.graph, [
      { id: 'r', action: 'reject', target: [rejected] },
      { id: 'm', action: 'merge', target: [s.officials, s.mayor] },
    ]);
    expect(result.graph.hasEdge(rejected)).toBe(false);
    expect(result.graph.hasEdge(edgeKey('asserts', s.officials, s.claim))).toBe(true);
  });

  it('splits a wrongly merged node by article, again after re-extraction', () => {
    const build = () => {
      const b = new StoryBuilder();
      const smith = b.person('Smith');
      const claim = b.claim('c', 'c');
      for (const id of ['x', 'y']) {
        const a = b.article(id, b.outlet(`${id} news`), 'Smith said c.');
        b.edge('cites', a, smith, { in: a, phrase: 'Smith' });
        b.edge('asserts', smith, claim, { in: a, phrase: 'c.' });
      }
      return b.graph;
    };
    const decisions: ReviewDecision[] = [
      {
        id: 's',
        action: 'split',
        target: ['person:smith'],
        params: { key: 'person:ann-smith', label: 'Ann Smith', articles: ['article:y'] },
      },
    ];
    for (const graph of [build(), mergeGraphs(build(), build())]) {
      const out = applyReview(graph, decisions).graph;
      expect(out.hasEdge('cites|article:y|person:ann-smith')).toBe(true);
      expect(out.hasEdge('cites|article:y|person:smith')).toBe(false);
      expect(out.getEdgeAttribute('asserts|person:smith|claim:c', 'evidence').map((e) => e.article)).toEqual([
        'article:x',
      ]);
      expect(out.getEdgeAttribute('asserts|person:ann-smith|claim:c', 'evidence').map((e) => e.article)).toEqual([
        'article:y',
      ]);
    }
  });

  it('renames (the old label becomes an alias), skips missing targets with a note, and is deterministic', () => {
    const s = echoStory();
    const decisions: ReviewDecision[] = [
      { id: 'n', action: 'rename', target: [s.mayor], params: { label: 'Mayor Ruth Alvarez' } },
      { id: 'x', action: 'accept', target: ['cites|article:nope|person:nobody'] },
    ];
    const a = applyReview(s.graph, decisions);
    expect(a.graph.getNodeAttributes(s.mayor)).toMatchObject({
      label: 'Mayor Ruth Alvarez',
      aliases: ['Ruth Alvarez'],
    });
    expect(a.outcomes[1]).toMatchObject({ applied: false, note: expect.stringContaining('not in the graph') });
    expect(serializeGraph(applyReview(s.graph, decisions).graph)).toEqual(serializeGraph(a.graph));
  });
});
