import type { SourcetraceGraph } from '../model';
import { StoryBuilder } from './story-builder';

/** Keys of the nodes of {@link echoStory}. */
export interface EchoStory {
  graph: SourcetraceGraph;
  claim: string;
  harbor: string;
  officials: string;
  mayor: string;
  spokesman: string;
  articles: { harbor: string; echo: string; wire: string; post: string; ledger: string };
  outlets: { harbor: string; echo: string; wire: string; post: string; ledger: string };
}

/**
 * A hand-made test story (our own words): three outlets repeat one Harbor Times report that rests on
 * anonymous officials; the Valley Ledger has its own named source; a port spokesman disputes the claim.
 */
export function echoStory(): EchoStory {
  const b = new StoryBuilder();
  const outlets = {
    harbor: b.outlet('Harbor Times'),
    echo: b.outlet('Daily Echo'),
    wire: b.outlet('Morning Wire'),
    post: b.outlet('Evening Post'),
    ledger: b.outlet('Valley Ledger'),
  };
  const claim = b.claim('bridge-closes-in-may', 'The harbor bridge will close for repairs in May');
  const officials = b.person('officials familiar with the plan', true);
  const mayor = b.person('Ruth Alvarez');
  const spokesman = b.person('Tom Reyes');
  const articles = {
    harbor: b.article(
      'harbor-1',
      outlets.harbor,
      'The harbor bridge will close for repairs in May, officials familiar with the plan said on Sunday.',
      '2026-03-01T08:00:00Z',
    ),
    echo: b.article(
      'echo-1',
      outlets.echo,
      'The bridge will shut in May, the Harbor Times reported.',
      '2026-03-01T12:00:00Z',
    ),
    wire: b.article(
      'wire-1',
      outlets.wire,
      'According to the Harbor Times, the bridge will close for months starting in May. Port spokesman Tom Reyes denied it.',
      '2026-03-02',
    ),
    post: b.article('post-1', outlets.post, 'The bridge is set to close in May and stay shut, the Harbor Times said.'),
    ledger: b.article(
      'ledger-1',
      outlets.ledger,
      'Mayor Ruth Alvarez said the bridge will close in May for repairs.',
      '2026-03-01T10:00:00Z',
    ),
  };
  const h = articles.harbor;
  b.edge('cites', h, officials, { in: h, phrase: 'officials familiar with the plan', cue: 'said' });
  b.edge('asserts', officials, claim, { in: h, phrase: 'The harbor bridge will close for repairs in May' });
  b.edge('reports', h, claim, { in: h, phrase: 'The harbor bridge will close for repairs in May' });
  const echoes: [string, string, string][] = [
    [articles.echo, 'the Harbor Times', 'The bridge will shut in May'],
    [articles.wire, 'the Harbor Times', 'the bridge will close for months starting in May'],
    [articles.post, 'the Harbor Times', 'The bridge is set to close in May and stay shut'],
  ];
  for (const [a, source, content] of echoes) {
    b.edge('cites', a, outlets.harbor, { in: a, phrase: source, confidence: 0.9 });
    b.edge('reports', a, claim, { in: a, phrase: content });
  }
  const l = articles.ledger;
  b.edge('cites', l, mayor, { in: l, phrase: 'Mayor Ruth Alvarez', cue: 'said', confidence: 0.95 });
  b.edge('asserts', mayor, claim, { in: l, phrase: 'the bridge will close in May for repairs' });
  b.edge('reports', l, claim, { in: l, phrase: 'the bridge will close in May for repairs' });
  b.edge('cites', articles.wire, spokesman, { in: articles.wire, phrase: 'Tom Reyes', confidence: 0.4 });
  b.edge('disputes', spokesman, claim, { in: articles.wire, phrase: 'denied it', cue: 'denied' });
  return { graph: b.graph, claim, harbor: outlets.harbor, officials, mayor, spokesman, articles, outlets };
}
