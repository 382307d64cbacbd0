import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpusGraph } from '../corpus';
import { nodesByKind } from '../query';
import { buildDossier } from './build-dossier';
import { renderDossierHtml } from './render-html';
import { renderDossierMarkdown } from './render-markdown';

// The shared sample corpus, extracted for real: every claim's dossier must build and carry its evidence.
const lines = readFileSync(new URL('../../data/sample/corpus.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const { graph } = buildCorpusGraph(lines.map((line) => JSON.parse(line)));

describe('dossiers of the sample corpus', () => {
  it('build and render for every claim, quoting each hop evidence sentence', () => {
    const claims = nodesByKind(graph, 'claim');
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) {
      const dossier = buildDossier(graph, claim);
      expect(dossier.independent).toBeGreaterThanOrEqual(1);
      expect(dossier.reporters.length).toBeGreaterThanOrEqual(1);
      const html = renderDossierHtml(dossier);
      const md = renderDossierMarkdown(dossier);
      const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      for (const hop of dossier.hops) {
        for (const ev of hop.evidence)
          expect(html).toContain(escaped(ev.sentence).replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      }
      expect(md).toContain(dossier.summary);
    }
  });

  it('finds claims confirmed by more than one outlet, and marks who was first', () => {
    const multi = nodesByKind(graph, 'claim')
      .map((c) => buildDossier(graph, c))
      .filter((d) => d.reporters.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const d of multi) expect(d.reporters.filter((r) => r.first).length).toBeGreaterThanOrEqual(1);
  });
});
