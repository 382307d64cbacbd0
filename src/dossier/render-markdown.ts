import type { WordChange } from '../query';
import type { Dossier, DossierHop } from './dossier-types';
import { markdownCode as code, escapeMarkdown as m } from './escape';

// Every value put into the Markdown goes through `m` (prose) or `code` (a code span), closed sets included,
// so no value can open a link, a code span or raw HTML. Lists are appended in loops, never spread.

const date = (d: string | null) => (d === null ? 'date unknown' : m(d));
/** Said beside the title wherever an article is named, so a teaser is never read as the whole report. */
const SUMMARY_MARK = ' (feed summary only, not the full article)';
const titled = (a: { title: string; summary: boolean }) => `${m(a.title)}${a.summary ? SUMMARY_MARK : ''}`;

function hopMd(hop: DossierHop, i: number, out: string[]): void {
  const cue = hop.cue ? ` (“${m(hop.cue)}”)` : '';
  const conf = hop.confidence === null ? '' : `, confidence ${hop.confidence.toFixed(2)}`;
  const ok = hop.accepted ? ', reviewed: accepted' : '';
  out.push(`${i + 1}. **${m(hop.sourceLabel)}** ${m(hop.kind)}${cue} **${m(hop.targetLabel)}**${conf}${ok}`);
  for (const ev of hop.evidence) {
    out.push(`   > ${m(ev.sentence)}`, `   >`, `   > — ${titled(ev)}, ${m(ev.outlet)}, ${date(ev.publishedAt)}`, '');
  }
  if (hop.evidence.length === 0) out.push('');
}

const changesMd = (changes: WordChange[]) =>
  changes
    .map((c) => (c.op === 'same' ? m(c.text) : c.op === 'added' ? `**+${m(c.text)}+**` : `~~${m(c.text)}~~`))
    .join(' ');

/** Each path on one line, outlet first, the cue of each step in quotes, the primary source marked. */
function pathsMd(d: Dossier, out: string[]): void {
  out.push('## Paths, outlet to primary source', '');
  d.paths.forEach((path, i) => {
    const steps = path.map((n) => {
      const cue = n.cue ? `“${m(n.cue)}” ` : '';
      return `${cue}**${m(n.label)}**${n.primary ? ` (primary: ${m(n.primary)})` : ''}`;
    });
    out.push(`${i + 1}. ${steps.join(' → ')}`);
  });
  if (d.paths.length === 0) out.push('No reporting article traces it.');
  const primary = d.primary.map((p) => `${m(p.label)} (${m(p.status)})`).join('; ');
  out.push('', `Primary sources: ${primary || 'none'}.`);
  if (d.disputedBy.length) out.push('', `Disputed by: ${d.disputedBy.map((x) => m(x.label)).join('; ')}.`);
  out.push('');
}

function sourcesMd(d: Dossier, out: string[]): void {
  out.push('## Independent sources', '');
  for (const g of d.groups)
    out.push(`- ${m(g.description)}${g.outlets.length ? ` — via ${m(g.outlets.join(', '))}` : ''}`);
  out.push('', '## Who reported it', '', '| Article | Outlet | Published | |', '|---|---|---|---|');
  for (const r of d.reporters)
    out.push(`| ${titled(r)} | ${m(r.outlet)} | ${date(r.publishedAt)} | ${r.first ? '**first**' : ''} |`);
  if (d.firstNote) out.push('', `_${m(d.firstNote)}_`);
}

function reviewMd(d: Dossier, out: string[]): void {
  out.push('## Wording drift', '');
  for (const s of d.drift) {
    out.push(
      s.changes === null
        ? `- **${m(s.outlet)}** (origin): ${m(s.text)}`
        : `- **${m(s.outlet)}** after ${m(s.upstream ?? '')}: ${changesMd(s.changes)}`,
    );
  }
  out.push('', '## Review decisions', '');
  if (d.decisions.length === 0) out.push('None.');
  for (const x of d.decisions) {
    const why = x.reason ? ` — ${m(x.reason)}` : '';
    out.push(
      `- ${m(x.action)} ${code(x.target.join(', '))}${why}${x.applied ? '' : ` (not applied: ${m(x.note ?? '')})`}`,
    );
  }
}

/** The dossier as Markdown, every untrusted string escaped (no raw HTML reaches a renderer). */
export function renderDossierMarkdown(d: Dossier): string {
  const out = [`# ${m(d.title)}`, '', `> ${m(d.claim.text)}`, '', `**${m(d.summary)}.** ${m(d.statusText)}`, ''];
  pathsMd(d, out);
  sourcesMd(d, out);
  out.push('', '## Every hop, with its evidence', '');
  d.hops.forEach((hop, i) => hopMd(hop, i, out));
  out.push('## Disputes and support', '');
  d.stances.forEach((hop, i) => hopMd(hop, i, out));
  if (d.stances.length === 0) out.push('None found.', '');
  reviewMd(d, out);
  return `${out.join('\n')}\n`;
}
