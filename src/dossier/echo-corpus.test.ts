import { describe, expect, it } from 'vitest';
import { buildCorpusGraph } from '../corpus';
import { independentConfirmations, nodesByKind, primarySourceStatus, reportersOf } from '../query';
import { buildDossier } from './build-dossier';

// Issue 7's scenario through the real extractor: three outlets repeat one report, one has its own source.
const origin = {
  id: 'harbor',
  outlet: 'Harbor Times',
  publishedAt: '2026-03-01T08:00:00Z',
  text: 'The harbor bridge will close for repairs in May, officials familiar with the plan said on Sunday.',
};
const others = [
  {
    id: 'echo',
    outlet: 'Daily Echo',
    text: 'The harbor bridge will close for repairs in May, the Harbor Times reported.',
  },
  {
    id: 'wire',
    outlet: 'Morning Wire',
    text: 'According to the Harbor Times, the harbor bridge will close for repairs in May.',
  },
  {
    id: 'post',
    outlet: 'Evening Post',
    text: 'The harbor bridge will close for repairs in May, the Harbor Times said.',
  },
  {
    id: 'ledger',
    outlet: 'Valley Ledger',
    text: 'Mayor Ruth Alvarez said the harbor bridge will close for repairs in May.',
  },
];

function mostReported(articles: typeof others) {
  const { graph } = buildCorpusGraph(articles);
  const [claim] = nodesByKind(graph, 'claim').sort(
    (a, b) => reportersOf(graph, b).articles.length - reportersOf(graph, a).articles.length,
  );
  return { graph, claim: claim as string };
}

describe('independent confirmations on extracted articles', () => {
  it('collapses the three echoes into the origin report, beside the independent named source', () => {
    const { graph, claim } = mostReported([origin, ...others]);
    const result = independentConfirmations(graph, claim);
    expect(result.summary).toBe('5 outlets, 2 independent sources');
    expect(result.groups.map((g) => g.status).sort()).toEqual(['anonymous', 'named']);
    expect(buildDossier(graph, claim).reporters[0]).toMatchObject({ article: 'article:harbor', first: true });
  });

  it('without the origin article, the echoes still count once, as an outlet the corpus lacks', () => {
    const { graph, claim } = mostReported(others);
    expect(independentConfirmations(graph, claim).summary).toBe('4 outlets, 2 independent sources');
    const labels = primarySourceStatus(graph, claim)
      .primaries.map((p) => p.label)
      .sort();
    expect(labels).toEqual(['named', 'outlet-not-in-corpus']);
  });
});
