import { describe, expect, it } from 'vitest';
import { edgeKey } from '../model';
import { StoryBuilder } from '../test-support/story-builder';
import { echoStory } from '../test-support/echo-story';
import { claimPathEdges, claimPaths } from '../query';
import { applyReview, type ReviewDecision } from '../review';
import { buildDossier } from './build-dossier';
import { renderDossierHtml } from './render-html';
import { renderDossierMarkdown } from './render-markdown';

function reviewedEchoStory() {
  const s = echoStory();
  const decisions: ReviewDecision[] = [
    { id: 'a1', action: 'accept', target: [edgeKey('cites', s.articles.echo, s.harbor)], reason: 'checked the page' },
    { id: 'r1', action: 'reject', target: [edgeKey('cites', s.articles.wire, s.spokesman)] },
  ];
  const reviewed = applyReview(s.graph, decisions);
  return { s, dossier: buildDossier(reviewed.graph, s.claim, { decisions, ...reviewed }) };
}

describe('buildDossier', () => {
  it('gathers the claim, hops with evidence, confirmations, reporters, disputes, drift and decisions', () => {
    const { s, dossier } = reviewedEchoStory();
    expect(dossier.summary).toBe('5 outlets, 2 independent sources');
    expect(dossier.reporters[0]).toMatchObject({ article: s.articles.harbor, first: true, outlet: 'Harbor Times' });
    expect(dossier.reporters.at(-1)).toMatchObject({ publishedAt: null });
    const echoHop = dossier.hops.find((hop) => hop.edge === edgeKey('cites', s.articles.echo, s.harbor));
    expect(echoHop).toMatchObject({ accepted: true, confidence: 0.9, targetLabel: 'Harbor Times' });
    expect(echoHop?.evidence[0]?.sentence).toBe('The bridge will shut in May, the Harbor Times reported.');
    expect(dossier.stances.map((x) => [x.kind, x.sourceLabel])).toEqual([['disputes', 'Tom Reyes']]);
    expect(dossier.decisions.map((x) => [x.id, x.applied])).toEqual([
      ['a1', true],
      ['r1', true],
    ]);
    expect(dossier.drift.find((x) => x.outlet === 'Daily Echo')?.upstream).toBe('harbor-1');
    const layerOf = (k: string) => dossier.diagram.nodes.find((n) => n.key === k)?.layer;
    expect(layerOf(s.claim)).toBe(0);
    expect(layerOf(s.officials)).toBeGreaterThan(layerOf(s.harbor) ?? 99);
  });

  it('takes the chain from claimPaths: its paths, primary sources and disputers, and only their edges as hops', () => {
    const { s, dossier } = reviewedEchoStory();
    const reviewed = applyReview(s.graph, [
      { id: 'r1', action: 'reject', target: [edgeKey('cites', s.articles.wire, s.spokesman)] },
    ]);
    const traced = claimPaths(reviewed.graph, s.claim);
    expect(dossier.paths.map((p) => p.map((n) => [n.key, n.cue]))).toEqual(
      traced.paths.map((p) => p.map((n) => [n.key, n.cue])),
    );
    expect(dossier.primary.map((p) => [p.key, p.status])).toEqual(traced.primary.map((p) => [p.key, p.status]));
    expect(dossier.disputedBy.map((d) => d.label)).toEqual(['Tom Reyes']);
    const behind = claimPathEdges(reviewed.graph, traced);
    const allowed = new Set([...behind.steps.flat(), ...behind.reports.map((r) => r.edge)]);
    for (const hop of dossier.hops) expect(allowed.has(hop.edge), hop.edge).toBe(true);
    const echoPath = dossier.paths.find((p) => p[0]?.key === s.outlets.echo)!;
    expect(echoPath.map((n) => n.label)).toEqual([
      'Daily Echo',
      'echo-1',
      'Harbor Times',
      'harbor-1',
      'officials familiar with the plan',
    ]);
    expect(echoPath.at(-1)?.primary).toBe('anonymous');
    const md = renderDossierMarkdown(dossier);
    expect(md).toContain(
      '1. **Daily Echo** → **echo-1** → **Harbor Times** → **harbor-1** → “said” **officials familiar with the plan** (primary: anonymous)',
    );
    expect(md).toContain('Disputed by: Tom Reyes.');
    expect(renderDossierHtml(dossier)).toContain('<h2>Paths, outlet to primary source</h2>');
  });

  it('marks the reporters and evidence drawn from a feed summary, in the data and both renderings', () => {
    const s = echoStory();
    const echo = s.graph.getNodeAttributes(s.articles.echo);
    if (echo.kind !== 'article') throw new Error('the echo story has no echo article');
    echo.summary = true;
    const dossier = buildDossier(s.graph, s.claim);
    const marked = dossier.reporters.filter((r) => r.summary).map((r) => r.article);
    expect(marked).toEqual([s.articles.echo]);
    const evidence = dossier.hops.flatMap((hop) => hop.evidence);
    expect(evidence.filter((e) => e.summary).map((e) => e.article)).toContain(s.articles.echo);
    expect(evidence.filter((e) => e.article !== s.articles.echo).every((e) => !e.summary)).toBe(true);
    const title = echo.title;
    expect(renderDossierMarkdown(dossier)).toContain(`| ${title} (feed summary only, not the full article) |`);
    expect(renderDossierHtml(dossier)).toContain(
      `<td>${title} <span class="tag">feed summary only, not the full article</span></td>`,
    );
    expect(renderDossierMarkdown(buildDossier(echoStory().graph, s.claim))).not.toContain('feed summary only');
  });

  it('refuses what is not a claim, naming it', () => {
    const s = echoStory();
    expect(() => buildDossier(s.graph, s.harbor)).toThrow(
      'dossier/build: "outlet:harbor-times" is a outlet, not a claim',
    );
  });
});

