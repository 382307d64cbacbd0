import type { WordChange } from '../query';
import type { Dossier, DossierEvidence, DossierHop } from './dossier-types';
import { escapeHtml as h } from './escape';
import { renderDiagramSvg } from './render-svg';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#212121}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ddd}
blockquote{margin:.4rem 0 .4rem 1rem;padding-left:.8rem;border-left:3px solid #b0bec5;color:#37474f}
.claim{font-size:1.15rem;border-color:#f9a825}.summary{font-weight:600}.muted{color:#607d8b;font-size:.9em}
.diagram{overflow-x:auto;border:1px solid #eee;padding:.5rem}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}.first{font-weight:600}
ins{background:#e3f6e3;text-decoration:none}del{background:#fde4e4}.tag{font-size:.8em;padding:0 .3em;border:1px solid #90a4ae;border-radius:3px}`;

const date = (d: string | null) => (d === null ? 'date unknown' : h(d));
/** Said beside the title wherever an article is named, so a teaser is never read as the whole report. */
const titled = (a: { title: string; summary: boolean }) =>
  `${h(a.title)}${a.summary ? ' <span class="tag">feed summary only, not the full article</span>' : ''}`;

function evidenceHtml(ev: DossierEvidence): string {
  return `<blockquote>${h(ev.sentence)}</blockquote><p class="muted">${titled(ev)} — ${h(ev.outlet)}, ${date(ev.publishedAt)}</p>`;
}

function hopHtml(hop: DossierHop): string {
  const cue = hop.cue ? ` <span class="muted">(“${h(hop.cue)}”)</span>` : '';
  const conf = hop.confidence === null ? '' : ` <span class="tag">confidence ${hop.confidence.toFixed(2)}</span>`;
  const ok = hop.accepted ? ' <span class="tag">reviewed: accepted</span>' : '';
  const ev = hop.evidence.length
    ? hop.evidence.map(evidenceHtml).join('')
    : '<p class="muted">No evidence sentence.</p>';
  return `<li><strong>${h(hop.sourceLabel)}</strong> ${h(hop.kind)}${cue} <strong>${h(hop.targetLabel)}</strong>${conf}${ok}${ev}</li>`;
}

/** Each path as one list item, outlet first, the cue of each step in quotes, the primary source marked. */
function pathsHtml(d: Dossier): string {
  const items = d.paths.map((path) => {
    const steps = path.map((n) => {
      const cue = n.cue ? `<span class="muted">“${h(n.cue)}”</span> ` : '';
      return `${cue}<strong>${h(n.label)}</strong>${n.primary ? ` <span class="tag">primary: ${h(n.primary)}</span>` : ''}`;
    });
    return `<li>${steps.join(' → ')}</li>`;
  });
  const primary = d.primary.map((p) => `${h(p.label)} (${h(p.status)})`).join('; ');
  const disputed = d.disputedBy.length ? `<p>Disputed by: ${d.disputedBy.map((x) => h(x.label)).join('; ')}.</p>` : '';
  return `<section><h2>Paths, outlet to primary source</h2>${items.length ? `<ol>${items.join('')}</ol>` : '<p>No reporting article traces it.</p>'}<p>Primary sources: ${primary || 'none'}.</p>${disputed}</section>`;
}

function changesHtml(changes: WordChange[]): string {
  return changes
    .map((c) =>
      c.op === 'same' ? h(c.text) : c.op === 'added' ? `<ins>${h(c.text)}</ins>` : `<del>${h(c.text)}</del>`,
    )
    .join('');
}

function sections(d: Dossier): string[] {
  const reporters = d.reporters.map(
    (r) =>
      `<tr${r.first ? ' class="first"' : ''}><td>${titled(r)}</td><td>${h(r.outlet)}</td><td>${date(r.publishedAt)}</td><td>${r.first ? 'first' : ''}</td></tr>`,
  );
  const groups = d.groups.map(
    (g) => `<li>${h(g.description)}${g.outlets.length ? ` — via ${h(g.outlets.join(', '))}` : ''}</li>`,
  );
  const drift = d.drift.map((s) =>
    s.changes === null
      ? `<li><strong>${h(s.outlet)}</strong> (origin): ${h(s.text)}</li>`
      : `<li><strong>${h(s.outlet)}</strong> after ${h(s.upstream ?? '')}: ${changesHtml(s.changes)}</li>`,
  );
  const decisions = d.decisions.map(
    (x) =>
      `<li>${h(x.action)} <code>${h(x.target.join(', '))}</code>${x.reason ? ` — ${h(x.reason)}` : ''}${x.applied ? '' : ` <span class="muted">(not applied: ${h(x.note ?? '')})</span>`}</li>`,
  );
  return [
    `<section><h2>Chain</h2><div class="diagram">${renderDiagramSvg(d.diagram)}</div></section>`,
    pathsHtml(d),
    `<section><h2>Independent sources</h2><p class="summary">${h(d.summary)}</p><p>${h(d.statusText)}</p><ul>${groups.join('')}</ul></section>`,
    `<section><h2>Who reported it</h2><table><thead><tr><th>Article</th><th>Outlet</th><th>Published</th><th></th></tr></thead><tbody>${reporters.join('')}</tbody></table>${d.firstNote ? `<p class="muted">${h(d.firstNote)}</p>` : ''}</section>`,
    `<section><h2>Every hop, with its evidence</h2><ol>${d.hops.map(hopHtml).join('')}</ol></section>`,
    `<section><h2>Disputes and support</h2>${d.stances.length ? `<ul>${d.stances.map(hopHtml).join('')}</ul>` : '<p>None found.</p>'}</section>`,
    `<section><h2>Wording drift</h2><ul>${drift.join('')}</ul></section>`,
    `<section><h2>Review decisions</h2>${decisions.length ? `<ul>${decisions.join('')}</ul>` : '<p>None.</p>'}</section>`,
  ];
}

/**
 * The dossier as one self-contained HTML page: inline CSS and SVG, no scripts, no external assets (a
 * Content-Security-Policy forbids loading any), every untrusted string escaped.
 */
export function renderDossierHtml(d: Dossier): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(d.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Claim</h1><blockquote class="claim">${h(d.claim.text)}</blockquote><p class="summary">${h(d.summary)}</p></header>
${sections(d).join('\n')}
<footer class="muted"><p>Made by Sourcetrace from the attribution graph. Evidence sentences are quoted from the articles as imported.</p></footer>
</body>
</html>
`;
}