describe('rendered dossiers', () => {
  it('HTML is self-contained, holds every evidence sentence and the SVG', () => {
    const { dossier } = reviewedEchoStory();
    const html = renderDossierHtml(dossier);
    for (const hop of dossier.hops) for (const ev of hop.evidence) expect(html).toContain(ev.sentence);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('5 outlets, 2 independent sources');
    expect(html).toContain('date unknown');
    expect(html).toContain('checked the page');
    expect(html.replace('http://www.w3.org/2000/svg', '')).not.toMatch(
      /https?:|<script|<link|src=|@import|url\((?!#)/i,
    );
  });

  it('escapes hostile text in HTML and Markdown', () => {
    const b = new StoryBuilder();
    const evil = '<img src=x onerror=alert(1)> [link](http://bad) *bold*';
    const claim = b.claim('c', evil);
    const a = b.article('a', b.outlet('<b>Outlet</b>'), `${evil}, "officials" said.`, '2026-01-01');
    const who = b.person('<script>x</script>', true);
    b.edge('cites', a, who, { in: a, phrase: '"officials"' });
    b.edge('asserts', who, claim, { in: a, phrase: evil });
    b.edge('reports', a, claim, { in: a, phrase: evil });
    const dossier = buildDossier(b.graph, claim);
    const html = renderDossierHtml(dossier);
    expect(html).not.toMatch(/<img|<script>|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const md = renderDossierMarkdown(dossier);
    expect(md).not.toMatch(/<img|<script>|(?<!\\)\]\(/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\[link\\](http://bad) \\*bold\\*');
  });

  it('Markdown lists every hop with its evidence and the counts', () => {
    const { dossier } = reviewedEchoStory();
    const md = renderDossierMarkdown(dossier);
    expect(md).toContain('**5 outlets, 2 independent sources.**');
    expect(md).toContain('> Mayor Ruth Alvarez said the bridge will close in May for repairs.');
    expect(md).toMatch(/\| date unknown \|/);
    expect(md).toContain('~~harbor~~');
  });
});
